/**
 * Papers for a borrower who has been sued (docs/letters.md, "Court papers"), both SKELETONS for review by legal aid:
 * - 答辩状: in ordinary procedure within 15 days of receiving the complaint (民事诉讼法 2023 Art. 128); in simple
 *   procedure and small claims the court sets the period (legal-facts §16 R76, R78), so the draft asks for the date
 *   printed on the notice. The points a borrower can check are the sheet's: interest and fees, 砍头息 (民法典 670),
 *   notice of an assignment (546), and the limitation defence, which the court never applies by itself (193).
 * - 对适用小额诉讼程序的异议: small claims are final at first instance (Art. 165), so any objection to the procedure
 *   must be made before the hearing (Art. 169; 解释 2022 Arts. 278–279; R79). Grounds from Art. 166 as the sheet
 *   quotes it (appraisal, a counterclaim) and disputed facts (R79).
 */
import { c, closing, dated, f, list, note, p, sign, title, to, unless, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';
import { NO_ADMISSION_EN, NO_ADMISSION_ZH, SKELETON_EN, SKELETON_ZH } from './court-notes.ts';

export const DEFENCE_STATEMENT = {
  id: 'defence-statement',
  titles: {
    'zh-CN': '答辩状（草稿骨架，请交法律援助审阅）',
    en: 'Written answer to a lawsuit (skeleton draft for legal aid)',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: [
    'falv-yuanzhu-2021',
    'minsufa-2023-128',
    'spc-minsufa-interp-258-266',
    'spc-minsufa-interp-274-275',
    'minfadian-195',
    'minfadian-670',
    'minfadian-546',
    'minfadian-193',
  ],
  audience: 'court',
  bodies: {
    'zh-CN': [
      SKELETON_ZH,
      note`期限：普通程序，被告在收到起诉状副本之日起15日内提出答辩状（${c('minsufa-2023-128')}）。简易程序和小额诉讼的答辩期、举证期限由法院指定，以传票或通知书上写的日期为准（${c('spc-minsufa-interp-258-266')}；${c('spc-minsufa-interp-274-275')}）。不答辩，法院也会照常审理。`,
      when(
        'summons.receivedOn',
        note`你的记录显示，起诉状副本或传票是${f('summons.receivedOn')}收到的；期限从送达你的那天算，不是从记录的那天算。`,
      ),
      NO_ADMISSION_ZH,
      note`【写答辩意见之前请先看，提交前删去这一段】可以核对的要点，例如：对方主张的金额是否有合同依据，利息、罚息和费用是否约定过；借款时是否预先扣除了利息（砍头息），本金应按实际借到的金额计算（${c('minfadian-670')}）；债权转让的，是否通知过你（${c('minfadian-546')}）；诉讼时效是否已经届满——法院不会主动适用诉讼时效，要你自己提出（${c('minfadian-193')}）。`,
      title`答辩状`,
      p`答辩人（被告）：${f('borrower.name')}，身份证号：${f('borrower.idNumber')}，住址：${f('borrower.address')}，联系电话：${f('borrower.phone')}。`,
      p`被答辩人（原告）：${f('debt.creditor')}。`,
      p`答辩人已收到贵院案号为${f('court.caseNumber')}一案的起诉状副本，现就原告的诉讼请求答辩如下：`,
      list('answer.points'),
      p`综上，请求贵院查明事实，对原告诉讼请求中缺乏事实和法律依据的部分不予支持。`,
      when('answer.evidence', p`证据：`),
      when('answer.evidence', list('answer.evidence')),
      closing`此致`,
      to`${f('court.name')}`,
      sign`答辩人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      SKELETON_EN,
      note`Period: in ordinary procedure the defendant files a written answer within 15 days of receiving the copy of the complaint (${c('minsufa-2023-128')}). In simple procedure and small claims the court sets the answer and evidence periods: use the dates printed on the summons or notice (${c('spc-minsufa-interp-258-266')}; ${c('spc-minsufa-interp-274-275')}). If you do not answer, the court hears the case anyway.`,
      when(
        'summons.receivedOn',
        note`Your log says the complaint or summons was received on ${f('summons.receivedOn')}. The period runs from the day it was served on you, not the day you logged it.`,
      ),
      NO_ADMISSION_EN,
      note`[READ THIS BEFORE WRITING YOUR POINTS; DELETE IT BEFORE FILING] Points worth checking, for example: whether the amount claimed has a basis in the contract, and whether the interest, penalties and fees were ever agreed; whether interest was deducted when the loan was paid out (砍头息), so that the principal is only what you actually received (${c('minfadian-670')}); if the debt was assigned, whether you were notified (${c('minfadian-546')}); whether the limitation period has run out. The court does not apply limitation by itself: you must raise it (${c('minfadian-193')}).`,
      title`Written answer (defence)`,
      p`Respondent (defendant): ${f('borrower.name')}, ID card number ${f('borrower.idNumber')}, address ${f('borrower.address')}, phone ${f('borrower.phone')}.`,
      p`Claimant (plaintiff): ${f('debt.creditor')}.`,
      p`The respondent has received the copy of the complaint in your court's case number ${f('court.caseNumber')}, and answers the plaintiff's claims as follows:`,
      list('answer.points'),
      p`The respondent therefore asks the court to establish the facts and not to uphold any part of the plaintiff's claims that lacks a basis in fact or law.`,
      when('answer.evidence', p`Evidence:`),
      when('answer.evidence', list('answer.evidence')),
      to`To: ${f('court.name')}`,
      sign`Respondent: ${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

export const SMALL_CLAIMS_OBJECTION = {
  id: 'small-claims-objection',
  titles: {
    'zh-CN': '对适用小额诉讼程序的异议书（草稿骨架，请交法律援助审阅）',
    en: 'Objection to small-claims procedure (skeleton draft for legal aid)',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: [
    'falv-yuanzhu-2021',
    'minsufa-2023-165',
    'spc-minsufa-interp-278-279',
    'minfadian-195',
    'minsufa-2023-166',
    'minsufa-2023-169',
  ],
  audience: 'court',
  bodies: {
    'zh-CN': [
      SKELETON_ZH,
      note`小额诉讼一审终审，判决后不能上诉（${c('minsufa-2023-165')}）。对适用小额诉讼程序有异议的，应当在开庭前提出（${c('spc-minsufa-interp-278-279')}），开庭以后再提就晚了。`,
      when(
        'summons.hearingOn',
        note`你的记录显示开庭日期是${f('summons.hearingOn')}：请在这一天之前把异议书交到法院，并留好递交凭证。`,
      ),
      unless('summons.hearingOn', note`请看传票上写的开庭日期，在开庭之前把异议书交到法院，并留好递交凭证。`),
      NO_ADMISSION_ZH,
      note`【写理由之前请先看，提交前删去这一段】可以写的理由，例如：案件需要评估、鉴定；你提出了反诉（${c('minsufa-2023-166')}）；双方对事实或者欠款金额有实质争议，不是简单的金钱给付案件。只写“不想适用小额诉讼”是不够的。`,
      title`异议书`,
      p`异议人（被告）：${f('borrower.name')}，身份证号：${f('borrower.idNumber')}，住址：${f('borrower.address')}，联系电话：${f('borrower.phone')}。`,
      p`原告：${f('debt.creditor')}。`,
      p`贵院受理的原告诉异议人一案（案号：${f('court.caseNumber')}）适用小额诉讼的程序审理。异议人认为本案不应适用小额诉讼的程序，依照${c('minsufa-2023-169')}的规定，在开庭前提出异议，理由如下：`,
      list('smallClaims.grounds'),
      p`请求贵院审查异议，裁定本案转为简易程序或者普通程序审理。`,
      closing`此致`,
      to`${f('court.name')}`,
      sign`异议人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      SKELETON_EN,
      note`Small claims are final at first instance: the judgment cannot be appealed (${c('minsufa-2023-165')}). An objection to small-claims procedure must be made before the hearing (${c('spc-minsufa-interp-278-279')}); after the hearing it is too late.`,
      when(
        'summons.hearingOn',
        note`Your log says the hearing is on ${f('summons.hearingOn')}: file this objection with the court before that day and keep proof that you did.`,
      ),
      unless(
        'summons.hearingOn',
        note`Look for the hearing date printed on the summons, file this objection with the court before that day, and keep proof that you did.`,
      ),
      NO_ADMISSION_EN,
      note`[READ THIS BEFORE WRITING THE GROUNDS; DELETE IT BEFORE FILING] Grounds you may give, for example: the case needs an appraisal; you have filed a counterclaim (${c('minsufa-2023-166')}); the facts or the amount are genuinely disputed, so this is not a simple money claim. Writing only that you do not want small claims is not enough.`,
      title`Objection to small-claims procedure`,
      p`Objector (defendant): ${f('borrower.name')}, ID card number ${f('borrower.idNumber')}, address ${f('borrower.address')}, phone ${f('borrower.phone')}.`,
      p`Plaintiff: ${f('debt.creditor')}.`,
      p`Your court is hearing the plaintiff's case against the objector (case number ${f('court.caseNumber')}) under small-claims procedure. The objector considers that small-claims procedure should not apply and, under ${c('minsufa-2023-169')}, objects before the hearing, on these grounds:`,
      list('smallClaims.grounds'),
      p`The objector asks the court to examine this objection and to rule that the case be heard under simple or ordinary procedure.`,
      to`To: ${f('court.name')}`,
      sign`Objector: ${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
