/**
 * What `youju verify` prints for a pack that could be read, as data: { ok, head, notice?, problems }, with a
 * `head-differs` problem when a head kept elsewhere was given and the pack's is another (docs/case-pack.md). The
 * CLI and verify.html (the page inside every pack) both print this, so their verdicts cannot drift apart.
 */
import { packHeadOf } from './case-head.ts';
import type { PackProblem, PackVerdict } from './check-pack.ts';
import { MANIFEST_PATH } from './manifest.ts';

interface PackReport {
  readonly ok: boolean;
  readonly head: string | null;
  /** A pack made before the case head existed: its head seals the records, not the time zone, debts or borrower. */
  readonly notice?: 'head-covers-entries-only';
  readonly problems: readonly (PackProblem | { readonly file: string; readonly code: 'head-differs' })[];
}

/** `expectedHead`: a head kept elsewhere, lower-case hex, or undefined when none was given. */
export function packReport(
  verdict: PackVerdict,
  manifestJson: string | null | undefined,
  expectedHead: string | undefined,
): PackReport {
  const { head, covers } = packHeadOf(manifestJson);
  const problems =
    expectedHead === undefined || expectedHead === head
      ? verdict.problems
      : [...verdict.problems, { file: MANIFEST_PATH, code: 'head-differs' as const }];
  const notice = covers === 'entries-only' ? { notice: 'head-covers-entries-only' as const } : {};
  return { ok: problems.length === 0, head, ...notice, problems };
}

/** What a reader that could not open the zip reports, naming the file (or the entry) concerned. */
export const unreadableReport = (file: string, code: string) => ({
  ok: false,
  head: null,
  problems: [{ file, code }],
});
