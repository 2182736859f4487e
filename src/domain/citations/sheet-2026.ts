import type { BindingForce, Citation, Confidence } from './citation.ts';
import { MINSUFA_2023, MINSUFA_INTERP, ZHIAN_2025 } from './instruments.ts';

/**
 * Court procedure, arbitration and mediation sources added to legal-facts.md in 2026-12 (its §16, rows R52–R80 and
 * R102–R108). Numbers are copied as the sheet writes them; see docs/legal-sources.md for the list of instruments.
 */

const PRESERVATION = {
  zh: '最高人民法院关于人民法院办理财产保全案件若干问题的规定（2020修正）',
  en: 'SPC Provisions on Property Preservation Cases (2020 amendment)',
} as const;
const ENFORCEMENT_OBJECTION = {
  zh: '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定（2020修正）',
  en: 'SPC Provisions on Enforcement Objection and Review Cases (2020 amendment)',
} as const;
const ONLINE_LITIGATION = {
  zh: '人民法院在线诉讼规则',
  en: "Online Litigation Rules of the People's Courts (2021)",
} as const;
const COURT_POST = {
  zh: '最高人民法院关于以法院专递方式邮寄送达民事诉讼文书的若干规定',
  en: 'SPC Provisions on Serving Civil Litigation Documents by Court Express Mail (2004)',
} as const;
const INVITED_MEDIATION = {
  zh: '最高人民法院关于人民法院特邀调解的规定',
  en: 'SPC Provisions on Court-Invited Mediation (2016)',
} as const;
const ONLINE_MEDIATION = {
  zh: '人民法院在线调解规则',
  en: "Online Mediation Rules of the People's Courts (2021)",
} as const;
const ARBITRATION_ENFORCEMENT = {
  zh: '最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定',
  en: 'SPC Provisions on Enforcement of Arbitral Awards (2018)',
} as const;
const ADVANCE_ARBITRATION = {
  zh: '最高人民法院关于仲裁机构“先予仲裁”裁决或者调解书立案、执行等法律适用问题的批复（法释〔2018〕10号）',
  en: 'SPC Reply on Filing and Enforcing "Advance Arbitration" Awards or Mediation Statements (Fa Shi [2018] No. 10)',
} as const;
const PEOPLES_MEDIATION = {
  zh: '中华人民共和国人民调解法',
  en: "People's Mediation Law of the PRC",
} as const;
const ARBITRATION_2025 = {
  zh: '中华人民共和国仲裁法（2025修订）',
  en: 'Arbitration Law of the PRC (2025 revision)',
} as const;
const ARBITRATION_2017 = {
  zh: '中华人民共和国仲裁法（2017修正）',
  en: 'Arbitration Law of the PRC (2017 amendment)',
} as const;
const COURT_MESSAGE_PRACTICE = {
  zh: '法院诉讼服务公告与实务（12368 诉讼服务热线、人民法院送达平台）',
  en: "Court notices and litigation-service practice (the 12368 hotline, the People's Courts service platform)",
} as const;
const MEDIATION_PRACTICE = {
  zh: '调解核实实务（律师事务所与消费者服务页面）',
  en: 'Practice on checking mediation notices (law-firm and consumer pages)',
} as const;

type Extra = Partial<
  Pick<
    Citation,
    'inForceSince' | 'issuedOn' | 'supersededOn' | 'supersedes' | 'pinpoint' | 'articleUnverified'
  >
>;

/** One citation record as the sheet gives it; `extra` carries dates and doubts where the row names them. */
export const cite = <I extends string, B extends BindingForce, C extends Confidence>(
  id: I,
  instrument: Citation['instrument'],
  article: string | null,
  binding: B,
  confidence: C,
  source: string,
  extra: Extra = {},
) => ({ id, instrument, article, binding, confidence, articleUnverified: false, source, ...extra }) as const;

const minsufa = <I extends string>(id: I, article: string, source: string) =>
  cite(id, MINSUFA_2023, article, 'LAW', 'V-full', source, { inForceSince: '2024-01-01' });

const interp = <I extends string>(id: I, article: string, source: string) =>
  cite(id, MINSUFA_INTERP, article, 'JI', 'V-full', source, { inForceSince: '2022-04-10' });

