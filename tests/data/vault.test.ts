// @vitest-environment node
// Encryption at rest under the app lock: what reaches IndexedDB while the lock is on, what a locked
// profile refuses, and turning the lock on and off — including a page closed half-way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../src/data/db.ts';
import {
  finishLockPhase,
  readAppLock,
  turnLockOff,
  turnLockOn,
} from '../../src/data/repositories/app-lock-repo.ts';
import { attachmentBlob, storeAttachment } from '../../src/data/repositories/attachments-repo.ts';
import { listDebts } from '../../src/data/repositories/debts-repo.ts';
import { verifyStoredEvidence } from '../../src/data/repositories/evidence-check.ts';
import { saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { appendSlice, recordingBlob, startRecording } from '../../src/data/repositories/recordings-repo.ts';
import { SealedDataError, VaultLockedError } from '../../src/data/vault/vault.ts';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../../src/domain/lock/lock-record.ts';
import { atRestCipher } from '../../src/platform/at-rest-cipher.ts';
import { createLock } from '../../src/platform/crypto-lock.ts';
import { sha256OfBlob } from '../../src/platform/hasher.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { dumpDatabase } from './db-helpers.ts';
import { call, profileWithDebt } from './evidence-helpers.ts';

afterEach(() => vi.restoreAllMocks());

const SECRET_NOTE = '催收员说要去我父母家';
const SECRET_FILE = 'recording of 王先生 threatening';
const FAST = 1_000;
const IMPORTED = '2026-11-20T10:00:00+08:00';

/** Every stored byte of the profile as text: JSON of the rows, and each Blob and byte array decoded as UTF-8. */
async function rawText(idb: IDBFactory): Promise<string> {
  const { tables } = await dumpDatabase(idb);
  const parts: string[] = [];
  const walk = async (v: unknown): Promise<void> => {
    if (v instanceof Blob) parts.push(new TextDecoder().decode(await v.arrayBuffer()));
    else if (v instanceof Uint8Array) parts.push(new TextDecoder().decode(v));
    else if (Array.isArray(v)) for (const x of v) await walk(x);
    else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) await walk(x);
    else parts.push(String(v));
  };
  await walk(tables);
  return parts.join('\n');
}

async function profileWithEvidence() {
  const { db, idb } = await profileWithDebt();
  const ref = await storeAttachment(
    db,
    new Blob([SECRET_FILE]),
    { name: 'call.txt', type: 'text/plain', importedAt: IMPORTED, source: 'file' },
    { hashBlob: sha256OfBlob },
  );
  await saveEntry(db, call('e1', { notes: SECRET_NOTE, attachments: [ref] }), nodeHasher);
  await startRecording(db, { id: 'r1', mimeType: 'audio/webm', startedAt: 1, purpose: 'log' });
  await appendSlice(db, 'r1', 0, new Blob([`slice of ${SECRET_FILE}`]), 2);
  return { db, idb, sha256: ref.sha256 };
}

async function lockOn(db: YoujuDb) {
  const lock = await createLock('correct horse', FAST);
  await turnLockOn(
    db,
    { record: lock.record, autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES },
    atRestCipher(lock.dataKey),
  );
  return lock;
}

