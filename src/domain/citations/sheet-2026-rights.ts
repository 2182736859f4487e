import type { Citation } from './citation.ts';
import { PIPL } from './civil.ts';
import { cite } from './sheet-2026.ts';

/**
 * Personal-information rights over harvested contacts, photos and location (legal-facts.md §16 R96–R101), as the
 * data-rights letter and the complaint channels beside it cite them. All PIPL rows are V-full; the channel
 * descriptions of R101 are secondary pages dated 2025 (V-sec). Also the two joint opinions on illegal lending and
 * 套路贷 (R111, R112). docs/legal-sources.md lists the instruments.
 */

const pipl = <I extends string>(id: I, article: string, source: string) =>
  cite(id, PIPL, article, 'LAW', 'V-full', source, { inForceSince: '2021-11-01' });

const PI_CHANNELS = {
  zh: '个人信息举报渠道的公开说明（12377 违法和不良信息举报中心；12321 网络不良与垃圾信息举报受理中心）',
  en: 'Public descriptions of the personal-information reporting channels (12377, the CAC reporting centre; 12321, the Internet Society of China reporting centre)',
} as const;

const ILLEGAL_LENDING_OPINION = {
  zh: '最高人民法院、最高人民检察院、公安部、司法部关于办理非法放贷刑事案件若干问题的意见',
  en: 'SPC/SPP/MPS/MOJ Opinions on Criminal Cases of Illegal Lending (2019)',
} as const;
const TAOLU_OPINION = {
  zh: '最高人民法院、最高人民检察院、公安部、司法部关于办理“套路贷”刑事案件若干问题的意见',
  en: 'SPC/SPP/MPS/MOJ Opinions on "Taolu Dai" (Loan-Trap) Criminal Cases (2019)',
} as const;

export const RIGHTS_2026_CITATIONS = [
  // R96: contract necessity covers the borrower's own data, not the contacts'.
  pipl('pipl-13', '13', '§16 R96'),
  // R97: consent may be withdrawn, by a convenient way; service may not be refused for it unless necessary.
  pipl('pipl-15', '15', '§16 R97'),
  pipl('pipl-16', '16', '§16 R97'),
  // R98: know and decide, access and copy, correct, delete.
  pipl('pipl-44-47', '44, 45, 46, 47', '§16 R98'),
  // R99: reasons for a refusal; a refusal can be taken to court.
  pipl('pipl-50', '50', '§16 R99'),
  // R100–R101: complaints to the PI-protection departments (the local 网信办).
  pipl('pipl-65', '65', '§16 R100, R101'),
  // R101: 12377 and 12321 as the pages dated 2025 describe them; not re-checked for 2026 changes.
  cite('pi-report-channels', PI_CHANNELS, null, 'practice', 'V-sec', '§16 R101'),
  // R111: criminal illegal lending (items 1, 2, 4 of the opinion, with 刑法 225(4)); secondary text copies only.
  cite(
    'illegal-lending-opinion-2019',
    ILLEGAL_LENDING_OPINION,
    null,
    'judicial-opinion',
    'V-sec',
    '§16 R111',
    {
      inForceSince: '2019-10-21',
    },
  ),
  // R112: 套路贷 is a descriptive term, prosecuted as fraud, extortion and similar offences (item 1).
  cite('taolu-opinion-2019', TAOLU_OPINION, null, 'judicial-opinion', 'V-sec', '§16 R112', {
    issuedOn: '2019-04-09',
  }),
] as const satisfies readonly Citation[];
