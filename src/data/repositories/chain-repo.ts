/**
 * The evidence chain in storage. Every write that seals records follows one pattern:
 * 1. read the head, 2. hash and seal the records OUTSIDE any transaction (SHA-256 is asynchronous and would let an
 * IndexedDB transaction auto-commit), 3. in ONE read-write transaction re-check that the head has not moved, write
 * the chain rows and their effects (entry rows, attachment rows) — or retry from 1 if another writer got there
 * first, 4. read the stored rows back and re-hash them before resolving.
 */
import type { Table } from 'dexie';
import {
  recordHashOf,
  sealRecord,
  linkHashOf,
  type ChainLink,
  type ChainRecordKind,
} from '../../domain/evidence/chain.ts';
import { recordKey, verifyChain, type ChainVerdict } from '../../domain/evidence/verify-chain.ts';
import type { Hasher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import type { ChainRowV2 } from '../schema/v2.ts';
import { RepositoryError } from './repository-error.ts';
import { toRepositoryError } from './storage-errors.ts';

export interface PendingRecord {
  readonly kind: ChainRecordKind;
  readonly recordId: string;
  readonly record: unknown;
}

export type ChainRow = ChainRowV2;

const MAX_ATTEMPTS = 8;

/** Thrown inside the transaction to roll it back when the head moved after the records were sealed. */
class HeadMoved extends Error {
  override readonly name = 'HeadMoved';
}

export const linkOf = (row: ChainRow): ChainLink => {
  const { seq, kind, recordId, recordHash, prev, hash } = row;
  return { seq, kind, recordId, recordHash, prev, hash };
};

/** The last link, or null for an empty chain. */
export async function chainHead(db: YoujuDb): Promise<ChainLink | null> {
  const last = await db.chain.orderBy('seq').last();
  return last ? linkOf(last) : null;
}

/** Every sealed record with its link, in chain order. */
export async function listChain(db: YoujuDb): Promise<ChainRow[]> {
  return db.chain.orderBy('seq').toArray();
}

export async function isSealed(db: YoujuDb, kind: ChainRecordKind, recordId: string): Promise<boolean> {
  return (await db.chain.where('[kind+recordId]').equals([kind, recordId]).count()) > 0;
}

/** Seals `records` in order after `head`; a record JSON cannot carry (NaN, lone surrogates…) is refused. */
async function sealAll(
  head: ChainLink | null,
  records: readonly PendingRecord[],
  hasher: Hasher,
): Promise<ChainRow[]> {
  const rows: ChainRow[] = [];
  let prev = head;
  for (const r of records) {
    const link = await sealRecord(prev, r.kind, r.recordId, r.record, hasher);
    if (!link.ok) throw new RepositoryError('invalid-record', r.recordId);
    rows.push({ ...link.value, record: r.record });
    prev = link.value;
  }
  return rows;
}

interface SealedWrite<T> {
  /** Tables the effects write, besides `chain`. */
  readonly tables: readonly Table[];
  /** Outside any transaction: the records to seal (may read the database). */
  readonly prepare: () => Promise<readonly PendingRecord[]>;
  /** Inside the transaction, before the chain rows are added: validate and write the effects. */
  readonly apply: (rows: readonly ChainRow[]) => Promise<T>;
  /** Start a new chain: the old one is cleared in the same transaction. */
  readonly replace?: boolean;
}

/** One logical sealed write (see the module comment); resolves after the read-back re-hash. */
export async function writeSealed<T>(
  db: YoujuDb,
  hasher: Hasher,
  write: SealedWrite<T>,
): Promise<{ result: T; rows: readonly ChainRow[] }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const head = write.replace ? null : await chainHead(db);
    const records = await write.prepare();
    const rows = await sealAll(head, records, hasher);
    try {
      const result = await db.transaction('rw', [db.chain, ...write.tables], async () => {
        if (write.replace) {
          await db.chain.clear();
        } else {
          const now = await db.chain.orderBy('seq').last();
          if ((now?.hash ?? null) !== (head?.hash ?? null)) throw new HeadMoved();
        }
        const applied = await write.apply(rows);
        await db.chain.bulkAdd(rows);
        return applied;
      });
      await readBack(db, rows, hasher);
      return { result, rows };
    } catch (error) {
      if (error instanceof HeadMoved || (error as { name?: unknown }).name === 'HeadMoved') continue;
      throw toRepositoryError(error);
    }
  }
  throw new RepositoryError('chain-busy');
}

/** Reads the rows just written and re-hashes their records and links: "saved" only for what is really stored. */
async function readBack(db: YoujuDb, rows: readonly ChainRow[], hasher: Hasher): Promise<void> {
  const stored = await db.chain.bulkGet(rows.map((r) => r.seq));
  for (const [i, row] of rows.entries()) {
    const back = stored[i];
    if (!back || back.hash !== row.hash || back.kind !== row.kind || back.recordId !== row.recordId) {
      throw new RepositoryError('read-back-mismatch', String(row.seq));
    }
    const recordHash = await recordHashOf(back.record, hasher);
    const linkHash = await linkHashOf(back, hasher);
    if (!recordHash.ok || recordHash.value !== back.recordHash || linkHash !== back.hash) {
      throw new RepositoryError('read-back-mismatch', String(row.seq));
    }
  }
}

/**
 * Verifies the whole stored chain with the domain verifier (first broken link named). `onProgress(done, total)`
 * counts hashed items: each link's record and the link itself.
 */
export async function verifyStoredChain(
  db: YoujuDb,
  hasher: Hasher,
  onProgress?: (done: number, total: number) => void,
): Promise<ChainVerdict> {
  const rows = await listChain(db);
  const total = rows.length * 2;
  let done = 0;
  const counting: Hasher = {
    async sha256(bytes) {
      const hash = await hasher.sha256(bytes);
      done = Math.min(total, done + 1);
      onProgress?.(done, total);
      return hash;
    },
  };
  const records = new Map(rows.map((r) => [recordKey(r.kind, r.recordId), r.record]));
  return verifyChain({ links: rows.map(linkOf), records }, counting);
}
