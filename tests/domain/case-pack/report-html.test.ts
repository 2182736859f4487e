// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import { reportHtml } from '../../../src/domain/case-pack/report-html.ts';
import { evaluate } from '../../../src/domain/rules/evaluate.ts';
import { MEDIA_SHA, fixtureCase } from './pack-fixture.ts';

const parsed = parseCaseFile(fixtureCase());
if (!parsed.ok) throw new Error('fixture case invalid');
const caseFile = parsed.value;
const html = reportHtml({
  caseFile,
  exportedAt: '2026-11-25T10:00:00.000Z',
  chainHead: 'c'.repeat(64),
  caseHead: 'd'.repeat(64),
  findings: evaluate(caseFile, { now: 0 }),
});

describe('report.html', () => {
  it('escapes every piece of user text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('某催收公司 &lt;b&gt;');
  });

  it('prints the case head to keep, and the chain head as covering the records only', () => {
    expect(html).toContain(`案件链头 Case head: <code>${'d'.repeat(64)}</code>`);
    expect(html).toContain(`链头 Chain head (records only): <code>${'c'.repeat(64)}</code>`);
  });

  it('loads nothing from anywhere', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('lists entries in time order with local times in the case time zone', () => {
    const e2 = html.indexOf('2026-11-01 10:00:00'); // 02:00Z in Asia/Shanghai
    const e1 = html.indexOf('2026-11-02 22:31:00');
    const e3 = html.indexOf('2026-11-03 09:00:00');
    expect(e2).toBeGreaterThan(0);
    expect(e1).toBeGreaterThan(e2);
    expect(e3).toBeGreaterThan(e1);
  });

  it('shows attachment hashes, the chain head and the findings by rule id', () => {
    for (const sha of MEDIA_SHA) expect(html).toContain(sha);
    expect(html).toContain('c'.repeat(64));
    expect(html).toContain('quiet-hours');
    expect(html).toContain('visit-too-few-collectors');
  });
});

describe('report.html in another case zone', () => {
  it('takes local times from the case zone, not from the offset written in the file', () => {
    const inZone = (timeZone: string) =>
      reportHtml({
        caseFile: {
          format: 'youju.case',
          version: 1,
          timeZone,
          debts: [{ id: 'd1', creditor: '某银行', kind: 'credit-card' }],
          entries: [{ id: 'e1', debtId: 'd1', kind: 'call', at: '2026-11-02T22:31:05+08:00' }],
        },
        exportedAt: '2026-11-25T00:00:00Z',
        chainHead: '0'.repeat(64),
        caseHead: '1'.repeat(64),
        findings: [],
      });
    expect(inZone('Asia/Shanghai')).toContain('2026-11-02 22:31:05');
    expect(inZone('America/New_York')).toContain('2026-11-02 09:31:05');
  });
});

describe('report.html pattern of contact', () => {
  const withCreditor = (creditor: string) =>
    reportHtml({
      caseFile: {
        format: 'youju.case',
        version: 1,
        timeZone: 'Asia/Shanghai',
        debts: [
          { id: 'd1', creditor, kind: 'credit-card' },
          { id: 'd2', creditor: '没有联系的债务', kind: 'online-loan' },
        ],
        entries: [
          { id: 'e1', debtId: 'd1', kind: 'call', at: '2026-11-02T22:31:05+08:00', answered: true },
          { id: 'e2', debtId: 'd1', kind: 'sms', at: '2026-11-03T09:00:00+08:00' },
        ],
      },
      exportedAt: '2026-11-25T00:00:00Z',
      chainHead: '0'.repeat(64),
      caseHead: '1'.repeat(64),
      findings: [],
    });

  it('draws one picture per debt that had collection contacts, with its text alternative', () => {
    const html = withCreditor('某银行');
    expect(html.match(/<svg\b/g)).toHaveLength(1);
    expect(html).toContain('某银行：催收联系规律 · Pattern of contact');
    expect(html).toContain('共 2 次联系');
    expect(html).toContain('1 次在 22:00–08:00');
    expect(html).not.toContain('没有联系的债务：催收联系规律');
  });

  it('escapes the creditor name inside the picture', () => {
    const html = withCreditor('<b>某银行</b>');
    expect(html).not.toContain('<b>某银行</b>');
    expect(html).toContain('&lt;b&gt;某银行&lt;/b&gt;');
  });
});
