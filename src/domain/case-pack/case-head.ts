/**
 * The case head: the one value a borrower keeps to fix the whole case in time (docs/case-pack.md, "What the head
 * covers"). The chain head seals the entries, amendments, hides and attachments; the findings and deadlines also
 * depend on the time zone, the debts and their dates and the borrower's numbers, which live in case.json's other
 * top-level fields. The case head is SHA-256 of the RFC 8785 canonical JSON of
 * `{ "caseHeader": <case.json without "entries">, "chainHead": <hex> }`, so changing any of those fields, or any
 * sealed record, gives another head.
 *
 * Why a head over the chain plus a header rather than a new kind of chain record: the device chain stays exactly
 * as it was (append-only, nothing added to stores that exist), every pack made before still verifies with the
 * chain head it was exported with, and verifiers that know only the four record kinds still read new packs. The
 * header is hashed as the whole parsed object, so fields added to debts or the case later are covered without a
 * change here.
 */
import { canonicalBytes } from '../evidence/canonical-json.ts';
import type { Hasher, Sha256Hex } from '../shared/ports.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** case.json's top-level fields except `entries`, as parsed (unknown fields included). */
function caseHeaderOf(caseJson: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(caseJson).filter(([key]) => key !== 'entries'));
}

/** The case head over case.json's text (as written to the pack) and the chain head; null if not JSON. */
export async function caseHeadOf(
  chainHead: string,
  caseJsonText: string,
  hasher: Hasher,
): Promise<Sha256Hex | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(caseJsonText);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const bytes = canonicalBytes({ caseHeader: caseHeaderOf(parsed), chainHead });
  return bytes.ok ? hasher.sha256(bytes.value) : null;
}

/** What a pack's head covers: packs made before the case head existed carry only the chain head. */
export type HeadCoverage = 'case' | 'entries-only';

/**
 * The head a pack states and what it covers, read from manifest.json's text (null head when it has neither of the
 * documented shape). This is the value `youju verify --head` compares and the report and README print.
 */
export function packHeadOf(manifestJson: string | null | undefined): {
  readonly head: string | null;
  readonly covers: HeadCoverage | null;
} {
  let raw: unknown;
  try {
    raw = JSON.parse(manifestJson ?? '');
  } catch {
    return { head: null, covers: null };
  }
  const hex = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
  if (!isObject(raw)) return { head: null, covers: null };
  if (raw.caseHead !== undefined)
    return hex(raw.caseHead) ? { head: raw.caseHead, covers: 'case' } : { head: null, covers: null };
  const chainHead = isObject(raw.chain) ? raw.chain.head : undefined;
  return hex(chainHead) ? { head: chainHead, covers: 'entries-only' } : { head: null, covers: null };
}
