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