describe('the app lock on', () => {
  it('leaves no entry, debt, file or recording text readable in IndexedDB, and the app reads it all', async () => {
    const { db, idb, sha256 } = await profileWithEvidence();
    expect(await rawText(idb)).toContain(SECRET_NOTE);

    await lockOn(db);
    const raw = await rawText(idb);
    expect(raw).not.toContain(SECRET_NOTE);
    expect(raw).not.toContain(SECRET_FILE);
    expect(raw).not.toContain('某银行');
    expect((await readAppLock(db))?.phase).toBe('on');

    expect((await db.entries.get('e1'))?.data).toMatchObject({ notes: SECRET_NOTE });
    expect(await (await attachmentBlob(db, sha256)).text()).toBe(SECRET_FILE);
    expect(await (await recordingBlob(db, 'r1')).text()).toBe(`slice of ${SECRET_FILE}`);
    expect((await listDebts(db)).map((d) => d.debt.creditor)).toEqual(['某银行']);
    expect(await verifyStoredEvidence(db, nodeHasher)).toMatchObject({ chain: { ok: true }, rows: [] });
  });

  it('seals what is written afterwards, and indexes still answer queries', async () => {
    const { db, idb } = await profileWithEvidence();
    await lockOn(db);
    await saveEntry(db, call('e2', { notes: '第二条秘密' }), nodeHasher);
    expect(await rawText(idb)).not.toContain('第二条秘密');
    expect((await db.entries.where('debtId').equals('d1').toArray()).map((e) => e.id).sort()).toEqual([
      'e1',
      'e2',
    ]);
    expect(await db.chain.where('[kind+recordId]').equals(['entry', 'e2']).count()).toBe(1);
    expect(await verifyStoredEvidence(db, nodeHasher)).toMatchObject({ chain: { ok: true }, rows: [] });
  });

  it('refuses to read or write case data while locked, and writes nothing', async () => {
    const { db, idb } = await profileWithEvidence();
    await lockOn(db);
    db.vault.lock();
    const before = await rawText(idb);
    await expect(db.entries.toArray()).rejects.toBeInstanceOf(VaultLockedError);
    await expect(saveEntry(db, call('e3'), nodeHasher)).rejects.toThrow();
    await expect(appendSlice(db, 'r1', 1, new Blob(['x']), 3)).rejects.toThrow();
    expect(await rawText(idb)).toBe(before);
  });

  it('does not open with another key, nor a row moved to another key', async () => {
    const { db } = await profileWithEvidence();
    await lockOn(db);
    const other = await createLock('other', FAST);
    db.vault.open(atRestCipher(other.dataKey));
    await expect(db.entries.get('e1')).rejects.toBeInstanceOf(SealedDataError);
    await expect(recordingBlob(db, 'r1')).rejects.toBeInstanceOf(SealedDataError);
  });

  it('refuses a sealed row copied under another key', async () => {
    const { db, idb } = await profileWithEvidence();
    const lock = await lockOn(db);
    await saveEntry(db, call('e2'), nodeHasher);
    const { tables } = await dumpDatabase(idb);
    const [first] = tables.entries as { id: string; $sealed: Uint8Array }[];
    db.vault.clear();
    // Write the raw sealed bytes of e1 under e2's key, below the vault (it is clear, so it passes them through).
    await db.entries.put({ ...(tables.entries?.[1] as object), $sealed: first?.$sealed } as never);
    db.vault.open(atRestCipher(lock.dataKey));
    await expect(db.entries.get('e2')).rejects.toBeInstanceOf(SealedDataError);
    expect((await db.entries.get('e1'))?.id).toBe('e1');
  });
});

describe('turning the lock on or off half-way', () => {
  it('finishes sealing after a page closed before the media were sealed', async () => {
    const { db, idb } = await profileWithEvidence();
    const lock = await createLock('p', FAST);
    const cipher = atRestCipher(lock.dataKey);
    // The page "closes" while the first media slice is being written.
    const put = vi
      .spyOn(db.mediaChunks, 'put')
      .mockImplementationOnce((() => Promise.reject(new Error('closed'))) as never);
    await expect(turnLockOn(db, { record: lock.record, autoLockMinutes: 5 }, cipher)).rejects.toThrow(
      'closed',
    );
    put.mockRestore();
    expect((await readAppLock(db))?.phase).toBe('sealing');
    // Rows are sealed already; the file is still readable in its clear slice.
    expect(await rawText(idb)).not.toContain(SECRET_NOTE);
    expect(await rawText(idb)).toContain(SECRET_FILE);

    db.vault.lock();
    db.vault.open(cipher);
    await finishLockPhase(db);
    expect((await readAppLock(db))?.phase).toBe('on');
    expect(await rawText(idb)).not.toContain(SECRET_FILE);
    expect(await verifyStoredEvidence(db, nodeHasher)).toMatchObject({ chain: { ok: true }, rows: [] });
  });

  it('turns off: every byte is clear again and the setting goes last', async () => {
    const { db, idb, sha256 } = await profileWithEvidence();
    await lockOn(db);
    await turnLockOff(db);
    expect(await readAppLock(db)).toBeUndefined();
    expect(db.vault.state).toBe('clear');
    const raw = await rawText(idb);
    expect(raw).toContain(SECRET_NOTE);
    expect(raw).toContain(SECRET_FILE);
    const { tables } = await dumpDatabase(idb);
    expect(JSON.stringify(tables.entries)).not.toContain('$sealed');
    expect(tables.mediaChunks?.some((c) => (c as { encrypted?: true }).encrypted)).toBe(false);
    expect(await (await attachmentBlob(db, sha256)).text()).toBe(SECRET_FILE);
    expect(await verifyStoredEvidence(db, nodeHasher)).toMatchObject({ chain: { ok: true }, rows: [] });
  });
});

describe('erasing everything with the lock on', () => {
  it('takes the lock with it, and what is written next is clear', async () => {
    const { db, idb } = await profileWithEvidence();
    await lockOn(db);
    const { eraseEverything } = await import('../../src/data/repositories/restore-repo.ts');
    await eraseEverything(db);
    expect(await readAppLock(db)).toBeUndefined();
    expect(db.vault.state).toBe('clear');
    const { addDebt } = await import('../../src/data/repositories/debts-repo.ts');
    await addDebt(db, { id: 'd9', creditor: '新的债权人', kind: 'online-loan' }, 1);
    expect(await rawText(idb)).toContain('新的债权人');
  });
});
