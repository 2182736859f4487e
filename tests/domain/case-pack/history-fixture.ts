// An app-made pack (docs/case-pack.md): a device chain with entries, an amendment, a hide and attachments, exported
// through the app's own export code (platform/pack-export) into bytes.
import { sealRecord } from '../../../src/domain/evidence/chain.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { packTools } from '../../../src/features/my-data/pack-tools.ts';
import { exportAppPack, type SealedLink } from '../../../src/platform/pack-export.ts';
import { nodeHasher } from '../evidence/node-hasher.ts';
import { MEDIA, MEDIA_SHA } from './pack-fixture.ts';

const ref = (i: number) => ({
  sha256: MEDIA_SHA[i] ?? '',
  name: MEDIA[i]?.file,
  type: MEDIA[i]?.type,
  size: MEDIA[i]?.data.length,
});

const attachmentRecord = (i: number) => ({
  ...ref(i),
  importedAt: '2026-11-02T14:40:00.000Z',
  source: i === 0 ? 'recording' : 'file',
});

export const HISTORY_CASE_BASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: '张三' },
  debts: [{ id: 'd1', creditor: '某银行信用卡中心', kind: 'credit-card' }],
  entries: [],
} as CaseFile;

const e1 = {
  id: 'e1',
  debtId: 'd1',
  kind: 'call',
  at: '2026-11-02T22:31:00+08:00',
  answered: true,
  notes: '第一次记录',
  attachments: [ref(0)],
};

/** The records in the order the device sealed them. */
export function historyRecords(): { kind: SealedLink['kind']; recordId: string; record: unknown }[] {
  return [
    { kind: 'entry', recordId: 'e1', record: e1 },
    { kind: 'attachment', recordId: MEDIA_SHA[0] ?? '', record: attachmentRecord(0) },
    {
      kind: 'entry',
      recordId: 'e2',
      record: { id: 'e2', debtId: 'd1', kind: 'visit', at: '2026-11-01T02:00:00Z', attachments: [ref(1)] },
    },
    { kind: 'attachment', recordId: MEDIA_SHA[1] ?? '', record: attachmentRecord(1) },
    {
      kind: 'amendment',
      recordId: 'a1',
      record: {
        id: 'a1',
        amends: 'e1',
        at: '2026-11-03T01:00:00.000Z',
        entry: { ...e1, notes: '对方说明天上门 <script>alert(1)</script>' },
        reason: '补全',
      },
    },
    {
      kind: 'hide',
      recordId: 'h1',
      record: { id: 'h1', hides: 'e2', at: '2026-11-03T02:00:00.000Z', reason: '记错了' },
    },
    {
      kind: 'entry',
      recordId: 'e3',
      record: { id: 'e3', kind: 'letter', at: '2026-11-03T09:00:00+08:00', attachments: [ref(2), ref(0)] },
    },
    { kind: 'attachment', recordId: MEDIA_SHA[2] ?? '', record: attachmentRecord(2) },
  ];
}

export async function deviceChain(): Promise<SealedLink[]> {
  const links: SealedLink[] = [];
  for (const r of historyRecords()) {
    const link = await sealRecord(links.at(-1) ?? null, r.kind, r.recordId, r.record, nodeHasher);
    if (!link.ok) throw new Error('fixture record not canonicalizable');
    links.push({ ...link.value, record: r.record });
  }
  return links;
}

/** The app pack of this chain, as bytes, its chain head and its case head. */
export async function historyPackBytes(): Promise<{ zip: Uint8Array; head: string; caseHead: string }> {
  const chunks: Uint8Array[] = [];
  const chain = await deviceChain();
  const result = await exportAppPack(
    {
      caseBase: HISTORY_CASE_BASE,
      chain,
      mediaBlob: (sha) => {
        const i = MEDIA_SHA.indexOf(sha);
        const m = MEDIA[i];
        return m === undefined
          ? Promise.reject(new Error('no media'))
          : Promise.resolve(new Blob([m.data as BlobPart]));
      },
      exportedAt: '2026-11-25T10:00:00.000Z',
      app: { name: 'youju', version: '0.0.0-test' },
      findings: [],
      tools: packTools,
    },
    { write: (c) => void chunks.push(c.slice()) },
    { hasher: nodeHasher },
  );
  const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    zip.set(c, at);
    at += c.length;
  }
  return { zip, head: result.head, caseHead: result.caseHead };
}
