// A large, realistic-looking case for timing evaluate(): deterministic (no Math.random), spread over a year.
import type { CaseFile, Entry } from '../../../src/domain/case/types.ts';

const KINDS = ['call', 'call', 'call', 'sms', 'message', 'third-party-contact', 'visit', 'note'] as const;

export function generatedCase(count: number): CaseFile {
  const debts = [
    { id: 'd1', creditor: 'A 银行信用卡中心', kind: 'credit-card', outsourcingNoticeOn: '2026-03-01' },
    { id: 'd2', creditor: 'B 消费金融', kind: 'consumer-finance' },
    { id: 'd3', creditor: 'C 小贷', kind: 'microloan' },
  ] as const;
  const start = Date.parse('2026-01-01T00:00:00Z');
  const entries: Entry[] = [];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < count; i++) {
    const kind = KINDS[next() % KINDS.length] ?? 'call';
    const at = new Date(start + (next() % (330 * 86400)) * 1000).toISOString();
    const debt = next() % 4;
    entries.push({
      id: `g${i}`,
      ...(debt === 3 ? {} : { debtId: debts[debt]?.id }),
      kind,
      at,
      ...(kind === 'call'
        ? { answered: next() % 3 === 0, toNumber: next() % 2 === 0 ? '13700000000' : '13900000000' }
        : {}),
      ...(kind === 'visit' ? { visit: { collectors: 1 + (next() % 3), idShown: next() % 2 === 0 } } : {}),
      ...(kind === 'third-party-contact'
        ? { thirdParty: { relation: 'friend', disclosedDebt: next() % 5 === 0 } }
        : {}),
      collector: { side: next() % 2 === 0 ? 'agency' : 'lender', name: `催收${next() % 5}` },
      ...(next() % 50 === 0 ? { tags: ['threat'] } : {}),
    } as Entry);
  }
  return { format: 'youju.case', version: 1, timeZone: 'Asia/Shanghai', debts, entries };
}
