/**
 * `youju analyze <case.json> [--format json|text] [--lang zh-CN|en]`: runs the rule engine over a case file and
 * prints the findings, as JSON for tools or as text for a person helping the borrower. The words come from
 * locales/<lang>/rules.json, the same namespace the app uses.
 */
import zhRules from '../../../locales/zh-CN/rules.json';
import enRules from '../../../locales/en/rules.json';
import type { Citation } from '../../domain/citations/citation.ts';
import { citationById } from '../../domain/citations/citations.ts';
import type { CitationId } from '../../domain/citations/citations.ts';
import { evaluate } from '../../domain/rules/evaluate.ts';
import type { Finding } from '../../domain/rules/evaluate.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { readCaseArg } from '../read-case.ts';
import { citationJson, CLI_LANGS, type CliLang } from '../citation-json.ts';
import { interpolate } from '../case-error-text.ts';

type Messages = typeof zhRules;
const MESSAGES: Readonly<Record<Lang, Messages>> = { 'zh-CN': zhRules, en: enRules };

const LANGS = CLI_LANGS;
type Lang = CliLang;
const FORMATS = ['json', 'text'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = '<case.json | -> [--format json|text] [--lang zh-CN|en]';

interface Options {
  readonly file: string;
  readonly format: Format;
  readonly lang: Lang;
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  list.find((x) => x === value);

/** Arguments → options, or null when they do not fit the usage line. */
export function parseArgs(args: readonly string[]): Options | null {
  let file: string | undefined;
  let format: Format = 'json';
  let lang: Lang = 'zh-CN';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (flag === '--format' || flag === '--lang') {
      const value = inline ?? args[++i];
      if (flag === '--format') {
        const f = oneOf(FORMATS, value);
        if (f === undefined) return null;
        format = f;
      } else {
        const l = oneOf(LANGS, value);
        if (l === undefined) return null;
        lang = l;
      }
    } else if (arg.startsWith('--') || file !== undefined) {
      return null;
    } else {
      file = arg;
    }
  }
  return file === undefined ? null : { file, format, lang };
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * "238 para 3" → 第238条第3款; "293-1(1)" → 第293条之一(1); "225–228" → 第225–228条; "160, 163" → 第160条、第163条.
 */
function zhArticle(article: string): string {
  if (/^\d[^,]*(, \d[^,]*)+$/.test(article) && !article.includes(' para ')) {
    return article.split(', ').map(zhArticle).join('、');
  }
  const range = /^(\d+)–(\d+)$/.exec(article);
  if (range) return `第${range[1]}–${range[2]}条`;
  const m = /^(\d+)(?:-(\d))?(.*)$/.exec(article);
  if (!m) return article;
  const [, n = '', sub, rest = ''] = m;
  const tail = rest.replace(/^ para (\d+)/, '第$1款').replace(/, para (\d+)/g, '、第$1款');
  return `第${n}条${sub === undefined ? '' : `之${ZH_DIGITS[Number(sub)] ?? sub}`}${tail}`;
}

function articleText(c: Citation, lang: Lang): string | null {
  if (c.article !== null) {
    if (lang === 'zh-CN') return zhArticle(c.article);
    return /^\d+–\d+$|, \d/.test(c.article) ? `Arts. ${c.article}` : `Art. ${c.article}`;
  }
  if (c.pinpoint === undefined) return null;
  return lang === 'zh-CN' ? c.pinpoint.replace(/^item (\d+)$/, '第$1项') : c.pinpoint;
}

function citationLine(id: CitationId, lang: Lang): string {
  const c = citationById(id);
  const m = MESSAGES[lang];
  const notes = [
    m.binding[c.binding],
    m.confidence[c.confidence],
    ...(c.articleUnverified ? [m.citation.articleUnverified] : []),
  ];
  const name = lang === 'zh-CN' ? c.instrument.zh : c.instrument.en;
  const article = articleText(c, lang);
  const head = article === null ? name : lang === 'zh-CN' ? `${name} ${article}` : `${name}, ${article}`;
  return lang === 'zh-CN' ? `  - ${head}（${notes.join('；')}）` : `  - ${head} (${notes.join('; ')})`;
}

function detailOf(m: Messages, f: Finding): string {
  switch (f.ruleId) {
    case 'visit-entry-without-consent':
      return f.params.place === 'home' ? m.rule[f.ruleId].detailHome : m.rule[f.ruleId].detailOther;
    case 'outsourcing-without-notice':
      return f.params.outsourcingNoticeOn === null
        ? m.rule[f.ruleId].detailNoNotice
        : m.rule[f.ruleId].detailLateNotice;
    default:
      return m.rule[f.ruleId].detail;
  }
}

/** Finding params as words: codes become phrases of the chosen language. */
function wordsFor(m: Messages, f: Finding): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(f.params)) out[k] = typeof v === 'number' ? v : String(v);
  const relation = f.params.relation;
  out.relation =
    m.relation[
      typeof relation === 'string' && relation in m.relation
        ? (relation as keyof Messages['relation'])
        : 'unknown'
    ];
  const place = f.params.place;
  out.place =
    m.place[typeof place === 'string' && place in m.place ? (place as keyof Messages['place']) : 'unknown'];
  out.number = typeof f.params.toNumber === 'string' ? f.params.toNumber : m.report.unknownNumber;
  out.collectors = typeof f.params.collectors === 'number' ? f.params.collectors : '?';
  return out;
}

