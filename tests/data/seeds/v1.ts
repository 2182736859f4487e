// Rows as a v1 build writes them (src/data/schema/v1.ts). Frozen with the schema: a later version's migration
// test seeds exactly these and checks they survive the upgrade.
import type {
  DebtRowV1,
  EntryRowV1,
  MetaRowV1,
  SettingRowV1,
  AttachmentRowV1,
} from '../../../src/data/schema/v1.ts';

export const META_V1: MetaRowV1[] = [
  {
    key: 'case',
    fields: {
      format: 'youju.case',
      version: 1,
      timeZone: 'Asia/Shanghai',
      borrower: { name: '张三', phones: ['13800000000'] },
      futureTopLevel: { kept: true },
    },
  },
];

export const DEBTS_V1: DebtRowV1[] = [
  {
    id: 'd1',
    seq: 1,
    data: { id: 'd1', creditor: '某银行信用卡中心', kind: 'credit-card', principal: 30000, extra: 'x' },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  },
  {
    id: 'd2',
    seq: 2,
    data: { id: 'd2', creditor: '某网贷平台', kind: 'online-loan', firstMissedDueDate: '2026-06-15' },
    archivedAt: 1_700_000_500_000,
    createdAt: 1_700_000_100_000,
    updatedAt: 1_700_000_500_000,
  },
];

export const ENTRIES_V1: EntryRowV1[] = [
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
];

export const ATTACHMENTS_V1: AttachmentRowV1[] = [
  {
    sha256: 'a'.repeat(64),
    size: 3,
    type: 'audio/mp4',
    name: 'rec.m4a',
    chunkCount: 1,
    createdAt: 1_700_000_000_000,
  },
];

export const SETTINGS_V1: SettingRowV1[] = [
  { key: 'language', value: 'zh-CN' },
  { key: 'firstSaveAt', value: 1_700_000_000_000 },
];

export const SEED_V1 = {
  meta: META_V1,
  debts: DEBTS_V1,
  entries: ENTRIES_V1,
  attachments: ATTACHMENTS_V1,
  mediaChunks: [{ sha256: 'a'.repeat(64), index: 0, blob: new Blob([new Uint8Array([1, 2, 3])]) }],
  settings: SETTINGS_V1,
};
