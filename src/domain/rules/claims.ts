/**
 * The claims checker as data: things collectors commonly say, each answered from legal-facts.md (§2 Art. 196, §6–§11)
 * with citation ids and the channels the sheet names for it. The words (what is said, the truth, what to do) live in
 * locales/<lang>/lawful.json under `claim.<id>`; this file holds only codes.
 */
import type { Confidence } from '../citations/citation.ts';
import type { CitationId } from '../citations/citations.ts';
import type { TableRowId } from './rule.ts';
import { CLAIM_IDS, type ClaimId } from './claim-ids.ts';

// The ids are in their own file so the first screen can read them from an address without the claims' data.
export { CLAIM_IDS, type ClaimId };

/**
 * Numbers the sheet gives (§10, §11), with its confidence for each: 12321, 12315 and the court service line 12368
 * are recalled only (R), so the UI marks them unverified; 12363's scope after the 2023 reform is also R.
 */
export const CHANNELS = {
  '110': { confidence: 'V-full' },
  '96110': { confidence: 'V-sec' },
  '12378': { confidence: 'V-sec' },
  '12363': { confidence: 'R' },
  '12321': { confidence: 'R' },
  '12315': { confidence: 'R' },
  '12368': { confidence: 'R' },
  // Public legal service hotline (legal-facts.md §16 R121, V-sec): free advice and a first step towards legal aid.
  '12348': { confidence: 'V-sec' },
} as const satisfies Record<string, { confidence: Confidence }>;
type Channel = keyof typeof CHANNELS;

interface Claim {
  readonly id: ClaimId;
  /** Sources of the answer (each stored in src/domain/citations from the sheet). */
  readonly citationIds: readonly CitationId[];
  /** Where to turn, only where the sheet names the number for this situation. */
  readonly channels: readonly Channel[];
  /** Table A rows the answer rests on, for a link to the catalogue. */
  readonly tableRows: readonly TableRowId[];
  /** The sheet's sections the answer is written from, for a reviewer. */
  readonly source: string;
  /** Rows of the sheet's 2026-12 additions (§16, R52–R122) the answer states; docs/legal-sources.md maps them to tests. */
  readonly sheetRows?: readonly SheetRowId[];
}

/** A row id of the sheet, including the §16 additions beyond Table A (R52–R122). */
type SheetRowId = `R${number}`;

