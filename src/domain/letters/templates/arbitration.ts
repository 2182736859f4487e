/**
 * Papers against an arbitration award (often 网络仲裁), both SKELETONS for review by legal aid (legal-facts §16
 * R105–R108; docs/letters.md, "Court papers"):
 * - 撤销仲裁裁决申请书: within 3 months of receiving the award, to the intermediate court where the commission sits
 *   (仲裁法 2025 Art. 72, V-sec: quoted by public sources, official text not yet checked; the old law gave 6
 *   months). The grounds are quoted from the 2017 text (Art. 58); their new article number is unverified.
 * - 不予执行仲裁裁决申请书: within 15 days of the enforcement notice being served (仲裁裁决执行规定 Art. 8;
 *   民事诉讼法 2023 Art. 248). An award made before any dispute (先予仲裁) is not accepted for enforcement
 *   (法释〔2018〕10号, V-sec).
 */
import { c, closing, dated, f, list, note, p, sign, title, to, when } from '../build.ts';
import type { Block, LetterTemplate } from '../types.ts';
import { NO_ADMISSION_EN, NO_ADMISSION_ZH, SKELETON_EN, SKELETON_ZH } from './court-notes.ts';

const GROUNDS_ZH: Block = note`【写理由之前请先看，提交前删去这一段】可以提出的理由包括：没有仲裁协议；裁决的事项不属于仲裁协议的范围或者仲裁委员会无权仲裁；仲裁庭的组成或者仲裁的程序违反法定程序；裁决所根据的证据是伪造的；对方隐瞒了足以影响公正裁决的证据；仲裁员在仲裁时有索贿受贿、徇私舞弊、枉法裁决行为（${c('zhongcaifa-2017-58')}，新法中的条文序号待核实）。纠纷发生前作出的“先予仲裁”裁决不予执行；没有保障你申请回避、提供证据、答辩等权利的，属于仲裁程序违反法定程序（${c('spc-advance-arbitration-2018')}）。`;
const GROUNDS_EN: Block = note`[READ THIS BEFORE WRITING THE GROUNDS; DELETE IT BEFORE FILING] Grounds include: there is no arbitration agreement; the award decides matters outside the agreement, or the commission had no power to arbitrate; the tribunal or the procedure was contrary to the procedure set by law; the award rests on forged evidence; the other side hid evidence that would have changed the award; an arbitrator took bribes, favoured a side or bent the law (${c('zhongcaifa-2017-58')}; the article number in the new law is unverified). An award made before any dispute arose (先予仲裁) is not enforced; if you were not allowed to challenge an arbitrator, present evidence or answer, the procedure was contrary to law (${c('spc-advance-arbitration-2018')}).`;

