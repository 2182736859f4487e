/**
 * report.html of a case pack: one self-contained, printable page (no scripts, no external resources) with the
 * contact log in time order, local times in the case's time zone, the attachments' SHA-256 and the findings of the
 * lawfulness checks as rule ids and citation ids. Every piece of user text is escaped.
 */
import type { CaseFile, Entry } from '../case/types.ts';
import type { Finding } from '../rules/evaluate.ts';
import { clockOf, localMoment } from '../rules/local-time.ts';
import { instantOf } from '../case/dates.ts';
import { patternOf, type DebtPattern } from '../rules/pattern.ts';
import { inQuietWindow } from '../rules/pattern.ts';
import { patternSvg, type PatternLabels } from '../rules/pattern-svg.ts';

interface ReportInput {
  readonly caseFile: CaseFile;
  readonly exportedAt: string;
  readonly chainHead: string;
  /** The head to keep (case-head.ts): the chain plus the time zone, debts and borrower. */
  readonly caseHead: string;
  readonly findings: readonly Finding[];
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The entry's time in the case zone, through the same Intl reading the rules use (never the offset in `at`). */
function localTime(at: string, timeZone: string): string {
  const ms = instantOf(at);
  if (Number.isNaN(ms)) return at;
  const { day, secondOfDay } = localMoment(ms, timeZone);
  return `${day} ${clockOf(secondOfDay)}`;
}

/** Entries by instant; equal instants keep file order. */
function chronological(entries: readonly Entry[]): Entry[] {
  return entries
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ e }) => e);
}

function entryRow(e: Entry, timeZone: string): string {
  const who = [e.collector?.side, e.collector?.name, e.collector?.person, e.collector?.phone]
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .join(' / ');
  const files = (e.attachments ?? [])
    .map(
      (a) =>
        `<div>${escapeHtml(a.name ?? '')} ${escapeHtml(a.type ?? '')} ${a.size === undefined ? '' : escapeHtml(String(a.size))}<br><code>${escapeHtml(a.sha256)}</code></div>`,
    )
    .join('');
  const cells = [
    localTime(e.at, timeZone),
    e.id,
    e.kind,
    e.direction ?? 'incoming',
    e.debtId ?? '',
    who,
    (e.tags ?? []).join(', '),
    e.notes ?? '',
  ].map((c) => `<td>${escapeHtml(c)}</td>`);
  return `<tr>${cells.join('')}<td>${files}</td></tr>`;
}

