import type { CaseFile, Entry } from '../../../src/domain/case/types.ts';

/** A case with one debt and `count` calls and SMS about 52 minutes apart from 2026-01-01: the storage benches' log. */
export function generatedCase(count: number): CaseFile {
  const start = Date.parse('2026-01-01T00:00:00Z');
  const entries: Entry[] = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    debtId: 'd1',
    kind: i % 3 === 0 ? 'sms' : 'call',
    at: new Date(start + i * 3_137_000).toISOString(),
    notes: `第 ${i} 次联系`,
  }));
  return {
    format: 'youju.case',
    version: 1,
    timeZone: 'Asia/Shanghai',
    debts: [{ id: 'd1', creditor: '某银行', kind: 'credit-card' }],
    entries,
  };
}