export const AWARD_SET_ASIDE = {
  id: 'award-set-aside',
  titles: {
    'zh-CN': '撤销仲裁裁决申请书（草稿骨架，请交法律援助审阅）',
    en: 'Application to set aside an arbitration award (skeleton draft for legal aid)',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: [
    'falv-yuanzhu-2021',
    'zhongcaifa-2025-72',
    'minfadian-195',
    'zhongcaifa-2017-58',
    'spc-advance-arbitration-2018',
  ],
  audience: 'court',
  bodies: {
    'zh-CN': [
      SKELETON_ZH,
      note`申请撤销裁决，应当自收到裁决书之日起3个月内，向仲裁委员会所在地的中级人民法院提出（${c('zhongcaifa-2025-72')}；这一条依据公开引用的新法条文，尚未与官方文本核对；旧法是6个月）。2026年3月1日前后收到裁决书的，为稳妥起见按3个月算。`,
      when(
        'award.receivedOn',
        note`你的记录显示裁决书是${f('award.receivedOn')}收到的；3个月从你收到裁决书的那天算，不是从记录的那天算。`,
      ),
      NO_ADMISSION_ZH,
      GROUNDS_ZH,
      title`撤销仲裁裁决申请书`,
      p`申请人：${f('borrower.name')}，身份证号：${f('borrower.idNumber')}，住址：${f('borrower.address')}，联系电话：${f('borrower.phone')}。`,
      p`被申请人：${f('debt.creditor')}。`,
      p`${f('award.commission')}就被申请人与申请人之间的纠纷作出${f('award.number')}裁决书，申请人已收到。申请人认为该裁决应当撤销，现申请撤销。`,
      p`请求事项：撤销${f('award.number')}裁决书。`,
      p`事实与理由：`,
      list('award.grounds'),
      closing`此致`,
      to`${f('award.court')}`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      SKELETON_EN,
      note`An application to set aside an award must be made within 3 months of receiving it, to the intermediate people's court where the arbitration commission sits (${c('zhongcaifa-2025-72')}; this rests on public quotations of the new law, not yet checked against the official text; the old law gave 6 months). If you received the award around 1 March 2026, count 3 months to be safe.`,
      when(
        'award.receivedOn',
        note`Your log says the award was received on ${f('award.receivedOn')}; the 3 months run from the day you received it, not the day you logged it.`,
      ),
      NO_ADMISSION_EN,
      GROUNDS_EN,
      title`Application to set aside an arbitration award`,
      p`Applicant: ${f('borrower.name')}, ID card number ${f('borrower.idNumber')}, address ${f('borrower.address')}, phone ${f('borrower.phone')}.`,
      p`Respondent: ${f('debt.creditor')}.`,
      p`${f('award.commission')} made award ${f('award.number')} in the dispute between the respondent and the applicant, and the applicant has received it. The applicant considers that the award should be set aside and applies for that.`,
      p`Request: to set aside award ${f('award.number')}.`,
      p`Facts and reasons:`,
      list('award.grounds'),
      to`To: ${f('award.court')}`,
      sign`Applicant: ${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

export const AWARD_NON_ENFORCEMENT = {
  id: 'award-non-enforcement',
  titles: {
    'zh-CN': '不予执行仲裁裁决申请书（草稿骨架，请交法律援助审阅）',
    en: 'Application not to enforce an arbitration award (skeleton draft for legal aid)',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: [
    'falv-yuanzhu-2021',
    'spc-arbitration-enforcement-8',
    'minfadian-195',
    'zhongcaifa-2017-58',
    'spc-advance-arbitration-2018',
    'minsufa-2023-248',
  ],
  audience: 'court',
  bodies: {
    'zh-CN': [
      SKELETON_ZH,
      note`申请不予执行仲裁裁决，应当在执行通知书送达之日起15日内向执行法院提出书面申请（${c('spc-arbitration-enforcement-8')}）。`,
      when(
        'enforcement.noticeOn',
        note`你的记录显示执行通知书是${f('enforcement.noticeOn')}收到的；15日从送达你的那天算，不是从记录的那天算。`,
      ),
      NO_ADMISSION_ZH,
      GROUNDS_ZH,
      title`不予执行仲裁裁决申请书`,
      p`申请人（被执行人）：${f('borrower.name')}，身份证号：${f('borrower.idNumber')}，住址：${f('borrower.address')}，联系电话：${f('borrower.phone')}。`,
      p`被申请人（申请执行人）：${f('debt.creditor')}。`,
      p`被申请人依据${f('award.commission')}作出的${f('award.number')}裁决书向贵院申请强制执行（执行案号：${f('enforcement.caseNumber')}）。依照${c('minsufa-2023-248')}的规定，申请人请求贵院组成合议庭审查核实，裁定不予执行该仲裁裁决。`,
      p`事实与理由：`,
      list('award.grounds'),
      closing`此致`,
      to`${f('enforcement.court')}`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      SKELETON_EN,
      note`An application not to enforce an award must be made in writing to the enforcing court within 15 days of the enforcement notice being served (${c('spc-arbitration-enforcement-8')}).`,
      when(
        'enforcement.noticeOn',
        note`Your log says the enforcement notice was received on ${f('enforcement.noticeOn')}; the 15 days run from the day it was served on you, not the day you logged it.`,
      ),
      NO_ADMISSION_EN,
      GROUNDS_EN,
      title`Application not to enforce an arbitration award`,
      p`Applicant (party against whom enforcement is sought): ${f('borrower.name')}, ID card number ${f('borrower.idNumber')}, address ${f('borrower.address')}, phone ${f('borrower.phone')}.`,
      p`Respondent (party seeking enforcement): ${f('debt.creditor')}.`,
      p`The respondent has applied to your court to enforce award ${f('award.number')} of ${f('award.commission')} (enforcement case number ${f('enforcement.caseNumber')}). Under ${c('minsufa-2023-248')}, the applicant asks the court to form a collegial panel to examine the award and to rule that it not be enforced.`,
      p`Facts and reasons:`,
      list('award.grounds'),
      to`To: ${f('enforcement.court')}`,
      sign`Applicant: ${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
