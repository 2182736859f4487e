/**
 * The points shown beside a letter, by template id: what to check before sending it and where else to turn. Each
 * point cites the sheet rows it states (legal-facts.md §16; docs/legal-sources.md maps them); the words live in
 * locales/<lang>/letters.json under `guidance`.
 */
import type { CitationId } from '../../domain/citations/citations.ts';

export interface GuidanceItem {
  readonly key:
    | 'guidance.dataRights.cac'
    | 'guidance.dataRights.miit'
    | 'guidance.dataRights.police'
    | 'guidance.dataRights.penalty'
    | 'guidance.notBorrower.fit'
    | 'guidance.notBorrower.spouse'
    | 'guidance.notBorrower.heir'
    | 'guidance.notBorrower.log'
    | 'guidance.impostor.dontConfirm'
    | 'guidance.impostor.police'
    | 'guidance.impostor.credit'
    | 'guidance.impostor.pboc'
    | 'guidance.payoff.records'
    | 'guidance.payoff.noDeadline'
    | 'guidance.payoff.credit'
    | 'guidance.setoff.law'
    | 'guidance.setoff.unsettled'
    | 'guidance.setoff.complain'
    | 'guidance.lending.notProtected'
    | 'guidance.lending.evidence'
    | 'guidance.lending.report'
    | 'guidance.lending.crime'
    | 'guidance.lending.taolu';
  readonly citationIds: readonly CitationId[];
  /** Numbers to call, only where the sheet names them for this situation. */
  readonly tel?: readonly string[];
  /** The sheet marks the point itself as an inference or unverified, whatever its sources' confidence. */
  readonly unverified?: boolean;
}

export const GUIDANCE: Readonly<Record<string, readonly GuidanceItem[]>> = {
  // R100–R101: the local 网信办 (PIPL 65), 12377 and 12321 as the 2025 pages describe them, 110 when data is sold
  // or published (刑法 253-1); penalties up to suspending the app (PIPL 66).
  'data-rights': [
    { key: 'guidance.dataRights.cac', citationIds: ['pipl-65', 'pi-report-channels'], tel: ['12377'] },
    { key: 'guidance.dataRights.miit', citationIds: ['pi-report-channels'], tel: ['12321'] },
    { key: 'guidance.dataRights.police', citationIds: ['xingfa-253-1'], tel: ['110'] },
    { key: 'guidance.dataRights.penalty', citationIds: ['pipl-66'] },
  ],
  // R91–R95: a contact owes nothing without a written guarantee; spouses only for joint debts; heirs up to the
  // estate; collectors may not pursue unrelated third parties.
  'not-the-borrower': [
    { key: 'guidance.notBorrower.fit', citationIds: ['minfadian-465', 'minfadian-685-687'] },
    {
      key: 'guidance.notBorrower.spouse',
      citationIds: ['minfadian-1064', 'falv-yuanzhu-2021'],
      tel: ['12348'],
    },
    { key: 'guidance.notBorrower.heir', citationIds: ['minfadian-1161'] },
    { key: 'guidance.notBorrower.log', citationIds: ['minfadian-1033-1'], tel: ['12378'] },
  ],
  // R117 (the application to an impostor is an inference) and R118: police, the written dispute, the credit
  // objection answered in 20 days, the PBOC branch in 30 days.
  'impostor-loan': [
    { key: 'guidance.impostor.dontConfirm', citationIds: ['minfadian-171'], unverified: true },
    {
      key: 'guidance.impostor.police',
      citationIds: ['xingfa-280-1', 'xingfa-266', 'xingfa-193'],
      tel: ['110'],
    },
    { key: 'guidance.impostor.credit', citationIds: ['zhengxin-25'] },
    { key: 'guidance.impostor.pboc', citationIds: ['zhengxin-26'], tel: ['12363', '12378'] },
  ],
  // R119: no rule sets a deadline for a 结清证明 (unverified); the credit objection and the 5-year period.
  'settlement-certificate': [
    { key: 'guidance.payoff.records', citationIds: ['minfadian-557-558'] },
    { key: 'guidance.payoff.noDeadline', citationIds: ['minfadian-557-558'], unverified: true },
    { key: 'guidance.payoff.credit', citationIds: ['zhengxin-25', 'zhengxin-16'] },
  ],
  // R115 (setoff by notice) and R116 (no wage exemption found for a bank's own setoff: unverified; never promise).
  'salary-setoff': [
    { key: 'guidance.setoff.law', citationIds: ['minfadian-568'] },
    { key: 'guidance.setoff.unsettled', citationIds: ['minsufa-2023-250-266'], unverified: true },
    { key: 'guidance.setoff.complain', citationIds: ['minfadian-568'], tel: ['12378'] },
  ],
  // R111–R114, beside the cost check: what private lending rules do not protect, what to keep, where to report,
  // and what 套路贷 looks like. Licensed lenders fall outside the private-lending rules (R113).
  'illegal-lending': [
    {
      key: 'guidance.lending.notProtected',
      citationIds: ['spc-private-lending-1', 'spc-private-lending-25', 'spc-private-lending-13'],
      tel: ['12348'],
    },
    {
      key: 'guidance.lending.evidence',
      citationIds: ['minfadian-670', 'spc-private-lending-25', 'spc-private-lending-13'],
    },
    {
      key: 'guidance.lending.report',
      citationIds: ['illegal-lending-opinion-2019', 'taolu-opinion-2019'],
      tel: ['110'],
    },
    { key: 'guidance.lending.crime', citationIds: ['xingfa-225', 'illegal-lending-opinion-2019'] },
    { key: 'guidance.lending.taolu', citationIds: ['taolu-opinion-2019', 'xingfa-266', 'xingfa-274'] },
  ],
};
