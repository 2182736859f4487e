/**
 * A legal source as data. Every record comes from the project's legal fact sheet, legal-facts.md (the "sheet";
 * docs/legal-sources.md lists its instruments); `source` names the section it was taken from so a reviewer can
 * check it. Numbers are copied as the sheet writes them.
 */

/**
 * Binding-force labels of the sheet (§0). 'court-guidance' is used only where the sheet itself labels a source
 * that way (法发〔2017〕22号, Table B; the 2019 good-faith enforcement opinion). 'practice' marks a point that
 * rests on court notices or practice pages rather than on a rule (how to check a court message or a mediation
 * notice): it never makes anything "illegal". 'judicial-opinion' is the sheet's label for the joint opinions of the
 * courts, procuratorate and police ministries on illegal lending and 套路贷 (§16 R111, R112): they guide how cases
 * are prosecuted and are not judicial interpretations, so they never make anything "illegal" on their own.
 */
export const BINDING_FORCES = [
  'LAW',
  'JI',
  'AR',
  'DR',
  'RND',
  'GB/T',
  'SRO',
  'court-guidance',
  'judicial-opinion',
  'practice',
] as const;
export type BindingForce = (typeof BINDING_FORCES)[number];

/**
 * Confidence tags of the sheet (§0). The rows added in 2026-12 use 'single-source' and 'unverified' where the
 * earlier rows used 'R' (recalled, not checked).
 */
export const CONFIDENCES = ['V-full', 'V-sec', 'R', 'single-source', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Confidences the app shows with a visible "unverified" mark. */
export const isUnverifiedConfidence = (c: Confidence): boolean =>
  c === 'R' || c === 'single-source' || c === 'unverified';

/** YYYY-MM-DD. */
export type CalendarDay = string;

export interface Citation {
  readonly id: string;
  readonly instrument: { readonly zh: string; readonly en: string };
  /** As the sheet writes it ("245", "293-1(1)", "50(1)"); null when the sheet gives no number. */
  readonly article: string | null;
  /** A position inside an instrument that has no verified article number (e.g. "item 4" of a list). */
  readonly pinpoint?: string;
  readonly binding: BindingForce;
  /** Set where the sheet gives two labels for one document (小额贷款公司监督管理暂行办法: "RND/DR"). */
  readonly bindingAlt?: BindingForce;
  readonly confidence: Confidence;
  /** The sheet says the article or clause number is unverified (or gives none and asks for it to be checked). */
  readonly articleUnverified: boolean;
  /** Day the text took effect, when the sheet gives it. */
  readonly inForceSince?: CalendarDay;
  /** Day the text was issued or published, when the sheet gives that but no in-force day. */
  readonly issuedOn?: CalendarDay;
  /** First day on which a later version applies instead (治安管理处罚法 2012 → 2025 revision). */
  readonly supersededOn?: CalendarDay;
  /** The earlier versions this one replaces from `inForceSince` on. */
  readonly supersedes?: readonly string[];
  /** Where in legal-facts.md this record comes from, e.g. '§2', '§12 R05'. */
  readonly source: string;
}

/**
 * The app says "illegal / 违法" only for statutes, judicial interpretations and State Council regulations
 * (legal-facts.md §0: "reserve 'illegal' for LAW, JI and AR"); for everything else it says regulators or industry
 * rules prohibit the conduct.
 */
export const isIllegalForce = (force: BindingForce): boolean =>
  force === 'LAW' || force === 'JI' || force === 'AR';

/** Departmental rules and regulatory notices: "regulators prohibit". */
export const isRegulatorForce = (force: BindingForce): boolean => force === 'DR' || force === 'RND';
