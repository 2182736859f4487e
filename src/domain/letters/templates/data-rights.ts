/**
 * Taking back the address book, the photo album and location. A lender needs a lawful basis for each kind of
 * personal data; contract necessity covers the borrower's own data, not the contacts' (PIPL 13). Consent can be
 * withdrawn and the service may not be refused for it unless the data is necessary (PIPL 15, 16); the person may
 * ask what is held and have it deleted (PIPL 44–47); a refusal must give reasons and can be sued on (PIPL 50);
 * complaints go to the PI-protection departments (PIPL 65). legal-facts.md §16 R96–R100.
 *
 * The letter speaks of "the business" under an account number, never of a debt owed: it must not acknowledge
 * anything that would restart the limitation period (民法典 195).
 */
import { c, closing, dated, f, item, p, sign, title, to } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

export const DATA_RIGHTS = {
  id: 'data-rights',
  titles: {
    'zh-CN': '关于撤回个人信息授权、查询和删除个人信息的申请',
    en: 'Withdrawal of consent, and request to know and delete my personal information',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['pipl-13', 'pipl-15', 'pipl-16', 'pipl-44-47', 'pipl-50', 'pipl-65'],
  replyDays: 15,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`关于撤回个人信息授权、查询和删除个人信息的申请`,
      to`${f('debt.creditor')}及其委托的催收机构：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}），联系电话${f('borrower.phone')}。贵司（行）在卡号末四位或合同编号为${f('debt.account')}的业务中处理了本人的个人信息。本人依法行使个人信息权利，提出以下申请。`,
      p`处理个人信息须有法律规定的依据（${c('pipl-13')}）。为订立、履行合同所必需，只能涵盖本人办理该业务所必需的信息，不能涵盖本人通讯录中其他人的信息。没有合法依据读取、使用或者向他人提供这些信息，可能违法（${c('pipl-13')}）。`,
      p`一、撤回同意。依据${c('pipl-15')}，本人现撤回此前给予贵司（行）及其应用程序读取、使用本人通讯录、相册（照片）和位置信息的同意。自收到本申请之日起，请停止处理上述信息。${c('pipl-16')}规定，不得以个人撤回同意为由拒绝提供产品或者服务，处理个人信息属于提供产品或者服务所必需的除外。`,
      p`二、查询和复制。依据${c('pipl-44-47')}，请书面告知并提供副本：`,
      item`（一）贵司（行）目前持有的本人个人信息的种类和内容，包括从本人手机读取的通讯录、照片和位置信息；`,
      item`（二）上述信息的来源、处理目的、处理方式和保存期限；`,
      item`（三）上述信息曾经向哪些第三方（包括催收机构和其他合作方）提供或者委托其处理，对方的名称和联系方式，以及提供的时间和内容。`,
      p`三、删除。本人已撤回同意，请删除通讯录、照片和位置信息以及其他已无合法依据处理的个人信息（${c('pipl-44-47')}），并书面告知删除的结果。`,
      p`${c('pipl-50')}规定，个人信息处理者应当建立便捷的申请受理和处理机制；拒绝个人行使权利的请求的，应当说明理由，个人可以依法向人民法院提起诉讼。请于收到本申请之日起15日内书面答复；如果拒绝其中任何一项，请写明理由。如不答复或者拒绝，本人将向履行个人信息保护职责的部门投诉、举报（${c('pipl-65')}），也保留依法起诉的权利。`,
      p`本申请只涉及本人的个人信息权利，不是对任何欠款或者金额的确认。`,
      closing`此致`,
      closing`敬礼！`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Withdrawal of consent, and request to know and delete my personal information`,
      to`To: ${f('debt.creditor')} and any collection agency acting for it`,
      p`I am ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}), phone ${f('borrower.phone')}. You have processed my personal information in the business with card ending or contract number ${f('debt.account')}. I am exercising my rights over that information as follows.`,
      p`Personal information may be processed only on a basis the law provides (${c('pipl-13')}). What is necessary to make or perform a contract covers only the information I myself needed for that business, not the information of other people in my address book. Reading, using or passing on their information without a lawful basis may be illegal (${c('pipl-13')}).`,
      p`1. Withdrawal of consent. Under ${c('pipl-15')}, I withdraw the consent I gave you and your app to read and use my address book, my photo album and my location. Please stop processing that information from the day you receive this request. Under ${c('pipl-16')}, a product or service may not be refused because a person withdraws consent, unless the processing is necessary to provide it.`,
      p`2. Access and copies. Under ${c('pipl-44-47')}, please tell me in writing, with copies:`,
      item`(a) what personal information about me you now hold and what it contains, including the address book, photos and location read from my phone;`,
      item`(b) where it came from, why and how it is processed, and how long it is kept;`,
      item`(c) which third parties (including collection agencies and other partners) it has been given to or processed by on your behalf, their names and contact details, and when and what was given.`,
      p`3. Deletion. As I have withdrawn my consent, please delete my address book, photos and location and any other personal information you no longer have a lawful basis to process (${c('pipl-44-47')}), and tell me in writing when this has been done.`,
      p`Under ${c('pipl-50')}, a processor must run a convenient channel for these requests; if it refuses a request it must give its reasons, and the person may sue. Please reply in writing within 15 days of receiving this request, giving reasons for any part you refuse. If you do not reply or you refuse, I will complain to the departments responsible for personal-information protection (${c('pipl-65')}), and I reserve my right to go to court.`,
      p`This request concerns only my rights over my personal information. It does not acknowledge any debt or any amount.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
