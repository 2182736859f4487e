import type { Citation } from './citation.ts';

const GBT_45251 = {
  zh: 'GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》',
  en: 'GB/T 45251-2025 Internet finance — Personal online consumer credit — Post-loan collection risk-control guidelines',
} as const;
const CBA_2026 = {
  zh: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
  en: 'China Banking Association, Guidelines on Collection of Personal Consumer Loans by Financial Institutions (Trial, 2026)',
} as const;
const NIFA_2018 = {
  zh: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》',
  en: 'NIFA Self-Regulatory Convention on Collection of Overdue Internet Finance Debts (Trial, 2018)',
} as const;

// §6.7(a): article contents read from a translated copy of Arts. 13–21 (V-sec); the date is recalled only (R),
// so none is given.
const nifa2018 = <I extends string>(id: I, article: string, rows: string) =>
  ({
    id,
    instrument: NIFA_2018,
    article,
    binding: 'SRO',
    confidence: 'V-sec',
    articleUnverified: false,
    source: `§6.7(a); §12 ${rows}`,
  }) as const;

/** The recommended national standard and industry self-regulation (not law); legal-facts.md §6.7. */
export const INDUSTRY_CITATIONS = [
  {
    // The cover gives the same day for publication and implementation (§6.7(c)); clause numbers are still to be
    // confirmed (§14 item 4).
    id: 'gbt-45251-2025',
    instrument: GBT_45251,
    article: null,
    binding: 'GB/T',
    confidence: 'V-sec',
    articleUnverified: true,
    issuedOn: '2025-02-28',
    inForceSince: '2025-02-28',
    source: '§1 items 1–2; §6.7(c); §12 R11, R14, R18, R21, R22, R38',
  },
  {
    // Article numbers for each prohibition are still to be confirmed (§14 item 3); only Art. 22 is reported.
    id: 'cba-2026',
    instrument: CBA_2026,
    article: null,
    binding: 'SRO',
    confidence: 'V-sec',
    articleUnverified: true,
    issuedOn: '2026-01-30',
    source: '§1 items 1–3; §6.7(d); §12 R05, R06, R19–R21, R23, R25, R28, R30, R32–R35, R38, R50',
  },
  {
    id: 'cba-2026-art22',
    instrument: CBA_2026,
    article: '22',
    binding: 'SRO',
    confidence: 'V-sec',
    articleUnverified: false,
    issuedOn: '2026-01-30',
    source: '§1 item 3; §6.7(d); §12 R26; §13',
  },
  nifa2018('nifa-2018-14', '14', 'R18'),
  nifa2018('nifa-2018-15', '15', 'R25, R26'),
  nifa2018('nifa-2018-17', '17', 'R24'),
  nifa2018('nifa-2018-18', '18', 'R11'),
  nifa2018('nifa-2018-19', '19', 'R32'),
  nifa2018('nifa-2018-20', '20', 'R26'),
  nifa2018('nifa-2018-21', '21', 'R26'),
] as const satisfies readonly Citation[];
