import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../src/domain/case-pack/report-html.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';

const caseFile = (timeZone: string): CaseFile => ({
  format: 'youju.case',
  version: 1,
  timeZone,
  debts: [{ id: 'd1', creditor: '某银行', kind: 'credit-card' }],
  entries: [
    { id: 'e1', debtId: 'd1', kind: 'call', at: '2026-11-02T14:31:05Z', notes: '<script>x</script>' },
  ],
});

describe('the printable report', () => {
  it('shows each entry at its local time in the case zone, not at the offset written in the file', () => {
    const html = reportHtml({
      caseFile: caseFile('Asia/Shanghai'),
      exportedAt: '2026-11-25T00:00:00Z',
      chainHead: '0'.repeat(64),
      findings: [],
    });
    expect(html).toContain('2026-11-02 22:31:05');
    const ny = reportHtml({
      caseFile: caseFile('America/New_York'),
      exportedAt: '2026-11-25T00:00:00Z',
      chainHead: '0'.repeat(64),
      findings: [],
    });
    expect(ny).toContain('2026-11-02 09:31:05');
  });

  it('prints user text as text', () => {
    const html = reportHtml({
      caseFile: caseFile('Asia/Shanghai'),
      exportedAt: '2026-11-25T00:00:00Z',
      chainHead: '0'.repeat(64),
      findings: [],
    });
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>x</script>');
  });
});
