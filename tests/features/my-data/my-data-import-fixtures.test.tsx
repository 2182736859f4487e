// @vitest-environment jsdom
// Every broken case-file fixture goes through the real import screen: the screen lists exactly the errors the
// parser names (same codes, same order, each with its place in words) and the profile is left exactly as it was.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { exportCaseFile, importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { MyDataScreen } from '../../../src/features/my-data/my-data-screen.tsx';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';

const DIR = join(import.meta.dirname, '../../fixtures/case-files/invalid');
const CASES = readdirSync(DIR)
  .filter((name) => !name.endsWith('.expected.json'))
  .map((name) => {
    const base = name.replace(/\.(json|txt)$/, '');
    const expected = JSON.parse(readFileSync(join(DIR, `${base}.expected.json`), 'utf8')) as {
      code: string;
      path: string;
    }[];
    return { name, text: readFileSync(join(DIR, name), 'utf8'), expected };
  });

const SEED: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [{ id: 'mine', creditor: '我的网贷', kind: 'online-loan' }],
  entries: [{ id: 'n1', kind: 'note', at: '2026-11-01T10:00:00+08:00' }],
};

let db: YoujuDb;

beforeEach(async () => {
  db = await openFreshDb();
  await importCaseFile(db, SEED, {
    mode: 'replace',
    now: Date.parse('2026-11-20T00:00:00Z'),
    hasher: webCryptoHasher,
  });
});

afterEach(() => {
  cleanup();
  db.close();
});

describe('importing a broken case file through the screen', () => {
  it('has at least 20 different broken fixtures to try', () => {
    const distinct = new Set(CASES.map((c) => JSON.stringify(c.expected)));
    expect(distinct.size).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: every error is listed and nothing is written',
    async (_, c) => {
      const before = await exportCaseFile(db);
      await renderWithDb(<MyDataScreen />, db);
      const file = new File([c.text], c.name, { type: 'application/json' });
      fireEvent.change(screen.getByTestId('import-case-input'), { target: { files: [file] } });

      const items = await screen.findAllByTestId('import-error');
      expect(items.map((i) => i.dataset.code)).toEqual(c.expected.map((e) => e.code));
      for (const item of items) expect(item.textContent?.trim().length).toBeGreaterThan(8);
      expect(screen.queryByTestId('import-confirm')).not.toBeInTheDocument();
      expect(await exportCaseFile(db)).toEqual(before);
    },
  );
});
