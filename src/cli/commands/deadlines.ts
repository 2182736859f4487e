/**
 * `youju deadlines <case.json> [--today YYYY-MM-DD] [--lang zh-CN|en]`: each debt's stage (typical practice) and
 * its deadlines (law, with citations), as JSON. `--today` defaults to today in the case's time zone; the domain
 * never reads the clock, this command does.
 */
import { isLocalDate } from '../../domain/case/dates.ts';
import { computeDeadlines } from '../../domain/deadlines/compute.ts';
import type { Deadline, DeadlineSet } from '../../domain/deadlines/types.ts';
import { localMoment } from '../../domain/rules/local-time.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { readCaseArg } from '../read-case.ts';
import { citationJson, CLI_LANGS, type CliLang } from '../citation-json.ts';

const USAGE = '<case.json | -> [--today YYYY-MM-DD] [--lang zh-CN|en]';
const LANGS = CLI_LANGS;
type Lang = CliLang;

interface Options {
  readonly file: string;
  readonly today?: string;
  readonly lang: Lang;
}

/** Arguments → options, or null when they do not fit the usage line. */
export function parseDeadlineArgs(args: readonly string[]): Options | null {
  let file: string | undefined;
  let today: string | undefined;
  let lang: Lang = 'zh-CN';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    if (flag === '--today') {
      const value = inline ?? args[++i];
      if (value === undefined || !isLocalDate(value)) return null;
      today = value;
    } else if (flag === '--lang') {
      const given = inline ?? args[++i];
      const value = LANGS.find((l) => l === given);
      if (value === undefined) return null;
      lang = value;
    } else if (arg.startsWith('--') || file !== undefined) {
      return null;
    } else {
      file = arg;
    }
  }
  if (file === undefined) return null;
  return today === undefined ? { file, lang } : { file, today, lang };
}

const deadlineJson = (d: Deadline, lang: Lang) => ({
  id: d.id,
  due: d.due,
  from: d.from ?? null,
  startDay: d.startDay,
  // null for a day printed on the paper ('as-printed').
  period: d.period ?? null,
  counting: d.counting,
  holidayData: d.holidayData,
  movedFrom: d.movedFrom ?? null,
  estimate: d.estimate,
  passed: d.passed,
  // Limitation whose start lies after today: the period has not begun (docs/stages.md).
  notBegun: d.notBegun === true,
  notes: d.notes,
  citations: d.citationIds.map((id) => citationJson(id, lang)),
});

function deadlinesJson(sets: readonly DeadlineSet[], today: string, timeZone: string, lang: Lang): string {
  const debts = sets.map((s) => ({
    debtId: s.debtId,
    stage: s.stage.stage,
    stageBasis: s.stage.basis,
    stageFrom: s.stage.fromEntryId ?? null,
    daysOverdue: s.stage.daysOverdue ?? null,
    nextStep: s.stage.nextStep,
    deadlines: s.deadlines.map((d) => deadlineJson(d, lang)),
    needsDate: s.needsDate,
    // Days printed on letters that are not court or arbitration papers: the sender's dates, never deadlines.
    senderDates: s.senderDates,
  }));
  return `${JSON.stringify({ today, timeZone, stageTimingIs: 'typical-practice', debts }, null, 2)}\n`;
}

export const deadlinesCommand: Command = {
  name: 'deadlines',
  summary: "Each debt's stage (typical practice) and legal deadlines with citations, as JSON, exit 0.",
  usage: USAGE,
  async run(args, io) {
    const options = parseDeadlineArgs(args);
    if (options === null) {
      io.err(`usage: youju deadlines ${USAGE}\n`);
      return EXIT.usage;
    }
    const caseFile = await readCaseArg('deadlines', options.file, io);
    if (caseFile === null) return EXIT.failed;
    const { timeZone } = caseFile;
    const today = options.today ?? localMoment(Date.now(), timeZone).day;
    const sets = computeDeadlines(caseFile, { today });
    io.out(deadlinesJson(sets, today, timeZone, options.lang));
    return EXIT.ok;
  },
};
