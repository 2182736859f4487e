/**
 * The claims checker as data: things collectors commonly say, each answered from legal-facts.md (§2 Art. 196, §6–§11)
 * with citation ids and the channels the sheet names for it. The words (what is said, the truth, what to do) live in
 * locales/<lang>/lawful.json under `claim.<id>`; this file holds only codes.
 */
import type { Confidence } from '../citations/citation.ts';
import type { CitationId } from '../citations/citations.ts';
import type { TableRowId } from './rule.ts';

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
} as const satisfies Record<string, { confidence: Confidence }>;
export type Channel = keyof typeof CHANNELS;

export const CLAIM_IDS = [
  'overdue-is-crime',
  'sue-or-arrest',
  'tell-family-employer',
  'credit-blacklist',
  'court-sms',
  'personal-account',
  'debt-relief-agent',
  'credit-repair',
  'debt-sold',
  'public-shaming',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

export interface Claim {
  readonly id: ClaimId;
  /** Sources of the answer (each stored in src/domain/citations from the sheet). */
  readonly citationIds: readonly CitationId[];
  /** Where to turn, only where the sheet names the number for this situation. */
  readonly channels: readonly Channel[];
  /** Table A rows the answer rests on, for a link to the catalogue. */
  readonly tableRows: readonly TableRowId[];
  /** The sheet's sections the answer is written from, for a reviewer. */
  readonly source: string;
}

export const CLAIMS: readonly Claim[] = [
  {
    id: 'overdue-is-crime',
    // The true criminal test: 刑法 196 and the 2018 decision (¥50,000 principal, two valid notices ≥30 days apart,
    // unpaid >3 months after them, intent). Saying "overdue = crime" exaggerates legal consequences (CBA 2026).
    citationIds: ['xingfa-196', 'spc-overdraft-2018', 'cba-2026'],
    channels: ['12378'],
    tableRows: ['R30'],
    source: '§2 Art. 196; §6.7(d) item 5; §12 R30; §13',
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
      'cba-2026',
    ],
    channels: ['110'],
    tableRows: ['R45', 'R04', 'R05', 'R30'],
    source: '§9; §11 (police do not collect civil debts); §12 R04, R05, R30, R45',
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
    ],
    channels: ['12363'],
    tableRows: ['R43', 'R30'],
    source: '§8(a); §6.7(d) item 4; §10 (12363); §12 R30, R43',
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
];

export const claimById = (id: string): Claim | undefined => CLAIMS.find((c) => c.id === id);
