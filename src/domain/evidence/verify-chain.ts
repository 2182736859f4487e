import type { Hasher, Sha256Hex } from '../shared/ports.ts';
import { isSha256Hex } from '../shared/ports.ts';
import { CHAIN_RECORD_KINDS, GENESIS, linkHashOf, recordHashOf, type ChainLink } from './chain.ts';

/** What can be wrong with a chain, as codes (the UI and the CLI word them). */
export const CHAIN_PROBLEM_CODES = [
  'malformed-link',
  'seq-gap',
  'prev-mismatch',
  'link-hash-mismatch',
  'record-missing',
  'record-changed',
  'record-not-sealed',
  'head-mismatch',
] as const;
export type ChainProblemCode = (typeof CHAIN_PROBLEM_CODES)[number];

interface ChainProblem {
  readonly code: ChainProblemCode;
  /** Position in the list of links as given; null for problems about records or the head. */
  readonly index: number | null;
  readonly recordId?: string;
}

export type ChainVerdict =
  | { readonly ok: true; readonly head: Sha256Hex; readonly length: number }
  | { readonly ok: false; readonly firstBroken: ChainProblem; readonly problems: readonly ChainProblem[] };

interface VerifyInput {
  readonly links: readonly unknown[];
  /** The sealed records by `${kind}:${recordId}`; every link must find its record and every record its link. */
  readonly records: ReadonlyMap<string, unknown>;
  /** The head the exporter claimed (e.g. in a pack's manifest); checked when given. */
  readonly expectedHead?: string;
}

export const recordKey = (kind: string, recordId: string): string => `${kind}:${recordId}`;

function isLink(value: unknown): value is ChainLink {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(v.seq) &&
    typeof v.kind === 'string' &&
    (CHAIN_RECORD_KINDS as readonly string[]).includes(v.kind) &&
    typeof v.recordId === 'string' &&
    isSha256Hex(v.recordHash) &&
    isSha256Hex(v.prev) &&
    isSha256Hex(v.hash)
  );
}

/**
 * Walks the links in order and reports every problem, the first one named separately: the first broken link is
 * what a person checking a pack needs to see. Pure apart from the hashing port.
 */
export async function verifyChain(input: VerifyInput, hasher: Hasher): Promise<ChainVerdict> {
  const problems: ChainProblem[] = [];
  const sealed = new Set<string>();
  let prevHash: string = GENESIS;
  for (const [index, link] of input.links.entries()) {
    if (!isLink(link)) {
      problems.push({ code: 'malformed-link', index });
      prevHash = '';
      continue;
    }
    const key = recordKey(link.kind, link.recordId);
    sealed.add(key);
    if (link.seq !== index) problems.push({ code: 'seq-gap', index, recordId: link.recordId });
    if (link.prev !== prevHash) problems.push({ code: 'prev-mismatch', index, recordId: link.recordId });
    if ((await linkHashOf(link, hasher)) !== link.hash) {
      problems.push({ code: 'link-hash-mismatch', index, recordId: link.recordId });
    }
    if (!input.records.has(key)) {
      problems.push({ code: 'record-missing', index, recordId: link.recordId });
    } else {
      const actual = await recordHashOf(input.records.get(key), hasher);
      if (!actual.ok || actual.value !== link.recordHash) {
        problems.push({ code: 'record-changed', index, recordId: link.recordId });
      }
    }
    prevHash = link.hash;
  }
  for (const key of input.records.keys()) {
    if (!sealed.has(key)) {
      problems.push({ code: 'record-not-sealed', index: null, recordId: key.slice(key.indexOf(':') + 1) });
    }
  }
  const last = input.links.at(-1);
  const head = isLink(last) ? last.hash : GENESIS;
  if (input.expectedHead !== undefined && input.expectedHead !== head) {
    problems.push({ code: 'head-mismatch', index: null });
  }
  const [first] = problems;
  if (first) return { ok: false, firstBroken: first, problems };
  return { ok: true, head, length: input.links.length };
}