function findingText(f: Finding, n: number, lang: Lang): string[] {
  const m = MESSAGES[lang];
  const scope = f.trace.find((t) => t.condition === 'source-may-not-bind-this-lender')?.values?.debtKind;
  const debtKind =
    typeof scope === 'string' && scope in m.debtKind ? (scope as keyof Messages['debtKind']) : null;
  return [
    `${n}. ${m.rule[f.ruleId].title}`,
    `   ${m.severity[f.severity]}`,
    `   ${interpolate(detailOf(m, f), wordsFor(m, f))}`,
    ...(debtKind === null ? [] : [`   ${interpolate(m.report.scope, { debtKind: m.debtKind[debtKind] })}`]),
    `   ${f.debtId === null ? m.report.noDebt : interpolate(m.report.debt, { debtId: f.debtId })}`,
    `   ${interpolate(m.report.entries, { entryIds: f.entryIds.join(', ') })}`,
    `   ${m.report.sources}`,
    ...f.citationIds.map((id) => `  ${citationLine(id, lang)}`),
    ...(f.contextCitationIds.length === 0
      ? []
      : [`   ${m.report.context}`, ...f.contextCitationIds.map((id) => `  ${citationLine(id, lang)}`)]),
  ];
}

export function textReport(findings: readonly Finding[], file: string, timeZone: string, lang: Lang): string {
  const m = MESSAGES[lang];
  const count = findings.length;
  const lines = [
    m.report.title,
    interpolate(m.report.file, { file, timeZone }),
    '',
    count === 0
      ? m.report.none
      : interpolate(
          new Intl.PluralRules(lang).select(count) === 'one' ? m.report.count_one : m.report.count_other,
          {
            count,
          },
        ),
    ...findings.flatMap((f, i) => ['', ...findingText(f, i + 1, lang)]),
    '',
    m.report.disclaimer,
  ];
  return `${lines.join('\n')}\n`;
}

function jsonReport(findings: readonly Finding[], lang: Lang): string {
  const out = findings.map((f) => ({
    ruleId: f.ruleId,
    debtId: f.debtId,
    entryIds: f.entryIds,
    severity: f.severity,
    citations: [
      ...f.citationIds.map((id) => ({ ...citationJson(id, lang), role: 'basis' })),
      ...f.contextCitationIds.map((id) => ({ ...citationJson(id, lang), role: 'context' })),
    ],
    params: f.params,
    trace: f.trace,
  }));
  return `${JSON.stringify({ findings: out }, null, 2)}\n`;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Check a case file against the collection rules; prints the findings as JSON (or text), exit 0.',
  usage: USAGE,
  async run(args, io) {
    const options = parseArgs(args);
    if (options === null) {
      io.err(`usage: youju analyze ${USAGE}\n`);
      return EXIT.usage;
    }
    const caseFile = await readCaseArg('analyze', options.file, io);
    if (caseFile === null) return EXIT.failed;
    const findings = evaluate(caseFile, { now: Date.now() });
    io.out(
      options.format === 'json'
        ? jsonReport(findings, options.lang)
        : textReport(
            findings,
            options.file === '-' ? 'stdin' : options.file,
            caseFile.timeZone,
            options.lang,
          ),
    );
    return EXIT.ok;
  },
};
