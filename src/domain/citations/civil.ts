import type { Citation } from './citation.ts';
import { MINFADIAN, MINSUFA_2023, ZHENGXIN } from './instruments.ts';

export const PIPL = {
  zh: '中华人民共和国个人信息保护法',
  en: 'Personal Information Protection Law of the PRC (PIPL)',
} as const;

export const minfadian = <I extends string>(id: I, article: string, source: string) =>
  ({
    id,
    instrument: MINFADIAN,
    article,
    binding: 'LAW',
    confidence: 'V-full',
    articleUnverified: false,
    inForceSince: '2021-01-01',
    source,
  }) as const;

/** legal-facts.md §4 (民法典), §5 (PIPL), §8 (征信业管理条例), §9 (民事诉讼法); all V-full. */
export const CIVIL_CITATIONS = [
  minfadian('minfadian-195', '195', '§4 limitation; §12 R44'),
  minfadian('minfadian-546', '546', '§4 loans and contract; §12 R50'),
  minfadian('minfadian-585', '585', '§4 loans and contract; §12 R48'),
  minfadian('minfadian-670', '670', '§4 loans and contract; §12 R46'),
  minfadian('minfadian-1024', '1024', '§4 personality rights; §12 R08, R34'),
  minfadian('minfadian-1032', '1032', '§4 personality rights; §12 R10, R11'),
  minfadian('minfadian-1033', '1033', '§4 personality rights; §12 R11, R34'),
  minfadian('minfadian-1033-1', '1033(1)', '§4 personality rights; §12 R10'),
  minfadian('minfadian-1033-2', '1033(2)', '§4 personality rights; §1 item 3; §12 R05'),
  minfadian('minfadian-1038', '1038', '§4 personality rights; §12 R11'),
  minfadian('minfadian-1064', '1064', '§4 personality rights; §12 R20'),
  ...(['10', '21', '23', '25', '66'] as const).map(
    (article) =>
      ({
        id: `pipl-${article}`,
        instrument: PIPL,
        article,
        binding: 'LAW',
        confidence: 'V-full',
        articleUnverified: false,
        inForceSince: '2021-11-01',
        source: '§5; §12 R11, R13, R39',
      }) as const,
  ),
  ...(['15', '16', '25'] as const).map(
    (article) =>
      ({
        id: `zhengxin-${article}`,
        instrument: ZHENGXIN,
        article,
        binding: 'AR',
        confidence: 'V-full',
        articleUnverified: false,
        inForceSince: '2013-03-15',
        source: '§8(a); §12 R43',
      }) as const,
  ),
  {
    id: 'minsufa-2023-225-228',
    instrument: MINSUFA_2023,
    article: '225–228',
    binding: 'LAW',
    confidence: 'V-full',
    articleUnverified: false,
    inForceSince: '2024-01-01',
    source: '§9; §12 R45',
  },
  {
    id: 'minsufa-2023-250-266',
    instrument: MINSUFA_2023,
    article: '250–266',
    binding: 'LAW',
    confidence: 'V-full',
    articleUnverified: false,
    inForceSince: '2024-01-01',
    source: '§9; §12 R36',
  },
] as const satisfies readonly Citation[];
