// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { YoujuDb } from '../../src/data/db.ts';
import { getCaseMeta } from '../../src/data/repositories/case-meta-repo.ts';
import { countCaseData, exportCaseFile, importCaseFile } from '../../src/data/repositories/case-repo.ts';
import { chainHead, listChain, verifyStoredChain } from '../../src/data/repositories/chain-repo.ts';
import { addDebt, listDebts, setDebtArchived } from '../../src/data/repositories/debts-repo.ts';
import { listEntries } from '../../src/data/repositories/entries-repo.ts';
import { setSetting, getSetting } from '../../src/data/repositories/settings-repo.ts';
import { parseCaseFile } from '../../src/domain/case/parse.ts';
import { serializeCaseFile } from '../../src/domain/case/serialize.ts';
import type { CaseFile } from '../../src/domain/case/types.ts';
import { dumpDatabase, freshIdb, openTestDb } from './db-helpers.ts';
import { webCryptoHasher } from '../../src/platform/hasher.ts';

const NOW = Date.parse('2026-11-20T10:00:00+08:00');
const VALID_DIR = join(import.meta.dirname, '../fixtures/case-files/valid');

function fixtureFiles(): { name: string; text: string }[] {
  const fromDir = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
  // The example cases of the case-file format are kept among the valid fixtures.
  return fromDir(VALID_DIR);
}

