// @vitest-environment node
// Encrypted backups end to end on a real (fake-indexeddb) store: the app's export with a passphrase is not a zip
// and holds none of the case's text → a wrong passphrase is refused with nothing written → a cut or changed file
// gets its own code → the right passphrase restores into an empty profile with the same chain head and timeline.
import { describe, expect, it } from 'vitest';
import { attachmentBlob } from '../../../src/data/repositories/attachments-repo.ts';
import { chainHead } from '../../../src/data/repositories/chain-repo.ts';
import { listEntryItems } from '../../../src/data/repositories/evidence-read.ts';
import { saveEntry } from '../../../src/data/repositories/evidence-repo.ts';
import { decryptPack } from '../../../src/features/my-data/decrypt-pack.ts';
import { packMedia } from '../../../src/features/my-data/pack-media.ts';
import { applyRestore, planOf } from '../../../src/features/my-data/restore-plan.ts';
import { buildPackFile } from '../../../src/features/my-data/use-pack-export.ts';
import { EncryptedFileError, isEncryptedFile } from '../../../src/platform/encrypted-file.ts';
import { sha256OfBlob, webCryptoHasher } from '../../../src/platform/hasher.ts';
import { T0, call, evidenceSnapshot, profileWithDebt } from '../../data/evidence-helpers.ts';
import { testStore } from '../../data/test-store.ts';
import { freshIdb, openTestDb } from '../../data/db-helpers.ts';

const NOTE = '催收员说明天去我单位';
const PHOTO = new Uint8Array(1_500_000).map((_, i) => (i * 31) % 251);
const PASS = '我会按计划慢慢还';
const FAST = { iterations: 1_000 };

async function encryptedPack() {
  const { db } = await profileWithDebt();
  const media = packMedia(testStore(db));
  const sha = await media.store(
    new Blob([PHOTO], { type: 'image/png' }),
    { name: 'sms.png', type: 'image/png', importedAt: '2026-11-19T14:40:00.000Z', source: 'file' },
    {},
  );
  const ref = { sha256: sha, name: 'sms.png', type: 'image/png', size: PHOTO.length };
  await saveEntry(db, call('e1', { notes: NOTE, attachments: [ref] }), webCryptoHasher);
  const built = await buildPackFile(testStore(db), media, {
    now: T0,
    timeZone: 'Asia/Shanghai',
    passphrase: PASS,
    ...FAST,
  });
  return { db, sha, built };
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'none',
    (e: unknown) => (e instanceof EncryptedFileError ? e.code : `other: ${String(e)}`),
  );

const contains = (hay: Uint8Array, needle: Uint8Array): boolean =>
  Buffer.from(hay).indexOf(Buffer.from(needle)) >= 0;

describe('My data: encrypted backups', () => {
  it('exports a .zip.enc that is not a zip and holds neither the notes nor the attachment in the clear', async () => {
    const { built } = await encryptedPack();
    expect(built.file.name).toBe('youju-pack-2026-11-20.zip.enc');
    expect(built.encrypted).toBe(true);
    expect(await isEncryptedFile(built.file)).toBe(true);
    const bytes = new Uint8Array(await built.file.arrayBuffer());
    expect(contains(bytes, new TextEncoder().encode('PK\x03\x04'))).toBe(false);
    expect(contains(bytes, new TextEncoder().encode(NOTE))).toBe(false);
    expect(contains(bytes, PHOTO.subarray(1000, 1064))).toBe(false);
    expect(contains(bytes, new TextEncoder().encode('case.json'))).toBe(false);
  });

  it('refuses a wrong passphrase and writes nothing; the right one restores the same head and timeline', async () => {
    const { db, sha, built } = await encryptedPack();
    const target = await openTestDb(freshIdb());
    const before = await evidenceSnapshot(target);
    expect(await codeOf(decryptPack(built.file, 'not the passphrase', 'w'))).toBe('wrong-passphrase');
    expect(await evidenceSnapshot(target)).toEqual(before);

    const progress: number[] = [];
    const plain = await decryptPack(built.file, PASS, 'r', { onProgress: (d) => progress.push(d) });
    expect(plain.file.name).toBe(built.file.name);
    expect(progress.at(-1)).toBe(built.file.size);
    const r = await planOf(testStore(target), plain.file, new AbortController().signal, () => undefined);
    if (!r.plan) throw new Error(JSON.stringify(r.problems));
    const done = await applyRestore(testStore(target), packMedia(testStore(target)), r.plan, {
      replace: true,
      now: T0,
    });
    await plain.dispose();
    expect(done).toEqual({ head: built.head, entries: 1, sameHead: true });
    expect((await chainHead(target))?.hash).toBe((await chainHead(db))?.hash);
    expect(await listEntryItems(target)).toEqual(await listEntryItems(db));
    expect(await sha256OfBlob(await attachmentBlob(target, sha))).toBe(sha);
  });

  it('names a file cut short and a file with a changed byte, each without asking again', async () => {
    const { built } = await encryptedPack();
    const bytes = new Uint8Array(await built.file.arrayBuffer());
    expect(await codeOf(decryptPack(new File([bytes.slice(0, bytes.length - 5000)], 'x'), PASS, 't'))).toBe(
      'truncated',
    );
    const changed = bytes.slice();
    const at = changed.length - 100;
    changed[at] = (changed[at] ?? 0) ^ 1;
    expect(await codeOf(decryptPack(new File([changed], 'x'), PASS, 'c'))).toBe('corrupt');
  });

  it('a cancelled encrypted export stops with "cancelled"', async () => {
    const { db } = await profileWithDebt();
    const media = packMedia(testStore(db));
    await saveEntry(db, call('e1'), webCryptoHasher);
    const controller = new AbortController();
    controller.abort();
    await expect(
      buildPackFile(testStore(db), media, {
        now: T0,
        timeZone: 'Asia/Shanghai',
        passphrase: PASS,
        signal: controller.signal,
        ...FAST,
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });
});
