// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importCaseFile } from '../../src/data/repositories/case-repo.ts';
import { addDebt, updateDebt } from '../../src/data/repositories/debts-repo.ts';
import { saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { setSetting, setSettingOnce } from '../../src/data/repositories/settings-repo.ts';
import { RepositoryError } from '../../src/data/repositories/repository-error.ts';
import { isQuotaError } from '../../src/data/repositories/storage-errors.ts';
import { parseCaseFile } from '../../src/domain/case/parse.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { dumpDatabase } from './db-helpers.ts';
import { T0, call, failNext, profileWithDebt, quotaError, wrappedQuotaError } from './evidence-helpers.ts';

afterEach(() => vi.restoreAllMocks());

const parsed = parseCaseFile(
  JSON.stringify({
    format: 'youju.case',
    version: 1,
    timeZone: 'Asia/Shanghai',
    debts: [{ id: 'd9', creditor: '丙', kind: 'other' }],
    entries: [{ id: 'e9', debtId: 'd9', kind: 'sms', at: '2026-11-01T10:00:00+08:00' }],
  }),
);
if (!parsed.ok) throw new Error('fixture does not parse');
const CASE = parsed.value;

describe('recognising a full disk', () => {
  it('sees QuotaExceededError bare, inside an aborted transaction, and as a cause', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(wrappedQuotaError())).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quotaError() }))).toBe(true);
    expect(isQuotaError(new Error('simulated disk full'))).toBe(false);
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(false);
  });

  it('sees the RepositoryError("quota") the repositories turn it into, and no other code', () => {
    expect(isQuotaError(new RepositoryError('quota'))).toBe(true);
    expect(isQuotaError(new RepositoryError('debt-not-found'))).toBe(false);
  });
});

describe('a quota error anywhere becomes RepositoryError("quota") and nothing is half-written', () => {
  it('adding or editing a debt', async () => {
    const { db, idb } = await profileWithDebt();
    const before = await dumpDatabase(idb);
    failNext(db.debts, 'add', wrappedQuotaError());
    await expect(addDebt(db, { id: 'd2', creditor: '乙', kind: 'other' }, T0)).rejects.toMatchObject({
      code: 'quota',
    });
    failNext(db.debts, 'put', quotaError());
    await expect(updateDebt(db, { id: 'd1', creditor: '改', kind: 'other' }, T0)).rejects.toMatchObject({
      code: 'quota',
    });
    expect(await dumpDatabase(idb)).toEqual(before);
    db.close();
  });

  it('changing a setting', async () => {
    const { db, idb } = await profileWithDebt();
    const before = await dumpDatabase(idb);
    failNext(db.settings, 'put', quotaError());
    await expect(setSetting(db, 'language', 'en')).rejects.toMatchObject({ code: 'quota' });
    failNext(db.settings, 'put', wrappedQuotaError());
    await expect(setSettingOnce(db, 'firstSaveAt', T0)).rejects.toMatchObject({ code: 'quota' });
    expect(await dumpDatabase(idb)).toEqual(before);
    db.close();
  });

  for (const mode of ['replace', 'merge'] as const) {
    it(`importing a case file (${mode}) leaves the profile exactly as before`, async () => {
      const { db, idb } = await profileWithDebt();
      await saveEntry(db, call('e1'), nodeHasher);
      const before = await dumpDatabase(idb);
      failNext(db.entries, 'bulkAdd', wrappedQuotaError());
      await expect(importCaseFile(db, CASE, { mode, now: T0, hasher: nodeHasher })).rejects.toMatchObject({
        code: 'quota',
      });
      expect(await dumpDatabase(idb)).toEqual(before);
      db.close();
    });
  }
});
