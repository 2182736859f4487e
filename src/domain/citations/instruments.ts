/**
 * Instrument names shared by several citation files, written once so a title is never spelled two ways.
 */
export const MINFADIAN = { zh: '中华人民共和国民法典', en: 'Civil Code of the PRC' } as const;
export const MINSUFA_2023 = {
  zh: '中华人民共和国民事诉讼法（2023修正）',
  en: 'Civil Procedure Law of the PRC (2023 amendment)',
} as const;
export const ZHENGXIN = {
  zh: '征信业管理条例',
  en: 'Regulation on the Administration of the Credit Reporting Industry',
} as const;
export const LIMITATION = {
  zh: '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定',
  en: 'SPC Provisions on the Limitation Period in Civil Cases',
} as const;
export const XINYONGKA = {
  zh: '商业银行信用卡业务监督管理办法',
  en: 'Measures on the Supervision and Administration of Credit Card Business of Commercial Banks (CBRC Order 2011 No. 2)',
} as const;
export const OVERDRAFT_2018 = {
  zh: '最高人民法院、最高人民检察院关于修改《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》的决定',
  en: 'SPC/SPP Decision Amending the Interpretation on Credit Card Crimes (2018)',
} as const;
export const PRIVATE_LENDING = {
  zh: '最高人民法院关于审理民间借贷案件适用法律若干问题的规定',
  en: 'SPC Provisions on Private Lending Cases',
} as const;
export const MINSUFA_INTERP = {
  zh: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
  en: 'SPC Interpretation of the Civil Procedure Law',
} as const;
export const XINGFA = { zh: '中华人民共和国刑法', en: 'Criminal Law of the PRC' } as const;
export const ZHIAN_2025 = {
  zh: '治安管理处罚法（2025修订）',
  en: 'Public Security Administration Punishments Law (2025 revision)',
} as const;
