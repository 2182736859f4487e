// @vitest-environment node
// The My data pack flows end to end on a real (fake-indexeddb) store: a device with an attachment, a correction and
// a hidden entry → the app's export → `youju verify` exit 0 → restore into an empty profile gives the same chain
// head, timeline and file bytes; a tampered pack or a cancelled restore writes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachmentBlob } from '../../../src/data/repositories/attachments-repo.ts';
import { chainHead } from '../../../src/data/repositories/chain-repo.ts';
import { listEntryItems } from '../../../src/data/repositories/evidence-read.ts';
import { amendEntry, hideEntry, saveEntry } from '../../../src/data/repositories/evidence-repo.ts';
import { buildPackFile } from '../../../src/features/my-data/use-pack-export.ts';
import { packMedia } from '../../../src/features/my-data/pack-media.ts';
import { applyRestore, planOf } from '../../../src/features/my-data/restore-plan.ts';
import { sha256OfBlob } from '../../../src/platform/hasher.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { youjuInProcess } from '../../domain/case-pack/pack-fixture.ts';
import { evidenceSnapshot, T0, call, profileWithDebt } from '../../data/evidence-helpers.ts';
import { testStore } from '../../data/test-store.ts';
import { freshIdb, openTestDb } from '../../data/db-helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'youju-mydata-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-11-20T09:00:00+08:00';
// Zip signatures inside the recording on purpose: the reader must take sizes from the central directory.
const RECORDING = new Uint8Array(300_000).map((_, i) => (i < 4 ? [0x50, 0x4b, 0x07, 0x08][i] : i * 7) ?? 0);

async function device() {
  const { db } = await profileWithDebt();
  const media = packMedia(testStore(db));
  const sha = await media.store(
    new Blob([RECORDING], { type: 'audio/mp4' }),
    { name: 'call.m4a', type: 'audio/mp4', importedAt: '2026-11-19T14:40:00.000Z', source: 'file' },
    {},
  );
  const ref = { sha256: sha, name: 'call.m4a', type: 'audio/mp4', size: RECORDING.length };
  await saveEntry(db, call('e1', { attachments: [ref] }), webCryptoHasher);
  await amendEntry(
    db,
    { id: 'a1', entryId: 'e1', at: AT, entry: call('e1', { notes: '改', attachments: [ref] }) },
    webCryptoHasher,
  );
  await saveEntry(db, call('e2'), webCryptoHasher);
  await hideEntry(db, { id: 'h1', entryId: 'e2', at: AT, reason: '重复' }, webCryptoHasher);
  return { db, media, sha };
}

async function pack() {
  const d = await device();
  const built = await buildPackFile(testStore(d.db), d.media, { now: T0, timeZone: 'Asia/Shanghai' });
  return { ...d, built };
}

describe('My data: case pack', () => {
  it('exports a pack that youju verify finds intact, and restores it into an empty profile with the same head', async () => {
    const { db, built, sha } = await pack();
    expect(built.file.name).toBe('youju-pack-2026-11-20.zip');
    expect(built.head).toBe((await chainHead(db))?.hash);
    expect(built.entries).toBe(1);
    const zip = path.join(dir, 'app.zip');
    writeFileSync(zip, new Uint8Array(await built.file.arrayBuffer()));
    const verified = await youjuInProcess(['verify', zip]);
    expect(verified.stdout).toContain('"ok": true');
    expect(verified.status).toBe(0);

    const target = await openTestDb(freshIdb());
    const r = await planOf(testStore(target), built.file, new AbortController().signal, () => undefined);
    if (!r.plan) throw new Error(JSON.stringify(r.problems));
    expect(r.plan.media).toHaveLength(1);
    const progress: number[] = [];
    const done = await applyRestore(testStore(target), packMedia(testStore(target)), r.plan, {
      replace: true,
      now: T0,
      onProgress: (d) => progress.push(d),
    });
    expect(done).toEqual({ head: built.head, entries: 1, sameHead: true });
    expect((await chainHead(target))?.hash).toBe(built.head);
    expect(await listEntryItems(target)).toEqual(await listEntryItems(db));
    expect(await sha256OfBlob(await attachmentBlob(target, sha))).toBe(sha);
    expect(progress.at(-1)).toBe(RECORDING.length);
  });

  it('a pack with one changed byte is refused with the file named, and nothing is written', async () => {
    const { built } = await pack();
    const bytes = new Uint8Array(await built.file.arrayBuffer());
    const at = bytes.indexOf(0x07, 200);
    bytes[at + 1000] = (bytes[at + 1000] ?? 0) ^ 1;
    const target = await openTestDb(freshIdb());
    const before = await evidenceSnapshot(target);
    const r = await planOf(
      testStore(target),
      new File([bytes], 'x.zip'),
      new AbortController().signal,
      () => undefined,
    );
    expect(r.plan).toBeUndefined();
    expect(r.problems?.some((p) => p.file?.startsWith('media/') && p.code === 'file-changed')).toBe(true);
    expect(await evidenceSnapshot(target)).toEqual(before);
  });

  it('adding a pack to a profile that already has its entries is refused before anything is written', async () => {
    const { db, built } = await pack();
    const before = await evidenceSnapshot(db);
    const r = await planOf(testStore(db), built.file, new AbortController().signal, () => undefined);
    if (!r.plan) throw new Error('plan');
    await expect(
      applyRestore(testStore(db), packMedia(testStore(db)), r.plan, { replace: false, now: T0 }),
    ).rejects.toMatchObject({
      code: 'entry-id-exists',
      field: 'e1',
    });
    expect(await evidenceSnapshot(db)).toEqual(before);
  });

  it('a cancelled restore writes nothing; a cancelled export throws and leaves no file', async () => {
    const { db, media, built } = await pack();
    const target = await openTestDb(freshIdb());
    const before = await evidenceSnapshot(target);
    const r = await planOf(testStore(target), built.file, new AbortController().signal, () => undefined);
    if (!r.plan) throw new Error('plan');
    const controller = new AbortController();
    controller.abort();
    await expect(
      applyRestore(testStore(target), packMedia(testStore(target)), r.plan, {
        replace: true,
        now: T0,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(await evidenceSnapshot(target)).toEqual(before);
    await expect(
      buildPackFile(testStore(db), media, { now: T0, timeZone: 'Asia/Shanghai', signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });
});
