// Reads the app's IndexedDB from inside the page (raw IndexedDB, no app code) so that specs can check what was
// really stored: rows, the hash chain, and whether a stored recording decodes.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { gotoTab } from './app.ts';
import type { Hasher, Sha256Hex } from '../../../src/domain/shared/ports.ts';
import { recordKey, verifyChain, type ChainVerdict } from '../../../src/domain/evidence/verify-chain.ts';

/** Every row of one object store of the `youju` database; Blob fields come back as { blobSize, blobType }. */
export async function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('youju');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name, 'readonly').objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error ?? new Error('read failed'));
      });
      return rows.map((row) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
          out[k] = v instanceof Blob ? { blobSize: v.size, blobType: v.type } : v;
        }
        return out;
      });
    } finally {
      db.close();
    }
  }, store);
}

export interface DecodedMedia {
  readonly size: number;
  readonly sha256: string;
  /** Seconds of audio Chromium decoded from the stored bytes; null if it could not decode them. */
  readonly duration: number | null;
  readonly error?: string;
}

/** Joins the stored 1 MiB chunks of one attachment, hashes them and decodes them as audio, inside the page. */
export async function decodeStoredAudio(page: Page, sha256: string): Promise<DecodedMedia> {
  return page.evaluate(async (sha) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('youju');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const chunks = await new Promise<{ sha256: string; index: number; blob: Blob }[]>((resolve, reject) => {
      const req = db.transaction('mediaChunks', 'readonly').objectStore('mediaChunks').getAll();
      req.onsuccess = () => resolve(req.result as { sha256: string; index: number; blob: Blob }[]);
      req.onerror = () => reject(req.error ?? new Error('read failed'));
    });
    db.close();
    const mine = chunks.filter((c) => c.sha256 === sha).sort((a, b) => a.index - b.index);
    const bytes = await new Blob(mine.map((c) => c.blob)).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    try {
      const ctx = new OfflineAudioContext(1, 1, 48_000);
      const audio = await ctx.decodeAudioData(bytes.slice(0));
      return { size: bytes.byteLength, sha256: hex, duration: audio.duration };
    } catch (error) {
      return { size: bytes.byteLength, sha256: hex, duration: null, error: String(error) };
    }
  }, sha256);
}

const nodeHasher: Hasher = {
  sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex') as Sha256Hex),
};

export interface StoredChain {
  readonly rows: readonly { seq: number; kind: string; recordId: string; hash: string; record: unknown }[];
  readonly verdict: ChainVerdict;
}

/** The stored chain, checked in Node by the domain's verifyChain (an independent hasher from the app's). */
export async function verifyStoredChainFromPage(page: Page): Promise<StoredChain> {
  const rows = (await readStore(page, 'chain'))
    .map((r) => r as unknown as StoredChain['rows'][number])
    .sort((a, b) => a.seq - b.seq);
  const links = rows.map((r) => ({
    seq: r.seq,
    kind: r.kind,
    recordId: r.recordId,
    recordHash: (r as { recordHash?: unknown }).recordHash,
    prev: (r as { prev?: unknown }).prev,
    hash: r.hash,
  }));
  const records = new Map(rows.map((r) => [recordKey(r.kind, r.recordId), r.record]));
  return { rows, verdict: await verifyChain({ links, records }, nodeHasher) };
}

/** The timeline's entry ids, sorted: what a restore must bring back. */
export async function timelineIds(page: Page, origin: string): Promise<string[]> {
  await page.goto(`${origin}/#/log`);
  await page.getByTestId('log-row').first().waitFor();
  const ids = await page
    .getByTestId('log-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry-id') ?? ''));
  return ids.sort();
}

/** The chain head My data shows (full hash). */
export async function chainHeadOf(page: Page): Promise<string> {
  await gotoTab(page, 'my-data');
  return (await page.getByTestId('chain-head').getAttribute('data-hash')) ?? '';
}
