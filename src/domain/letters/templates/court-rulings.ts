/**
 * 复议申请书 against a preservation ruling (e.g. an account freeze) — a SKELETON for review by legal aid. A
 * preservation ruling cannot be appealed; a party may apply once for review to the court that made it, within 5
 * days of receiving the ruling, and the freeze stays on meanwhile (民事诉讼法 2023 Art. 111; 解释 2022 Art. 171;
 * 财产保全规定 Art. 25; legal-facts §16 R57). The sheet gives no list of grounds, so the draft asks for the facts.
 */
import { c, closing, dated, f, list, note, p, sign, title, to, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';
import { NO_ADMISSION_EN, NO_ADMISSION_ZH, SKELETON_EN, SKELETON_ZH } from './court-notes.ts';

export const PRESERVATION_REVIEW = {
  id: 'preservation-review',
  titles: {
    'zh-CN': '保全裁定复议申请书（草稿骨架，请交法律援助审阅）',
    en: 'Application for review of a preservation ruling (skeleton draft for legal aid)',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: [
    'falv-yuanzhu-2021',
    'spc-minsufa-interp-171',
    'spc-preservation-25',
    'minsufa-2023-111',
    'minfadian-195',
  ],
  audience: 'court',
  bodies: {
    'zh-CN': [
      SKELETON_ZH,
      note`保全裁定（例如冻结银行账户）不能上诉。可以自收到裁定书之日起5日内，向作出裁定的法院申请复议一次（${c('spc-minsufa-interp-171')}；${c('spc-preservation-25')}）。复议期间不停止裁定的执行，冻结不会因为申请复议而解除（${c('minsufa-2023-111')}）。`,
      when(
        'ruling.receivedOn',
        note`你的记录显示裁定书是${f('ruling.receivedOn')}收到的；5日从送达你的那天算，不是从记录的那天算。如果这份裁定不是保全裁定，这份草稿不适用，请先问清裁定的种类。`,
      ),
      NO_ADMISSION_ZH,
      title`复议申请书`,
      p`申请人（被保全人）：${f('borrower.name')}，身份证号：${f('borrower.idNumber')}，住址：${f('borrower.address')}，联系电话：${f('borrower.phone')}。`,
      p`被申请人（保全申请人）：${f('debt.creditor')}。`,
      p`申请人收到贵院案号为${f('court.caseNumber')}的财产保全裁定书，该裁定冻结、查封或者扣押了${f('ruling.frozen')}。申请人对该裁定不服，依照${c('minsufa-2023-111')}的规定申请复议。`,
      p`复议请求：撤销或者变更上述保全裁定，解除对上述财产的保全措施。`,
      p`事实与理由（请写明你认为裁定错误或不当的具体事实，并附上证明材料）：`,
      list('review.grounds'),
      closing`此致`,
      to`${f('court.name')}`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      SKELETON_EN,
      note`A preservation ruling (for example a freeze of a bank account) cannot be appealed. You can apply once for review to the court that made it, within 5 days of receiving the ruling (${c('spc-minsufa-interp-171')}; ${c('spc-preservation-25')}). The ruling is carried out during the review: applying does not lift the freeze (${c('minsufa-2023-111')}).`,
      when(
        'ruling.receivedOn',
        note`Your log says the ruling was received on ${f('ruling.receivedOn')}; the 5 days run from the day it was served on you, not the day you logged it. If the ruling is not a preservation ruling, this draft does not fit: first find out which kind of ruling it is.`,
      ),
      NO_ADMISSION_EN,
      title`Application for review`,
      p`Applicant (party whose property is preserved): ${f('borrower.name')}, ID card number ${f('borrower.idNumber')}, address ${f('borrower.address')}, phone ${f('borrower.phone')}.`,
      p`Respondent (party who applied for preservation): ${f('debt.creditor')}.`,
      p`The applicant has received your court's property-preservation ruling in case number ${f('court.caseNumber')}, which froze, sealed or seized ${f('ruling.frozen')}. The applicant does not accept the ruling and applies for review under ${c('minsufa-2023-111')}.`,
      p`Request: to revoke or vary the preservation ruling and lift the measures on that property.`,
      p`Facts and reasons (state the specific facts that make the ruling wrong or inappropriate, and attach proof):`,
      list('review.grounds'),
      to`To: ${f('court.name')}`,
      sign`Applicant: ${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
