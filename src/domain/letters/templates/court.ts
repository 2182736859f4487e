/**
 * 支付令异议书 — a SKELETON, marked as such in the text: the debtor must object in writing within 15 days of
 * receiving the order (民事诉讼法 2023 Art. 227). Only an objection that disputes the debt itself counts: pleading
 * inability to pay, asking for time or for another way of paying does not affect the order, and an oral objection
 * is void (解释 2022 Art. 436); a valid objection ends the procedure (Art. 228; 解释 Art. 435). legal-facts §16
 * R52–R55. The grounds are the debtor's own and should be checked with legal aid (12348) before filing.
 */
import { c, closing, dated, f, list, note, p, sign, title, to, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';
import { NO_ADMISSION_EN, NO_ADMISSION_ZH, SKELETON_EN, SKELETON_ZH } from './court-notes.ts';

export const PAYMENT_ORDER_OBJECTION = {
  id: 'payment-order-objection',
  titles: {
    'zh-CN': '支付令异议书（草稿骨架，请交法律援助审阅）',
    en: 'Objection to a payment order (skeleton draft for legal aid)',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: [
    'falv-yuanzhu-2021',
    'minfadian-195',
    'minsufa-2023-227',
    'spc-minsufa-interp-436',
    'spc-minsufa-interp-431',
    'minfadian-670',
    'minsufa-2023-228',
    'spc-minsufa-interp-435',
  ],
  audience: 'court',
  bodies: {
    'zh-CN': [
      SKELETON_ZH,
      note`依照${c('minsufa-2023-227')}，债务人应当自收到支付令之日起15日内清偿债务，或者向人民法院提出书面异议。超过期限提出的异议，视为未提出异议（${c('spc-minsufa-interp-431')}）。`,
      when(
        'paymentOrder.objectBy',
        note`按记录中收到支付令的日期（${f('paymentOrder.receivedOn')}）估算，提出异议的最后一天约为${f('paymentOrder.objectBy')}。期限从支付令送达你的那天算，请以法院的说明为准。`,
      ),
      note`【写理由之前请先看】只说暂时无力偿还、请求延期或者请求改变还款方式，而对债务本身没有异议的，不影响支付令的效力；口头异议无效（${c('spc-minsufa-interp-436')}）。异议理由要针对债务本身，例如：欠款金额不对；要求支付合同没有约定的利息、罚息或费用；借款时预先扣除了利息（砍头息）；申请人不是你的债权人；你没有收到送达、无法联系到你。这一段请在提交前删去。`,
      NO_ADMISSION_ZH,
      title`支付令异议书`,
      p`异议人（债务人）：${f('borrower.name')}，身份证号：${f('borrower.idNumber')}，住址：${f('borrower.address')}，联系电话：${f('borrower.phone')}。`,
      p`申请人（债权人）：${f('debt.creditor')}。`,
      p`异议人于${f('paymentOrder.receivedOn')}收到贵院案号为${f('paymentOrder.caseNumber')}的支付令，现在法定期间内提出书面异议。异议人对支付令所载债务本身有异议，理由如下：`,
      list('paymentOrder.grounds'),
      when(
        'paymentOrder.receivedAmount',
        p`借款时，出借人预先在本金中扣除了利息，异议人实际收到的借款为${f('paymentOrder.receivedAmount')}。依照${c('minfadian-670')}，应当按照实际借款数额返还借款并计算利息，支付令所载本金数额不能成立。`,
      ),
      p`综上，异议人的异议针对债务本身，依照${c('minsufa-2023-228')}和${c('spc-minsufa-interp-435')}的规定，请求贵院认定异议成立，裁定终结督促程序。`,
      closing`此致`,
      to`${f('paymentOrder.court')}`,
      sign`异议人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      SKELETON_EN,
      note`Under ${c('minsufa-2023-227')}, the debtor must pay, or file a written objection with the court, within 15 days of receiving the payment order. An objection filed later counts as no objection (${c('spc-minsufa-interp-431')}).`,
      when(
        'paymentOrder.objectBy',
        note`Counting from the day your log says the order was received (${f('paymentOrder.receivedOn')}), the last day to object is about ${f('paymentOrder.objectBy')}. The period runs from the day the order was served on you; the court's own instructions prevail.`,
      ),
      note`[READ THIS BEFORE WRITING THE GROUNDS] An objection that only pleads inability to pay now, asks for more time or asks to pay in another way, without disputing the debt itself, does not affect the payment order, and an oral objection is void (${c('spc-minsufa-interp-436')}). The grounds must dispute the debt itself, for example: the amount is wrong; interest, penalties or fees the contract never agreed are demanded; interest was deducted when the loan was paid out (砍头息); the applicant is not your creditor; you were never served or could not be reached. Delete this paragraph before filing.`,
      NO_ADMISSION_EN,
      title`Objection to a payment order`,
      p`Objector (debtor): ${f('borrower.name')}, ID card number ${f('borrower.idNumber')}, address ${f('borrower.address')}, phone ${f('borrower.phone')}.`,
      p`Applicant (creditor): ${f('debt.creditor')}.`,
      p`On ${f('paymentOrder.receivedOn')} the objector received your court's payment order, case number ${f('paymentOrder.caseNumber')}, and now files this written objection within the period set by law. The objector disputes the debt stated in the order itself, on these grounds:`,
      list('paymentOrder.grounds'),
      when(
        'paymentOrder.receivedAmount',
        p`When the loan was made, the lender deducted interest from the principal in advance; the objector actually received ${f('paymentOrder.receivedAmount')}. Under ${c('minfadian-670')}, the loan is to be repaid, and interest calculated, on the amount actually lent, so the principal stated in the order cannot stand.`,
      ),
      p`The objection therefore goes to the debt itself. Under ${c('minsufa-2023-228')} and ${c('spc-minsufa-interp-435')}, the objector asks the court to find the objection valid and to end the payment-order procedure by ruling.`,
      to`To: ${f('paymentOrder.court')}`,
      sign`Objector: ${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
