/**
 * The evidence chain: every saved entry, amendment, hiding and attachment is sealed, in order, into one
 * append-only list of links. Each link commits to the hash of the record's canonical JSON and to the link before
 * it, so changing, removing, inserting or reordering anything after the fact breaks every later link
 * (STYLE.md §2.5; legal-facts.md §9 on electronic data and hash verification).
 */
import type { Hasher, Sha256Hex } from '../shared/ports.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { canonicalBytes, type CanonicalJsonError } from './canonical-json.ts';

export const CHAIN_RECORD_KINDS = ['entry', 'amendment', 'hide', 'attachment'] as const;
export type ChainRecordKind = (typeof CHAIN_RECORD_KINDS)[number];

/** The `prev` of the first link: 64 zeros, so every link has the same shape. */
export const GENESIS = '0'.repeat(64) as Sha256Hex;

export interface ChainLink {
  /** 0, 1, 2 … with no gaps. */
  readonly seq: number;
  readonly kind: ChainRecordKind;
  /** Id of the sealed record (entry id, amendment id, attachment sha256 …). */
  readonly recordId: string;
  /** SHA-256 of the record's canonical JSON. */
  readonly recordHash: Sha256Hex;
  /** `hash` of the previous link, or GENESIS. */
  readonly prev: Sha256Hex;
  /** SHA-256 of the canonical JSON of { seq, kind, recordId, recordHash, prev }. */
  readonly hash: Sha256Hex;
}

type LinkBody = Omit<ChainLink, 'hash'>;

async function hashOf(value: unknown, hasher: Hasher): Promise<Result<Sha256Hex, CanonicalJsonError>> {
  const bytes = canonicalBytes(value);
  return bytes.ok ? ok(await hasher.sha256(bytes.value)) : bytes;
}

export const recordHashOf = hashOf;

export async function linkHashOf(body: LinkBody, hasher: Hasher): Promise<Sha256Hex> {
  const { seq, kind, recordId, recordHash, prev } = body;
  const bytes = canonicalBytes({ seq, kind, recordId, recordHash, prev });
  // Every field is a string or a safe integer, which always canonicalizes.
  if (!bytes.ok) throw new Error('unreachable: link body not canonicalizable');
  return hasher.sha256(bytes.value);
}

/** The link that seals `record` after `head` (null for an empty chain). */
export async function sealRecord(
  head: ChainLink | null,
  kind: ChainRecordKind,
  recordId: string,
  record: unknown,
  hasher: Hasher,
): Promise<Result<ChainLink, CanonicalJsonError>> {
  const recordHash = await hashOf(record, hasher);
  if (!recordHash.ok) return err(recordHash.errors);
  const body: LinkBody = {
    seq: head ? head.seq + 1 : 0,
    kind,
    recordId,
    recordHash: recordHash.value,
    prev: head ? head.hash : GENESIS,
  };
  return ok({ ...body, hash: await linkHashOf(body, hasher) });
}
