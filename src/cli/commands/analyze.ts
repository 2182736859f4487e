/**
 * `youju analyze <case.json> [--format json|text] [--lang zh-CN|en]`: runs the rule engine over a case file and
 * prints the findings, as JSON for tools or as text for a person helping the borrower. The words come from
 * locales/<lang>/rules.json, the same namespace the app uses.
 */
import zhRules from '../../../locales/zh-CN/rules.json';
import enRules from '../../../locales/en/rules.json';
import type { CaseFile } from '../../domain/case/types.ts';
import { citationHead, citationParts } from '../../domain/citations/citation-parts.ts';
import type { CitationId } from '../../domain/citations/citations.ts';
import { findingDetail, findingMessage } from '../../domain/rules/finding-message.ts';
import type { Translate } from '../../domain/shared/messages.ts';
import { cliTranslator } from '../words.ts';
import { evaluate } from '../../domain/rules/evaluate.ts';
import type { Finding } from '../../domain/rules/evaluate.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { readCaseArg } from '../read-case.ts';
import { citationJson, CLI_LANGS, type CliLang } from '../citation-json.ts';

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

const TRANSLATE: Readonly<Record<Lang, Translate>> = {
  'zh-CN': cliTranslator('zh-CN', { rules: zhRules }),
  en: cliTranslator('en', { rules: enRules }),
};

/** "  - 《…》第n条（法律；已对照全文核对；条文序号待核实）": the same parts and words as the app's list. */
function citationLine(id: CitationId, lang: Lang): string {
  const p = citationParts(id, lang);
  const t = TRANSLATE[lang];
  const notes = [
    t(`rules:binding.${p.binding}`),
    t(`rules:confidence.${p.confidence}`),
    ...p.marks.map((m) =>
      t(m === 'article-unverified' ? 'rules:citation.articleUnverified' : 'rules:citation.unverified'),
    ),
  ];
  const head = citationHead(p, lang);
  return lang === 'zh-CN' ? `  - ${head}（${notes.join('；')}）` : `  - ${head} (${notes.join('; ')})`;
}

function findingText(f: Finding, caseFile: CaseFile, n: number, lang: Lang): string[] {
  const m = findingMessage(f, caseFile);
  const t = TRANSLATE[lang];
  const scope = m.scopeDebtKind === null ? null : t(`rules:debtKind.${m.scopeDebtKind}`);
  return [
    `${n}. ${t(m.titleKey)}`,
    `   ${t(`rules:severity.${m.severity}`)}`,
    `   ${findingDetail(m, t)}`,
    ...(scope === null ? [] : [`   ${t('rules:report.scope', { debtKind: scope })}`]),
    `   ${m.debtId === null ? t('rules:report.noDebt') : t('rules:report.debt', { debtId: m.debtId })}`,
    `   ${t('rules:report.entries', { entryIds: m.entryIds.join(', ') })}`,
    `   ${t('rules:report.sources')}`,
    ...m.citationIds.map((id) => `  ${citationLine(id, lang)}`),
    ...(m.contextCitationIds.length === 0
      ? []
      : [
          `   ${t('rules:report.context')}`,
          ...m.contextCitationIds.map((id) => `  ${citationLine(id, lang)}`),
        ]),
  ];
}

export function textReport(
  findings: readonly Finding[],
  caseFile: CaseFile,
  file: string,
  lang: Lang,
): string {
  const t = TRANSLATE[lang];
  const count = findings.length;
  const lines = [
    t('rules:report.title'),
    t('rules:report.file', { file, timeZone: caseFile.timeZone }),
    '',
    count === 0 ? t('rules:report.none') : t('rules:report.count', { count }),
    ...findings.flatMap((f, i) => ['', ...findingText(f, caseFile, i + 1, lang)]),
    '',
    t('rules:report.disclaimer'),
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
        : textReport(findings, caseFile, options.file === '-' ? 'stdin' : options.file, options.lang),
    );
    return EXIT.ok;
  },
};
