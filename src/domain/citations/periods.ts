import type { Citation } from './citation.ts';
import { minfadian } from './civil.ts';
import { MINFADIAN, MINSUFA_2023, ZHENGXIN, LIMITATION, XINYONGKA } from './instruments.ts';

const minsufa = <I extends string>(id: I, article: string, source: string) =>
  ({
    id,
    instrument: MINSUFA_2023,
    article,
    binding: 'LAW',
    confidence: 'V-full',
    articleUnverified: false,
    inForceSince: '2024-01-01',
    source,
  }) as const;

/**
 * Sources of the stages and deadlines, each as the sheet gives it: legal-facts.md §4 limitation, §6.1,
 * §8(a), §9, §13 Table B and §15.
 */
export const PERIOD_CITATIONS = [
  minfadian('minfadian-188', '188', '§4 limitation; §13'),
  minfadian('minfadian-189', '189', '§4 limitation; §13'),
  minfadian('minfadian-192', '192', '§1 item 10; §4 limitation'),
  minfadian('minfadian-193', '193', '§4 limitation'),
  minfadian('minfadian-676', '676', '§4 loans and contract'),
  {
    // §15 tags the counting rules V-sec ("verbatim text in a public code copy"), unlike the rest of §4.
    id: 'minfadian-201-203',
    instrument: MINFADIAN,
    article: '201–203',
    binding: 'LAW',
    confidence: 'V-sec',
    articleUnverified: false,
    inForceSince: '2021-01-01',
    source: '§15',
  },
  {
    // §15: "V-sec (quoted identically in several independent repositories)".
    id: 'minsufa-2023-85',
    instrument: MINSUFA_2023,
    article: '85',
    binding: 'LAW',
    confidence: 'V-sec',
    articleUnverified: false,
    inForceSince: '2024-01-01',
    source: '§15',
  },
  minsufa('minsufa-2023-128', '128', '§9; §13'),
  minsufa('minsufa-2023-130', '130', '§9; §13'),
  minsufa('minsufa-2023-165', '165', '§9; §13'),
  minsufa('minsufa-2023-168', '168', '§9; §13'),
  minsufa('minsufa-2023-171', '171', '§9; §13'),
  minsufa('minsufa-2023-227', '227', '§1 item 4; §9; §13'),
  minsufa('minsufa-2023-250', '250', '§9; §13'),
  minsufa('minsufa-2023-264', '264', '§9; §13'),
  minsufa('minsufa-2023-266', '266', '§9'),
  minsufa('minsufa-2023-285', '285', '§13'),
  minsufa('minsufa-2023-286', '286', '§9'),
  ...(['14', '19'] as const).map(
    (article) =>
      ({
        id: `spc-limitation-${article}`,
        instrument: LIMITATION,
        article,
        binding: 'JI',
        confidence: 'V-full',
        articleUnverified: false,
        source: '§1 item 10; §4 limitation',
      }) as const,
  ),
  ...(['17', '26'] as const).map(
    (article) =>
      ({
        id: `zhengxin-${article}`,
        instrument: ZHENGXIN,
        article,
        binding: 'AR',
        confidence: 'V-full',
        articleUnverified: false,
        inForceSince: '2013-03-15',
        source: '§8(a); §13',
      }) as const,
  ),
  {
    id: 'xinyongka-67',
    instrument: XINYONGKA,
    article: '67',
    binding: 'DR',
    confidence: 'V-sec',
    articleUnverified: false,
    source: '§6.1; §6.8',
  },
] as const satisfies readonly Citation[];
