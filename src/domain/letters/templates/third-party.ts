/**
 * The notice a contacted relative, colleague or contact sends, signed with their own name. A contract binds only
 * its parties (民法典 465); a guarantee must be in writing (685–687); disturbing someone's private life by calls and
 * texts is a tort (1033(1)); a contact's own number was never the lender's to process (PIPL 13) and can be asked
 * to be deleted (PIPL 44–47). legal-facts.md §16 R91–R96. Spouses and heirs are treated beside the letter (R93,
 * R94), since the notice would be wrong for a spouse of a joint debt.
 *
 * The sender is not the borrower and admits nothing: the letter speaks of "the debt you say" only.
 */
import { c, closing, dated, f, p, sign, title, to } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

export const NOT_THE_BORROWER = {
  id: 'not-the-borrower',
  titles: {
    'zh-CN': '本人不是借款人、请停止联系本人的通知',
    en: 'Notice: I am not the borrower, stop contacting me',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['minfadian-465', 'minfadian-685-687', 'minfadian-1033-1', 'pipl-13', 'pipl-44-47'],
  audience: 'collector',
  bodies: {
    'zh-CN': [
      title`本人不是借款人、请停止联系本人的通知`,
      to`${f('debt.creditor')}及其委托的催收机构：`,
      p`本人${f('contact.name')}。贵司（行）或受托的催收人员通过本人的电话${f('contact.phone')}联系本人，催讨贵司（行）所称${f('borrower.name')}名下的欠款。`,
      p`本人不是该笔借款的借款人，也没有以书面形式为该笔借款提供任何保证。合同仅对当事人具有法律约束力（${c('minfadian-465')}）；保证须以书面保证合同、保证条款或者书面保证的方式作出（${c('minfadian-685-687')}）。仅仅被填为紧急联系人，本人并不因此承担还款责任。`,
      p`本人从未同意接受有关该笔借款的联系。以电话、短信等方式侵扰他人的私人生活安宁，可能违法（${c('minfadian-1033-1')}）。履行与借款人之间的合同，不能成为处理本人电话号码等个人信息的依据（${c('pipl-13')}），本人也从未同意，请删除本人的个人信息（${c('pipl-44-47')}）。`,
      p`现通知贵司（行）及受托机构：自收到本通知之日起，停止以任何方式联系本人，不要再向本人透露他人的欠款信息。本人不会代任何人作出还款承诺，也不会转交任何材料。本人会记录此后收到的每一次联系。`,
      closing`此致`,
      closing`敬礼！`,
      sign`通知人：${f('contact.name')}`,
      dated(),
    ],
    en: [
      title`Notice: I am not the borrower, stop contacting me`,
      to`To: ${f('debt.creditor')} and any collection agency acting for it`,
      p`I am ${f('contact.name')}. You, or collectors acting for you, have contacted me on my phone ${f('contact.phone')} about a debt you say is owed by ${f('borrower.name')}.`,
      p`I am not the borrower and I have never given any written guarantee for this loan. A contract binds only its parties (${c('minfadian-465')}); a guarantee must be made by a written guarantee contract or clause or a written undertaking (${c('minfadian-685-687')}). Being named as an emergency contact does not make me liable to pay.`,
      p`I never agreed to be contacted about this loan. Disturbing another person's private life by calls, text messages and the like may be illegal (${c('minfadian-1033-1')}). Performing a contract with the borrower is no basis for processing my phone number or other personal information (${c('pipl-13')}), and I never consented: please delete it (${c('pipl-44-47')}).`,
      p`I therefore ask you and any agency acting for you, from receipt of this notice, to stop contacting me by any means and to stop telling me about anyone else's debt. I will not promise payment on anyone's behalf or pass on any papers. I will keep a record of every further contact.`,
      closing`Yours faithfully,`,
      sign`${f('contact.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
