// Shared set-up for the log screen tests: a seeded case (imported, so its entries are sealed into the chain) and
// the log screen rendered with its words, as the lazy route would load them.
import 'fake-indexeddb/auto';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { LogScreen } from '../../../src/features/log/log-screen.tsx';
import { loadNamespaces } from '../../../src/i18n/i18n.ts';
import type { Language } from '../../../src/i18n/resources.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

// 2026-11-25 22:30 in Shanghai (14:30 UTC): inside the quiet hours.
export const NOW = Date.parse('2026-11-25T14:30:00Z');

export const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: '张三', phones: ['13800000000'] },
  debts: [
    { id: 'cc', creditor: '某银行信用卡中心', kind: 'credit-card' },
    { id: 'ol', creditor: '某网贷平台', kind: 'online-loan' },
  ],
  entries: [
    {
      id: 'e1',
      debtId: 'cc',
      kind: 'call',
      at: '2026-11-24T10:00:00+08:00',
      answered: true,
      collector: { name: '某催收公司', phone: '02100000000' },
      notes: '对方说明天上门',
    },
    {
      id: 'e2',
      debtId: 'ol',
      kind: 'sms',
      at: '2026-11-24T23:50:00+08:00',
      collector: { name: '某网贷催收', phone: '95000' },
      tags: ['threat'],
      notes: '短信说要通知单位',
    },
    {
      id: 'e3',
      debtId: 'ol',
      kind: 'call',
      at: '2026-11-25T00:10:00+08:00',
      answered: false,
      collector: { name: '某网贷催收', phone: '95000' },
    },
  ],
};

export async function seededDb(file: CaseFile = CASE): Promise<YoujuDb> {
  const db = await openFreshDb();
  await importCaseFile(db, file, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
  return db;
}

export async function renderLog(db: YoujuDb, hash: string, lng: Language = 'zh-CN') {
  window.location.hash = hash;
  await loadNamespaces(['log', 'rules']);
  return renderWithDb(<LogScreen />, db, lng);
}
