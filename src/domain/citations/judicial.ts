import type { Citation } from './citation.ts';
import { LIMITATION, MINSUFA_INTERP, OVERDRAFT_2018, PRIVATE_LENDING } from './instruments.ts';

const PI_2017 = {
  zh: '最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释',
  en: "SPC/SPP Interpretation on Criminal Cases of Infringing Citizens' Personal Information (2017)",
} as const;
const BANK_CARD = {
  zh: '最高人民法院关于审理银行卡民事纠纷案件若干问题的规定',
  en: 'SPC Provisions on Civil Disputes over Bank Cards',
} as const;
const EVIDENCE = {
  zh: '最高人民法院关于民事诉讼证据的若干规定',
  en: 'SPC Provisions on Evidence in Civil Proceedings (2019 revision)',
} as const;
const FAFA_2017_22 = {
  zh: '最高人民法院关于进一步加强金融审判工作的若干意见（法发〔2017〕22号）',
  en: 'SPC Opinions on Further Strengthening Financial Adjudication (Fa Fa [2017] No. 22)',
} as const;

const ji = <I extends string>(
  id: I,
  instrument: Citation['instrument'],
  article: string | null,
  source: string,
  inForceSince?: string,
) =>
  ({
    id,
    instrument,
    article,
    binding: 'JI',
    confidence: 'V-full',
    articleUnverified: false,
    ...(inForceSince === undefined ? {} : { inForceSince }),
    source,
  }) as const;

/** Judicial interpretations (JI, all V-full) and one piece of court guidance; legal-facts.md §2, §4, §7, §9. */
export const JUDICIAL_CITATIONS = [
  ji('spc-pi-2017-3', PI_2017, '3', '§2 Art. 253-1; §12 R13'),
  ji('spc-pi-2017-5', PI_2017, '5', '§2 Art. 253-1; §12 R13'),
  ji('spc-overdraft-2018', OVERDRAFT_2018, null, '§2 Art. 196; §12 R30', '2018-12-01'),
  ji('spc-limitation-8', LIMITATION, '8', '§4 limitation; §12 R44'),
  ji('spc-bankcard-2', BANK_CARD, '2', '§4 limitation; §7(c); §12 R48', '2021-05-25'),
  ji('spc-bankcard-3', BANK_CARD, '3', '§4 limitation; §12 R44', '2021-05-25'),
  ji('spc-private-lending-25', PRIVATE_LENDING, '25', '§7(a); §12 R47'),
  ji('spc-private-lending-26', PRIVATE_LENDING, '26', '§7(a); §12 R46'),
  ji('spc-private-lending-28', PRIVATE_LENDING, '28', '§7(a); §12 R47'),
  ji('spc-private-lending-29', PRIVATE_LENDING, '29', '§7(a); §12 R47'),
  ji('spc-minsufa-interp-106', MINSUFA_INTERP, '106', '§9 evidence; §12 R51', '2022-04-10'),
  ji('spc-evidence-14', EVIDENCE, '14', '§9 evidence; §12 R51'),
  ji('spc-evidence-15', EVIDENCE, '15', '§9 evidence; §12 R51'),
  ji('spc-evidence-90', EVIDENCE, '90', '§9 evidence; §12 R51'),
  ji('spc-evidence-93', EVIDENCE, '93', '§9 evidence; §12 R51'),
  {
    // Table B labels it "court guidance", confidence R (§7(c), §14 item 5: wording still to be confirmed).
    id: 'fafa-2017-22-2',
    instrument: FAFA_2017_22,
    article: '2',
    binding: 'court-guidance',
    confidence: 'R',
    articleUnverified: true,
    source: '§7(c); §12 R48; §13',
  },
] as const satisfies readonly Citation[];
