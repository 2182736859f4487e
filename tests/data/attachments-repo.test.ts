// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SLICE_BYTES,
  UNSEALED_TTL_MS,
  attachmentBlob,
  discardUnsealedAttachment,
  storeAttachment,
  sweepUnsealedAttachments,
  type StoreProgress,
} from '../../src/data/repositories/attachments-repo.ts';
import { importCaseFile } from '../../src/data/repositories/case-repo.ts';
import { listChain, verifyStoredChain } from '../../src/data/repositories/chain-repo.ts';
import { saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { maintainStorage } from '../../src/data/repositories/maintenance.ts';
import { parseCaseFile } from '../../src/domain/case/parse.ts';
import { sha256OfBlob } from '../../src/platform/hasher.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { call, failNext, profileWithDebt, quotaError } from './evidence-helpers.ts';

afterEach(() => vi.restoreAllMocks());

const IMPORTED = '2026-11-20T10:00:00+08:00';
const NOW = Date.parse(IMPORTED);
const provenance = { name: 'call.m4a', type: 'audio/mp4', importedAt: IMPORTED, source: 'file' as const };
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const options = { hashBlob: sha256OfBlob, now: NOW };

describe('storeAttachment', () => {
  it('stores a 2.5 MiB file in three 1 MiB slices, byte for byte, unsealed, with its provenance', async () => {
    const { db } = await profileWithDebt();
    const bytes = new Uint8Array(randomBytes(Math.floor(2.5 * SLICE_BYTES)));
    const phases: StoreProgress['phase'][] = [];
    const ref = await storeAttachment(db, new Blob([bytes]), provenance, {
      ...options,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(ref).toEqual({ sha256: hex(bytes), size: bytes.length, name: 'call.m4a', type: 'audio/mp4' });
    expect(await db.mediaChunks.count()).toBe(3);
    expect(await db.attachments.get(ref.sha256)).toMatchObject({
      sealed: false,
      chunkCount: 3,
      source: 'file',
      importedAt: IMPORTED,
    });
    expect(new Set(phases)).toEqual(new Set(['hash', 'write', 'verify']));
    const back = await attachmentBlob(db, ref.sha256);
    expect(back.type).toBe('audio/mp4');
    expect(hex(new Uint8Array(await back.arrayBuffer()))).toBe(ref.sha256);
    db.close();
  });

  it('the same bytes stored twice are written once', async () => {
    const { db } = await profileWithDebt();
    const blob = new Blob([new Uint8Array([1, 2, 3])]);
    const first = await storeAttachment(db, blob, provenance, options);
    const put = vi.spyOn(db.mediaChunks, 'put');
    const second = await storeAttachment(db, blob, { ...provenance, name: 'copy.m4a' }, options);
    expect(second.sha256).toBe(first.sha256);
    expect(put).not.toHaveBeenCalled();
    expect(await db.attachments.count()).toBe(1);
    db.close();
  });

  it('cancelled half-way, it removes the slices it wrote and stores no row', async () => {
    const { db } = await profileWithDebt();
    const controller = new AbortController();
    const blob = new Blob([new Uint8Array(randomBytes(3 * SLICE_BYTES))]);
    const storing = storeAttachment(db, blob, provenance, {
      ...options,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'write') controller.abort();
      },
    });
    await expect(storing).rejects.toMatchObject({ code: 'cancelled' });
    expect(await db.mediaChunks.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    db.close();
  });

  it('a quota error on the second slice is reported as quota and leaves no slice behind', async () => {
    const { db } = await profileWithDebt();
    const put = db.mediaChunks.put.bind(db.mediaChunks);
    let calls = 0;
    vi.spyOn(db.mediaChunks, 'put').mockImplementation(((row: never) =>
      ++calls === 2 ? Promise.reject(quotaError()) : put(row)) as typeof db.mediaChunks.put);
    const blob = new Blob([new Uint8Array(randomBytes(2 * SLICE_BYTES))]);
    await expect(storeAttachment(db, blob, provenance, options)).rejects.toMatchObject({ code: 'quota' });
    expect(await db.mediaChunks.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    db.close();
  });

  it('refuses to finish when the bytes read back hash differently, and cleans up', async () => {
    const { db } = await profileWithDebt();
    let n = 0;
    const lying = async (blob: Blob) => (n++ === 0 ? sha256OfBlob(blob) : 'f'.repeat(64)) as never;
    await expect(
      storeAttachment(db, new Blob(['abc']), provenance, { hashBlob: lying }),
    ).rejects.toMatchObject({ code: 'read-back-mismatch' });
    expect(await db.mediaChunks.count()).toBe(0);
    db.close();
  });

  it('refuses provenance without a valid import time or source', async () => {
    const { db } = await profileWithDebt();
    await expect(
      storeAttachment(db, new Blob(['x']), { ...provenance, importedAt: 'today' }, options),
    ).rejects.toMatchObject({ code: 'invalid-attachment', field: 'importedAt' });
    db.close();
  });
});

describe('sealing attachments with their entry', () => {
  it('saveEntry seals the entry, then each attachment it references, and marks them sealed', async () => {
    const { db } = await profileWithDebt();
    const a = await storeAttachment(db, new Blob(['one']), provenance, options);
    const b = await storeAttachment(db, new Blob(['two']), { ...provenance, source: 'camera' }, options);
    await saveEntry(db, call('e1', { attachments: [a, b, a] }), nodeHasher);
    const chain = await listChain(db);
    expect(chain.map((r) => [r.kind, r.recordId])).toEqual([
      ['entry', 'e1'],
      ['attachment', a.sha256],
      ['attachment', b.sha256],
    ]);
    expect(chain[2]?.record).toMatchObject({
      sha256: b.sha256,
      size: 3,
      source: 'camera',
      importedAt: IMPORTED,
    });
    expect((await db.attachments.get(a.sha256))?.sealed).toBe(true);
    await saveEntry(db, call('e2', { attachments: [a] }), nodeHasher);
    expect(await db.chain.count()).toBe(4);
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true, length: 4 });
    db.close();
  });

  it('a quota error while sealing leaves the attachment unsealed and the chain unchanged', async () => {
    const { db } = await profileWithDebt();
    const a = await storeAttachment(db, new Blob(['one']), provenance, options);
    failNext(db.attachments, 'put', quotaError());
    await expect(saveEntry(db, call('e1', { attachments: [a] }), nodeHasher)).rejects.toMatchObject({
      code: 'quota',
    });
    expect(await db.chain.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
    expect((await db.attachments.get(a.sha256))?.sealed).toBe(false);
    db.close();
  });
});

describe('discardUnsealedAttachment', () => {
  it('removes an attachment nothing sealed, and keeps one an entry sealed', async () => {
    const { db } = await profileWithDebt();
    const loose = await storeAttachment(db, new Blob(['loose']), provenance, options);
    const kept = await storeAttachment(db, new Blob(['kept']), provenance, options);
    await saveEntry(db, call('e1', { attachments: [kept] }), nodeHasher);
    expect(await discardUnsealedAttachment(db, loose.sha256)).toBe(true);
    expect(await discardUnsealedAttachment(db, kept.sha256)).toBe(false);
    expect(await db.attachments.count()).toBe(1);
    expect(await db.mediaChunks.count()).toBe(1);
    db.close();
  });
});

describe('sweeping unsealed garbage', () => {
  it('ages a stored file by when it was written, not by its original import time', async () => {
    const { db } = await profileWithDebt();
    const restored = await storeAttachment(
      db,
      new Blob(['restored']),
      { ...provenance, importedAt: '2025-01-01T00:00:00Z' },
      options,
    );
    expect(await sweepUnsealedAttachments(db, NOW + 1000)).toBe(0);
    expect(await db.attachments.get(restored.sha256)).toBeDefined();
    db.close();
  });

  it('removes unsealed attachments older than a day that no entry references, and keeps the rest', async () => {
    const { db } = await profileWithDebt();
    const old = await storeAttachment(db, new Blob(['old']), provenance, options);
    const used = await storeAttachment(db, new Blob(['used']), provenance, options);
    await saveEntry(db, call('e1', { attachments: [used] }), nodeHasher);
    const young = await storeAttachment(db, new Blob(['young']), provenance, {
      ...options,
      now: NOW + UNSEALED_TTL_MS,
    });
    const later = NOW + UNSEALED_TTL_MS + 1;
    expect(await maintainStorage(db, { hasher: nodeHasher, now: later })).toEqual({ sealed: 0, swept: 1 });
    expect(await db.attachments.get(old.sha256)).toBeUndefined();
    await expect(attachmentBlob(db, old.sha256)).rejects.toMatchObject({ code: 'attachment-not-found' });
    expect(await db.attachments.get(used.sha256)).toBeDefined();
    expect(await db.attachments.get(young.sha256)).toBeDefined();
    expect(await db.mediaChunks.count()).toBe(2);
    db.close();
  });

  it('removes slices a crashed write left without a row once they are a day old', async () => {
    const { db } = await profileWithDebt();
    await db.mediaChunks.put({ sha256: 'e'.repeat(64), index: 0, blob: new Blob(['x']), at: NOW });
    expect(await sweepUnsealedAttachments(db, NOW + 1000)).toBe(0);
    expect(await sweepUnsealedAttachments(db, NOW + UNSEALED_TTL_MS + 1)).toBe(1);
    expect(await db.mediaChunks.count()).toBe(0);
    db.close();
  });
});

describe('attachments after a replace import', () => {
  it('a file sealed in the old chain is sealed again into the new one when an entry references it', async () => {
    const { db } = await profileWithDebt();
    const a = await storeAttachment(db, new Blob(['one']), provenance, options);
    await saveEntry(db, call('e1', { attachments: [a] }), nodeHasher);
    const parsed = parseCaseFile(
      JSON.stringify({
        format: 'youju.case',
        version: 1,
        timeZone: 'Asia/Shanghai',
        debts: [{ id: 'd1', creditor: '某银行', kind: 'credit-card' }],
        entries: [],
      }),
    );
    if (!parsed.ok) throw new Error('fixture');
    await importCaseFile(db, parsed.value, { mode: 'replace', now: NOW, hasher: nodeHasher });
    expect(await db.chain.count()).toBe(0);
    await saveEntry(db, call('e2', { attachments: [a] }), nodeHasher);
    expect((await listChain(db)).map((r) => [r.kind, r.recordId])).toEqual([
      ['entry', 'e2'],
      ['attachment', a.sha256],
    ]);
    db.close();
  });
});
