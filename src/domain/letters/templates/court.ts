/**
 * 支付令异议书 — a SKELETON, marked as such in the text: the debtor must object in writing within 15 days of
 * receiving the order (民事诉讼法 2023 Art. 227); a valid objection ends the payment-order procedure (Arts. 225–228).
 * The grounds are the debtor's own and should be checked with legal aid (12348) before filing.
 */
import { c, closing, dated, f, list, note, p, sign, title, to, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

export const PAYMENT_ORDER_OBJECTION = {
  id: 'payment-order-objection',
  titles: {
    'zh-CN': '支付令异议书（草稿骨架，请交法律援助审阅）',
    en: 'Objection to a payment order (skeleton draft for legal aid)',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['minsufa-2023-227', 'minsufa-2023-225-228'],
  audience: 'court',
  bodies: {
    'zh-CN': [
      note`【草稿骨架，不是完成的法律文书】请带上支付令原件和本草稿，尽快咨询法律援助（12348）或律师，审阅、补充后再提交法院。`,
      note`依照${c('minsufa-2023-227')}，债务人应当自收到支付令之日起15日内清偿债务，或者向人民法院提出书面异议。`,
      when(
        'paymentOrder.objectBy',
        note`按记录中收到支付令的日期（${f('paymentOrder.receivedOn')}）估算，提出异议的最后一天约为${f('paymentOrder.objectBy')}，请以法院的说明为准。`,
      ),
      title`支付令异议书`,
      p`异议人（债务人）：${f('borrower.name')}，身份证号：${f('borrower.idNumber')}，住址：${f('borrower.address')}，联系电话：${f('borrower.phone')}。`,
      p`申请人（债权人）：${f('debt.creditor')}。`,
      p`异议人于${f('paymentOrder.receivedOn')}收到贵院案号为${f('paymentOrder.caseNumber')}的支付令，现在法定期间内提出书面异议。`,
      p`异议理由：`,
      list('paymentOrder.grounds'),
      p`综上，异议人对支付令所载债务提出异议。依照${c('minsufa-2023-225-228')}的规定，请求贵院裁定终结督促程序。`,
      closing`此致`,
      to`${f('paymentOrder.court')}`,
      sign`异议人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      note`[SKELETON DRAFT, NOT A FINISHED LEGAL DOCUMENT] Take the payment order itself and this draft to legal aid (12348) or a lawyer as soon as possible, and have it reviewed and completed before filing it with the court.`,
      note`Under ${c('minsufa-2023-227')}, the debtor must pay, or file a written objection with the court, within 15 days of receiving the payment order.`,
      when(
        'paymentOrder.objectBy',
        note`Counting from the day your log says the order was received (${f('paymentOrder.receivedOn')}), the last day to object is about ${f('paymentOrder.objectBy')}; the court's own instructions prevail.`,
      ),
      title`Objection to a payment order`,
      p`Objector (debtor): ${f('borrower.name')}, ID card number ${f('borrower.idNumber')}, address ${f('borrower.address')}, phone ${f('borrower.phone')}.`,
      p`Applicant (creditor): ${f('debt.creditor')}.`,
      p`On ${f('paymentOrder.receivedOn')} the objector received your court's payment order, case number ${f('paymentOrder.caseNumber')}, and now files this written objection within the period set by law.`,
      p`Grounds:`,
      list('paymentOrder.grounds'),
      p`The objector therefore objects to the debt stated in the payment order and, under ${c('minsufa-2023-225-228')}, asks the court to end the payment-order procedure.`,
      to`To: ${f('paymentOrder.court')}`,
      sign`Objector: ${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