function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<p>无检查结果。No findings.</p>';
  const rows = findings.map(
    (f) =>
      `<tr>${[f.ruleId, f.severity, f.debtId ?? '', f.entryIds.join(', '), f.citationIds.join(', ')]
        .map((c) => `<td>${escapeHtml(c)}</td>`)
        .join('')}</tr>`,
  );
  return `<table><thead><tr><th>规则 Rule</th><th>性质 Severity</th><th>债务 Debt</th><th>记录 Entries</th><th>依据 Citations</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The report is bilingual throughout, so the picture's words are too (the app draws it in one language). */
function reportLabels(p: DebtPattern, creditor: string): PatternLabels {
  const quiet = p.contacts.filter((c) => inQuietWindow(c.secondOfDay, p.limits)).length;
  const from = p.days[0]?.day ?? '';
  const to = p.days[p.days.length - 1]?.day ?? '';
  return {
    title: `${creditor}：催收联系规律 · Pattern of contact`,
    summary:
      `${from} 至 ${to}：共 ${p.contacts.length} 次联系，${p.violatingContacts} 次涉及检查结果，` +
      `${quiet} 次在 22:00–08:00。From ${from} to ${to}: ${p.contacts.length} contacts, ` +
      `${p.violatingContacts} with a finding, ${quiet} between 22:00 and 08:00.`,
    perDayHeading: '每天联系次数 · Contacts per day',
    gridHeading: '星期 × 小时 · Day of week × hour',
    weekdays: ['一 Mon', '二 Tue', '三 Wed', '四 Thu', '五 Fri', '六 Sat', '日 Sun'],
    // GB/T 45251-2025 and the CBA 2026 guidance: industry rules, not law (legal-facts.md Table A, R21).
    quietHours: '22:00–08:00 行业规则禁止 · barred by industry rules',
    dailyLimit: `行业规则上限 Industry-rule limit: ${p.limits.maxConnectedCallsPerDay}`,
    answeredCalls: '接通的电话 · Answered calls',
    messages: '短信和消息 · Texts and messages',
    otherContacts: '其他联系 · Other contacts',
    violating: '涉及检查结果 · Finding',
  };
}

/** One picture per debt with collection contacts (and one for contacts logged without a debt). */
function patternSection(caseFile: CaseFile, findings: readonly Finding[]): string {
  const groups: { id: string | null; name: string }[] = [
    ...caseFile.debts.map((d) => ({ id: d.id, name: d.creditor })),
    { id: null, name: '未关联债务 · No debt' },
  ];
  const figures = groups.flatMap(({ id, name }, i) => {
    const p = patternOf(caseFile, findings, id);
    if (p.contacts.length === 0) return [];
    // Inline SVG in HTML needs no namespace declaration, and leaving it out keeps the page free of any URL.
    const svg = patternSvg(p, reportLabels(p, name), `debt-${i}`).replace(
      ' xmlns="http://www.w3.org/2000/svg"',
      '',
    );
    return [`<figure>${svg}</figure>`];
  });
  if (figures.length === 0) return '';
  return `<h2>联系规律 Pattern of contact</h2>\n${figures.join('\n')}`;
}

const STYLE = `body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:1.5em;color:#111}
table{border-collapse:collapse;width:100%;font-size:0.85em}th,td{border:1px solid #999;padding:0.3em;vertical-align:top;text-align:left}
code{font-size:0.8em;word-break:break-all}h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}
figure{margin:1em 0;max-width:40em}figure svg{width:100%;height:auto}
@media print{body{margin:0}tr,figure{break-inside:avoid}}`;

export function reportHtml(input: ReportInput): string {
  const { caseFile, exportedAt, chainHead, caseHead, findings } = input;
  const tz = caseFile.timeZone;
  const rows = chronological(caseFile.entries).map((e) => entryRow(e, tz));
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>有据 证据记录 · Evidence log</title>
<style>${STYLE}</style>
</head>
<body>
<h1>有据 证据记录 · Evidence log</h1>
<p>本报告由有据导出，列出联系记录（按时间排序）和附件的 SHA-256。核对方法见 README.txt。本报告不是法律意见。<br>
Exported by 有据 (youju): the contact log in time order and the SHA-256 of every attachment. README.txt explains how to verify the pack. This report is not legal advice.</p>
<p>时区 Time zone: <code>${escapeHtml(tz)}</code> · 导出时间 Exported at: <code>${escapeHtml(exportedAt)}</code><br>
案件链头 Case head: <code>${escapeHtml(caseHead)}</code><br>
（覆盖全部记录、附件、时区、欠款和本人信息 · covers every record and attachment, the time zone, the debts and the borrower）<br>
链头 Chain head (records only): <code>${escapeHtml(chainHead)}</code></p>
<h2>联系记录 Contact log (${caseFile.entries.length})</h2>
<table><thead><tr><th>当地时间 Local time</th><th>编号 Id</th><th>类型 Kind</th><th>方向 Direction</th><th>债务 Debt</th><th>催收方 Collector</th><th>标记 Tags</th><th>备注 Notes</th><th>附件 Attachments</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<h2>合法性检查 Lawfulness checks (${findings.length})</h2>
<p>以下为有据规则检查的结果（规则编号与依据编号），仅供参考。<br>Results of 有据's rule checks (rule ids and citation ids), for reference only.</p>
${findingsTable(findings)}
${patternSection(caseFile, findings)}
</body>
</html>
`;
}
