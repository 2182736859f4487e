import type { Citation } from './citation.ts';
import { XINYONGKA } from './instruments.ts';

const YINBAO_XIAOBAO = {
  zh: '银行保险机构消费者权益保护管理办法',
  en: 'Measures on Consumer Rights Protection by Banking and Insurance Institutions (CBIRC Order 2022 No. 9)',
} as const;
const XIAOJIN = {
  zh: '消费金融公司管理办法',
  en: 'Administrative Measures for Consumer Finance Companies (NFRA Order 2024 No. 4)',
} as const;
const XIAODAI = {
  zh: '小额贷款公司监督管理暂行办法',
  en: 'Interim Measures on the Supervision and Administration of Microloan Companies (2025)',
} as const;
const PBOC_2021_3 = {
  zh: '中国人民银行公告〔2021〕第3号',
  en: 'PBOC Announcement [2021] No. 3 (annualised rate disclosure)',
} as const;

const xinyongka = <I extends string>(id: I, article: string, source: string) =>
  ({
    id,
    instrument: XINYONGKA,
    article,
    binding: 'DR',
    confidence: 'V-sec',
    articleUnverified: false,
    source,
  }) as const;

// §6.5: "RND/DR-level"; the sheet gives the prohibited collection behaviours as a numbered list without article
// numbers (Table A: "art. no. unverified"; §14 item 2).
const xiaodai = <I extends string>(id: I, item: string) =>
  ({
    id,
    instrument: XIAODAI,
    article: null,
    pinpoint: `item ${item}`,
    binding: 'RND',
    bindingAlt: 'DR',
    confidence: 'V-sec',
    articleUnverified: true,
    issuedOn: '2025-01-17',
    source: '§6.5; §12 R12, R17, R28, R36',
  }) as const;

/** Financial regulation (DR / RND); legal-facts.md §6 and §7(e). */
export const FINANCE_CITATIONS = [
  xinyongka('xinyongka-68', '68', '§1 item 7; §6.1; §12 R14, R15, R41'),
  xinyongka('xinyongka-69', '69', '§6.1; §12 R40'),
  xinyongka('xinyongka-70', '70', '§1 item 7; §6.1; §12 R42'),
  {
    // The number 41 rests on one source (§6.3: "V-sec, one exam-prep source"; §14 item 2: "single-source number").
    id: 'yinbao-xiaobao-41',
    instrument: YINBAO_XIAOBAO,
    article: '41',
    binding: 'DR',
    confidence: 'V-sec',
    articleUnverified: true,
    issuedOn: '2022-12-30',
    inForceSince: '2023-03-01',
    source: '§6.3; §12 R28, R37, R38',
  },
  {
    id: 'xiaojin-2024',
    instrument: XIAOJIN,
    article: null,
    binding: 'DR',
    confidence: 'V-sec',
    articleUnverified: true,
    issuedOn: '2024-03-18',
    inForceSince: '2024-04-18',
    source: '§6.4; §12 R16, R38',
  },
  xiaodai('xiaodai-2025-item1', '1'),
  xiaodai('xiaodai-2025-item2', '2'),
  xiaodai('xiaodai-2025-item3', '3'),
  xiaodai('xiaodai-2025-item4', '4'),
  xiaodai('xiaodai-2025-item5', '5'),
  {
    id: 'pboc-2021-3',
    instrument: PBOC_2021_3,
    article: null,
    binding: 'RND',
    confidence: 'V-sec',
    articleUnverified: false,
    issuedOn: '2021-03-12',
    source: '§7(e); §12 R49',
  },
] as const satisfies readonly Citation[];