function parsed(text: string): CaseFile {
  const result = parseCaseFile(text);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const caseOf = (debts: object[], entries: object[], extra: object = {}): CaseFile =>
  parsed(
    JSON.stringify({ format: 'youju.case', version: 1, timeZone: 'Asia/Shanghai', ...extra, debts, entries }),
  );

const CASE_A = caseOf(
  [
    { id: 'd1', creditor: '甲银行', kind: 'credit-card' },
    { id: 'd2', creditor: '乙平台', kind: 'online-loan', archived: true },
  ],
  [
    { id: 'e2', debtId: 'd1', kind: 'call', at: '2026-11-03T10:00:00+08:00' },
    { id: 'e1', debtId: 'd2', kind: 'sms', at: '2026-11-01T10:00:00+08:00' },
  ],
  { borrower: { name: '张三' }, appX: 1 },
);

const CASE_B = caseOf(
  [{ id: 'd9', creditor: '丙金融', kind: 'consumer-finance' }],
  [{ id: 'e9', debtId: 'd9', kind: 'visit', at: '2026-10-01T10:00:00Z' }],
  { timeZone: 'Europe/Berlin', borrower: { name: 'Li' }, appY: 2 },
);

async function withImported(caseFile: CaseFile): Promise<{ db: YoujuDb; idb: IDBFactory }> {
  const idb = freshIdb();
  const db = await openTestDb(idb);
  const result = await importCaseFile(db, caseFile, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
  expect(result.ok).toBe(true);
  return { db, idb };
}

describe('import → export round trip', () => {
  const files = fixtureFiles();
  it('has fixtures to check', () => expect(files.length).toBeGreaterThanOrEqual(4));

  for (const { name, text } of files) {
    it(`gives back ${name} unchanged, unknown fields included`, async () => {
      const input = parsed(text);
      const { db } = await withImported(input);
      const output = await exportCaseFile(db);
      expect(output).toEqual(input);
      expect(serializeCaseFile(output)).toBe(serializeCaseFile(input));
      db.close();
    });
  }

  it('keeps own "__proto__" keys as data and pollutes nothing', async () => {
    const input = parsed(readFileSync(join(VALID_DIR, 'proto-keys.json'), 'utf8'));
    const { db } = await withImported(input);
    const output = await exportCaseFile(db);
    expect(Object.hasOwn(output, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    db.close();
  });
});

describe('importCaseFile', () => {
  it('stores archived debts as archived and exports them with "archived": true', async () => {
    const { db } = await withImported(CASE_A);
    const debts = await listDebts(db, { includeArchived: true });
    expect(debts.map((d) => [d.debt.id, d.archived])).toEqual([
      ['d1', false],
      ['d2', true],
    ]);
    expect(debts[1]?.debt).not.toHaveProperty('archived');
    expect(await listDebts(db)).toHaveLength(1);
    db.close();
  });

  it('replace clears the old case but keeps settings and attachment bytes', async () => {
    const { db } = await withImported(CASE_A);
    await setSetting(db, 'language', 'en');
    await db.mediaChunks.put({ sha256: 'b'.repeat(64), index: 0, blob: new Blob(['x']) });
    const result = await importCaseFile(db, CASE_B, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
    expect(result).toEqual({
      ok: true,
      value: { mode: 'replace', debts: 1, entries: 1, timeZone: 'Europe/Berlin' },
    });
    expect(await exportCaseFile(db)).toEqual(CASE_B);
    expect(await getSetting(db, 'language')).toBe('en');
    expect(await db.mediaChunks.count()).toBe(1);
    db.close();
  });

  it('merge appends after existing data and keeps the profile’s own top-level fields', async () => {
    const { db } = await withImported(CASE_A);
    const result = await importCaseFile(db, CASE_B, { mode: 'merge', now: NOW, hasher: webCryptoHasher });
    expect(result).toEqual({
      ok: true,
      value: { mode: 'merge', debts: 1, entries: 1, timeZone: 'Asia/Shanghai' },
    });
    const out = await exportCaseFile(db);
    expect(out.debts.map((d) => d.id)).toEqual(['d1', 'd2', 'd9']);
    expect(out.entries.map((e) => e.id)).toEqual(['e2', 'e1', 'e9']);
    expect(out).toMatchObject({ timeZone: 'Asia/Shanghai', borrower: { name: '张三' }, appX: 1, appY: 2 });
    db.close();
  });

  it('merge with clashing ids reports every clash as a code with its path and writes nothing', async () => {
    const { db, idb } = await withImported(CASE_A);
    const before = await dumpDatabase(idb);
    const clashing = caseOf(
      [
        { id: 'new', creditor: '丁', kind: 'other' },
        { id: 'd2', creditor: '乙', kind: 'other' },
      ],
      [
        { id: 'e-new', kind: 'note', at: '2026-11-05T10:00:00+08:00' },
        { id: 'e1', kind: 'note', at: '2026-11-05T10:00:00+08:00' },
      ],
    );
    const result = await importCaseFile(db, clashing, { mode: 'merge', now: NOW, hasher: webCryptoHasher });
    expect(result).toEqual({
      ok: false,
      errors: [
        { code: 'debt-id-exists', path: 'debts[1].id', params: { id: 'd2' } },
        { code: 'entry-id-exists', path: 'entries[1].id', params: { id: 'e1' } },
      ],
    });
    expect(await dumpDatabase(idb)).toEqual(before);
    db.close();
  });

  it('merge into an empty profile takes the file’s top-level fields', async () => {
    const db = await openTestDb(freshIdb());
    await importCaseFile(db, CASE_B, { mode: 'merge', now: NOW, hasher: webCryptoHasher });
    expect(await exportCaseFile(db)).toEqual(CASE_B);
    db.close();
  });

  for (const mode of ['replace', 'merge'] as const) {
    it(`${mode}: a write failing half-way leaves the database exactly as before`, async () => {
      const { db, idb } = await withImported(CASE_A);
      const before = await dumpDatabase(idb);
      const failing = (_pk: unknown, row: { id?: string }) => {
        if (row.id === 'e9') throw new Error('simulated disk full');
      };
      db.entries.hook('creating', failing);
      await expect(importCaseFile(db, CASE_B, { mode, now: NOW, hasher: webCryptoHasher })).rejects.toThrow(
        'simulated disk full',
      );
      db.entries.hook('creating').unsubscribe(failing);
      expect(await dumpDatabase(idb)).toEqual(before);
      db.close();
    });
  }

  it('refuses a value that is not a v1 case file before touching anything', async () => {
    const { db, idb } = await withImported(CASE_A);
    const before = await dumpDatabase(idb);
    const bogus = { ...CASE_A, format: 'other' } as unknown as CaseFile;
    await expect(
      importCaseFile(db, bogus, { mode: 'replace', now: NOW, hasher: webCryptoHasher }),
    ).rejects.toMatchObject({
      code: 'invalid-case-file',
    });
    const badEntry = {
      ...CASE_B,
      entries: [{ id: 'x', kind: 'call', at: 'yesterday' }],
    } as unknown as CaseFile;
    await expect(
      importCaseFile(db, badEntry, { mode: 'replace', now: NOW, hasher: webCryptoHasher }),
    ).rejects.toMatchObject({
      code: 'invalid-entry',
      field: 'at',
    });
    expect(await dumpDatabase(idb)).toEqual(before);
    db.close();
  });
});

describe('exportCaseFile', () => {
  it('exports a new profile as an empty case in Asia/Shanghai', async () => {
    const db = await openTestDb(freshIdb());
    expect(await exportCaseFile(db)).toEqual({
      format: 'youju.case',
      version: 1,
      timeZone: 'Asia/Shanghai',
      debts: [],
      entries: [],
    });
    db.close();
  });

  it('reflects debts added and archived in the app', async () => {
    const db = await openTestDb(freshIdb());
    await addDebt(db, { id: 'd-1', creditor: '某银行', kind: 'bank-loan', principal: 100 }, NOW);
    await addDebt(db, { id: 'd-2', creditor: '某平台', kind: 'microloan' }, NOW);
    await setDebtArchived(db, 'd-1', true, NOW + 1);
    const out = await exportCaseFile(db);
    expect(out.debts).toEqual([
      { id: 'd-1', creditor: '某银行', kind: 'bank-loan', principal: 100, archived: true },
      { id: 'd-2', creditor: '某平台', kind: 'microloan' },
    ]);
    expect(parseCaseFile(serializeCaseFile(out)).ok).toBe(true);
    expect(await getCaseMeta(db)).toMatchObject({ timeZone: 'Asia/Shanghai' });
    expect(await countCaseData(db)).toEqual({ debts: 2, entries: 0 });
    expect(await listEntries(db)).toEqual([]);
    db.close();
  });
});

describe('importing seals into the evidence chain', () => {
  it('replace starts a new chain with every imported entry, in file order', async () => {
    const { db } = await withImported(CASE_A);
    await importCaseFile(db, CASE_B, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
    const chain = await listChain(db);
    expect(chain.map((r) => [r.seq, r.kind, r.recordId])).toEqual([[0, 'entry', 'e9']]);
    expect(chain[0]?.record).toEqual(CASE_B.entries[0]);
    expect(await verifyStoredChain(db, webCryptoHasher)).toMatchObject({ ok: true, length: 1 });
    db.close();
  });

  it('merge appends to the chain after what was there', async () => {
    const { db } = await withImported(CASE_A);
    const head = await chainHead(db);
    await importCaseFile(db, CASE_B, { mode: 'merge', now: NOW, hasher: webCryptoHasher });
    const chain = await listChain(db);
    expect(chain.map((r) => r.recordId)).toEqual(['e2', 'e1', 'e9']);
    expect(chain[2]?.prev).toBe(head?.hash);
    expect(await verifyStoredChain(db, webCryptoHasher)).toMatchObject({ ok: true, length: 3 });
    db.close();
  });

  it('a refused merge leaves the chain as it was', async () => {
    const { db } = await withImported(CASE_A);
    const before = await listChain(db);
    const result = await importCaseFile(db, CASE_A, { mode: 'merge', now: NOW, hasher: webCryptoHasher });
    expect(result.ok).toBe(false);
    expect(await listChain(db)).toEqual(before);
    db.close();
  });
});
