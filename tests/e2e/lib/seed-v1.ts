// A profile as a v1 build left it, written with raw IndexedDB (no app code), for the upgrade specs.
import type { Page } from 'playwright-core';

/** Creates the database exactly as a v1 build did (Dexie v1 = native version 10), with raw IndexedDB. */
export async function seedV1(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const stores: Record<string, { keyPath: string | string[]; indexes: string[] }> = {
      meta: { keyPath: 'key', indexes: [] },
      debts: { keyPath: 'id', indexes: ['seq'] },
      entries: { keyPath: 'id', indexes: ['seq', 'debtId'] },
      attachments: { keyPath: 'sha256', indexes: [] },
      mediaChunks: { keyPath: ['sha256', 'index'], indexes: [] },
      settings: { keyPath: 'key', indexes: [] },
    };
    const bytes = new Uint8Array([1, 2, 3]);
    const sha = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    const rows: Record<string, unknown[]> = {
      meta: [{ key: 'case', fields: { format: 'youju.case', version: 1, timeZone: 'Asia/Shanghai' } }],
      debts: [
        {
          id: 'd1',
          seq: 1,
          data: { id: 'd1', creditor: '某银行', kind: 'credit-card' },
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      entries: [
        {
          id: 'e1',
          seq: 1,
          debtId: 'd1',
          at: Date.parse('2026-11-02T22:31:00+08:00'),
          kind: 'call',
          data: { id: 'e1', debtId: 'd1', kind: 'call', at: '2026-11-02T22:31:00+08:00', answered: true },
        },
        {
          id: 'e0',
          seq: 2,
          at: Date.parse('2026-11-01T09:00:00+08:00'),
          kind: 'note',
          data: { id: 'e0', kind: 'note', at: '2026-11-01T09:00:00+08:00', notes: '备注' },
        },
      ],
      attachments: [
        { sha256: sha, size: 3, type: 'audio/mp4', name: 'rec.m4a', chunkCount: 1, createdAt: 1 },
      ],
      mediaChunks: [{ sha256: sha, index: 0, blob: new Blob([bytes]) }],
      settings: [
        { key: 'onboardingDone', value: true },
        { key: 'language', value: 'zh-CN' },
      ],
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('youju', 10);
      req.onupgradeneeded = () => {
        for (const [name, def] of Object.entries(stores)) {
          const store = req.result.createObjectStore(name, { keyPath: def.keyPath });
          for (const index of def.indexes) store.createIndex(index, index);
        }
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).add(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
    });
    db.close();
  });
}