export const CLAIMS: readonly Claim[] = [
  {
    id: 'overdue-is-crime',
    // Being overdue is a civil matter. Two routes to criminal exposure exist: 信用卡诈骗罪 by 恶意透支 (刑法 196,
    // amount = principal unpaid at police filing, 2018 decision new Arts. 8–10) and, after a judgment, refusing to
    // execute with the ability to do so (刑法 313; 法释〔2024〕13号). Saying "overdue = crime" exaggerates legal
    // consequences (CBA 2026). legal-facts.md §16 R61–R64, R67.
    citationIds: [
      'xingfa-196',
      'spc-overdraft-2018',
      'spc-overdraft-2018-8',
      'spc-overdraft-2018-9',
      'spc-overdraft-2018-10',
      'xingfa-313',
      'spc-refuse-execute-2024',
      'cba-2026',
    ],
    channels: ['12378', '12348'],
    tableRows: ['R30'],
    source: '§2 Art. 196; §6.7(d) item 5; §12 R30; §13; §16 items 3, 4',
    sheetRows: ['R61', 'R62', 'R63', 'R64', 'R67'],
  },
  {
    id: 'sue-or-arrest',
    citationIds: [
      'minsufa-2023-225-228',
      'minsufa-2023-128',
      'minsufa-2023-227',
      'xingfa-238-3',
      'xingfa-245',
      'xingfa-196',
      'xingfa-313',
      'cba-2026',
    ],
    channels: ['110'],
    tableRows: ['R45', 'R04', 'R05', 'R30'],
    source: '§9; §11 (police do not collect civil debts); §12 R04, R05, R30, R45; §16 item 4',
    sheetRows: ['R67'],
  },
  {
    id: 'tell-family-employer',
    citationIds: [
      'minfadian-1033-1',
      'minfadian-1032',
      'minfadian-1038',
      'pipl-10',
      'pipl-25',
      'zhian-2012-42-6',
      'zhian-2025-50',
      'minfadian-1064',
      'xinyongka-68',
      'gbt-45251-2025',
      'cba-2026',
      'zhian-2012-23',
      'zhian-2025',
    ],
    channels: ['12378', '110'],
    tableRows: ['R10', 'R11', 'R15', 'R18', 'R19', 'R20', 'R06'],
    source: '§4; §5; §6.1; §6.7(c)(d); §12 R06, R10, R11, R15, R18–R20',
  },
  {
    id: 'credit-blacklist',
    citationIds: [
      'zhengxin-15',
      'zhengxin-16',
      'zhengxin-17',
      'zhengxin-25',
      'zhengxin-26',
      'cba-2026',
      'minsufa-2023-266',
      // The defaulter list rests on its own SPC provisions (法释〔2017〕7号 Arts. 1–4), not on 民诉法 266.
      'spc-defaulter-list-2017',
      'spc-consumption-limit-2015',
    ],
    channels: ['12363'],
    tableRows: ['R43', 'R30'],
    source: '§8(a); §6.7(d) item 4; §10 (12363); §12 R30, R43; §16 item 4',
    sheetRows: ['R68', 'R69'],
  },
  {
    id: 'court-sms',
    citationIds: [
      'xingfa-279',
      'xingfa-280',
      'zhian-2012-51',
      'zhian-2025',
      'yinbao-xiaobao-41',
      'cba-2026',
      'xiaodai-2025-item1',
      'minsufa-2023-128',
    ],
    channels: ['12368', '110', '96110', '12321'],
    tableRows: ['R28', 'R29'],
    source: '§2 Arts. 279, 280; §9; §10; §11 (impersonating 公检法); §12 R28, R29',
  },
  {
    id: 'personal-account',
    citationIds: ['nifa-2018-19', 'cba-2026'],
    channels: ['110', '96110'],
    tableRows: ['R32', 'R35'],
    source: '§6.7(a) Art. 19; §6.7(d); §10; §11 (fake collectors); §12 R32, R35',
  },
  {
    id: 'debt-relief-agent',
    citationIds: ['xinyongka-70', 'minfadian-195', 'spc-limitation-14'],
    channels: ['12378', '12315', '110'],
    tableRows: ['R42', 'R44'],
    source: '§1 item 10; §4 (limitation); §6.1 Art. 70; §10; §11 (非法代理维权)',
  },
  {
    id: 'credit-repair',
    citationIds: ['zhengxin-16', 'zhengxin-25'],
    channels: ['110', '12363'],
    tableRows: ['R43'],
    source: '§8(a) Arts. 16, 25; §8(b) (one-time credit repair, expired); §11',
  },
  {
    id: 'debt-sold',
    citationIds: ['minfadian-546', 'cba-2026'],
    channels: [],
    tableRows: ['R50'],
    source: '§4 Arts. 545–546; §6.7(d); §11; §12 R50',
  },
  {
    id: 'public-shaming',
    citationIds: ['cba-2026', 'minfadian-1024', 'minfadian-1033', 'xingfa-246', 'zhian-2025-50'],
    channels: ['110'],
    tableRows: ['R34', 'R08', 'R30'],
    source:
      '§2 Art. 246; §6.7(d) items 4, 7; §11 (fake lawyer\u2019s letters and public shaming); §12 R08, R34',
  },
  {
    // The ¥10,000 figure of the 2009 interpretation and the 2010 filing standard is obsolete since 2018-12-01
    // (§16 R62); the amount is the principal unpaid at police filing (R61); aggregation across cards has no
    // express rule (R63, single-source); repayment before prosecution → "may" (R64).
    id: 'overdraft-10000',
    citationIds: [
      'xingfa-196',
      'spc-overdraft-2018-8',
      'spc-overdraft-2018-9',
      'spc-overdraft-2018-10',
      'prosecution-standard-2022',
      'cba-2026',
    ],
    channels: ['12348', '12378'],
    tableRows: ['R30'],
    source: '§2 Art. 196; §16 item 3 (R61–R64); §16 item 19 (R121)',
    sheetRows: ['R61', 'R62', 'R63', 'R64', 'R121'],
  },
  {
    // A lawsuit is civil; what creates exposure after a judgment is concealment, lying about property or breaching a
    // 限高 order (§16 item 4, R65–R70), and inability alone is not a ground for the defaulter list (R69).
    id: 'sued-means-jail',
    citationIds: [
      'minsufa-2023-252',
      'minsufa-2023-118',
      'minsufa-2023-114',
      'xingfa-313',
      'spc-refuse-execute-2024',
      'spc-defaulter-list-2017',
      'spc-consumption-limit-2015',
      'spc-good-faith-enforcement-2019',
      'minsufa-2023-254-255',
      'falv-yuanzhu-2021',
    ],
    channels: ['12348'],
    tableRows: ['R45', 'R36'],
    source: '§9; §16 item 4 (R65–R70, Art. 254); §16 item 19 (R121)',
    sheetRows: ['R65', 'R66', 'R67', 'R68', 'R69', 'R70', 'R121'],
  },
  {
    // Only a court freezes accounts: a preservation ruling (reviewed once within 5 days, the freeze stays on) or an
    // enforcement measure; a bank may set off its own card debt by notice (§16 R57–R59, R90, R115).
    id: 'freeze-all-accounts',
    citationIds: [
      'minsufa-2023-111',
      'spc-minsufa-interp-171',
      'spc-preservation-25',
      'minsufa-2023-236',
      'minsufa-2023-238',
      'minfadian-568',
      'cba-2026',
    ],
    channels: ['12348', '12378'],
    tableRows: ['R30'],
    source: '§16 items 2, 9, 16 (R57–R59, R90, R115); §16 item 19 (R121)',
    sheetRows: ['R57', 'R58', 'R59', 'R90', 'R115', 'R121'],
  },
  {
    // The one schooling rule is the consumption restriction's ban on high-fee private schools, set by a court in
    // enforcement (§16 R68); exaggeration is an industry ban (R90).
    id: 'children-school',
    citationIds: ['spc-consumption-limit-2015', 'cba-2026'],
    channels: ['12378'],
    tableRows: ['R30'],
    source: '§16 items 4, 9 (R68, R90)',
    sheetRows: ['R68', 'R90'],
  },
  {
    // A contact owes nothing without a written guarantee; spouses only for joint debts; heirs up to the estate
    // (§16 R91–R95).
    id: 'contacts-must-pay',
    citationIds: [
      'minfadian-465',
      'minfadian-685-687',
      'minfadian-1064',
      'minfadian-1161',
      'minfadian-1033-1',
      'cba-2026',
    ],
    channels: ['12378'],
    tableRows: ['R20', 'R10', 'R11', 'R30'],
    source: '§16 item 10 (R91–R95)',
    sheetRows: ['R91', 'R92', 'R93', 'R94', 'R95'],
  },
  {
    // "Family must pay" (父债子还, a spouse or parent "has to"): being family is no ground; a spouse answers only for
    // a joint debt; heirs only up to the estate and not at all if they renounce; saying "your family must pay" is an
    // exaggeration the industry convention bans (§16 R90, R91, R93, R94).
    id: 'family-must-pay',
    citationIds: ['minfadian-465', 'minfadian-1064', 'minfadian-1161', 'cba-2026'],
    channels: ['12378', '12348'],
    tableRows: ['R20', 'R30'],
    source: '§16 items 9, 10 (R90, R91, R93, R94); §16 item 19 (R121)',
    sheetRows: ['R90', 'R91', 'R93', 'R94', 'R121'],
  },
];

export const claimById = (id: string): Claim | undefined => CLAIMS.find((c) => c.id === id);