export const PROCEDURE_2026_CITATIONS = [
  // R71–R73: service.
  minsufa('minsufa-2023-90', '90', '§16 R71'),
  minsufa('minsufa-2023-95', '95', '§16 R72'),
  // R57: preservation and its review.
  minsufa('minsufa-2023-108', '108', '§16 R57'),
  minsufa('minsufa-2023-111', '111', '§16 R57'),
  // R65–R66: sanctions at the enforcement stage.
  minsufa('minsufa-2023-114', '114(6)', '§16 R66'),
  minsufa('minsufa-2023-118', '118', '§16 R65'),
  // R56: which rulings can be appealed.
  minsufa('minsufa-2023-157', '157 para 2', '§16 R56'),
  // R76: simple procedure.
  minsufa('minsufa-2023-160-164', '160, 163, 164', '§16 R76'),
  // R79: cases excluded from small claims, and the objection to the procedure.
  minsufa('minsufa-2023-166', '166', '§16 R79'),
  minsufa('minsufa-2023-169', '169 para 2', '§16 R79'),
  // R80: retrial.
  minsufa('minsufa-2023-211', '211', '§16 R80'),
  minsufa('minsufa-2023-216', '216', '§16 R80'),
  // R54: a valid objection ends the payment-order procedure.
  minsufa('minsufa-2023-228', '228', '§16 R54'),
  // R58–R59: objections at the enforcement stage.
  minsufa('minsufa-2023-236', '236', '§16 R58'),
  minsufa('minsufa-2023-238', '238', '§16 R59'),
  // R107: resisting enforcement of an arbitral award.
  minsufa('minsufa-2023-248', '248 para 2', '§16 R107'),
  // R65: the duty to report property.
  minsufa('minsufa-2023-252', '252', '§16 R65'),
  // R116 and the §16 item 4 app note: necessary living expenses are left in enforcement.
  minsufa('minsufa-2023-254-255', '254–255', '§16 R116; §16 item 4'),

  interp('spc-minsufa-interp-135', '135 para 2', '§16 R71'),
  interp('spc-minsufa-interp-171', '171', '§16 R57'),
  interp('spc-minsufa-interp-258-266', '258, 266', '§16 R76'),
  interp('spc-minsufa-interp-261', '261', '§16 R74'),
  interp('spc-minsufa-interp-271-272', '271–272', '§16 R77'),
  interp('spc-minsufa-interp-274-275', '274–275', '§16 R78'),
  interp('spc-minsufa-interp-276-277', '276–277', '§16 R56'),
  interp('spc-minsufa-interp-278-279', '278–279', '§16 R79'),
  interp('spc-minsufa-interp-424', '424', '§16 R80'),
  interp('spc-minsufa-interp-431', '431', '§16 R55'),
  interp('spc-minsufa-interp-432-434', '432, 434', '§16 R55'),
  interp('spc-minsufa-interp-435', '435', '§16 R54'),
  interp('spc-minsufa-interp-436', '436', '§16 R53'),
  interp('spc-minsufa-interp-438-439', '438–439', '§16 R54'),
  interp('spc-minsufa-interp-479', '479', '§16 R107'),

  cite('spc-preservation-25', PRESERVATION, '25', 'JI', 'V-full', '§16 R57'),
  cite('spc-enforcement-objection-6', ENFORCEMENT_OBJECTION, '6', 'JI', 'V-full', '§16 R58–R59'),
  cite('spc-enforcement-objection-9', ENFORCEMENT_OBJECTION, '9', 'JI', 'V-full', '§16 R60'),
  cite('spc-online-litigation-29-31', ONLINE_LITIGATION, '29, 31', 'JI', 'V-full', '§16 R71'),
  cite('spc-court-post-2-11', COURT_POST, '2, 11', 'JI', 'V-full', '§16 R73'),
  cite('spc-invited-mediation-2016', INVITED_MEDIATION, '1, 11, 21, 27, 29', 'JI', 'V-full', '§16 R102–R103'),
  cite('spc-online-mediation-5', ONLINE_MEDIATION, '5 para 2', 'JI', 'V-full', '§16 R103'),
  cite('spc-arbitration-enforcement-8', ARBITRATION_ENFORCEMENT, '8', 'JI', 'V-full', '§16 R107'),
  cite('spc-advance-arbitration-2018', ADVANCE_ARBITRATION, null, 'JI', 'V-sec', '§16 R108', {
    inForceSince: '2018-06-12',
  }),
  cite('renmin-tiaojie-4', PEOPLES_MEDIATION, '4', 'LAW', 'V-full', '§16 R103'),
  // §16 R105–R106: the 2025 text was seen only through secondary sources; the grounds article is not verified.
  cite('zhongcaifa-2025-11', ARBITRATION_2025, '11', 'LAW', 'V-sec', '§16 R105', {
    inForceSince: '2026-03-01',
  }),
  cite('zhongcaifa-2025-72', ARBITRATION_2025, '72', 'LAW', 'V-sec', '§16 R106', {
    inForceSince: '2026-03-01',
  }),
  cite('zhongcaifa-2017-58', ARBITRATION_2017, '58', 'LAW', 'V-full', '§16 R106'),
  // R75 and R104 rest on court notices and practice pages, not on a rule: binding 'practice'.
  cite('court-message-check-practice', COURT_MESSAGE_PRACTICE, null, 'practice', 'V-sec', '§16 R75'),
  cite('mediation-check-practice', MEDIATION_PRACTICE, null, 'practice', 'V-sec', '§16 R104'),
  {
    // §16 R87 and the corrections table (R07): the 2012 wording of Art. 42(1) is V-full; the 2025 item (1) was not
    // seen in full, so its wording is "as reported" until the official text is checked.
    id: 'zhian-2025-50-1-1',
    instrument: ZHIAN_2025,
    article: '50(1)(1)',
    binding: 'LAW',
    confidence: 'unverified',
    articleUnverified: false,
    inForceSince: '2026-01-01',
    supersedes: ['zhian-2012-42-1'],
    source: '§16 R87; §16 corrections table (2025 Art. 50(1)(1) wording as reported)',
  },
] as const satisfies readonly Citation[];
