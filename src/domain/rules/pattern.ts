/**
 * The pattern of contact for one debt, as data for a picture: contacts per local day over time and a
 * day-of-week × hour grid, with the quiet hours and daily limits taken from the rules themselves and the contacts
 * that a finding rests on marked. Pure: local days and hours come from the case zone through Intl (local-time.ts).
 */
import type { CaseFile, Entry } from '../case/types.ts';
import { directionOf } from '../case/types.ts';
import { CHECK_RULES } from './catalogue.ts';
import type { Finding } from './evaluate.ts';
import { createFastLocalClock, instantOfAt } from './fast-time.ts';
import { secondsOf } from './local-time.ts';
import type { CheckRuleId } from './rule.ts';

/** The limits drawn in, read from the rule records so that the picture and the findings cannot disagree. */
interface PatternLimits {
  /** Seconds since local midnight; the quiet window runs from start over midnight to end. */
  readonly quietStart: number;
  readonly quietEnd: number;
  readonly maxConnectedCallsPerDay: number;
  readonly maxUnansweredPerNumberPerDay: number;
}

const numberParam = (ruleId: CheckRuleId, name: string): number => {
  const v = CHECK_RULES[ruleId].params[name];
  return typeof v === 'number' ? v : Number.NaN;
};
const stringParam = (ruleId: CheckRuleId, name: string): string => {
  const v = CHECK_RULES[ruleId].params[name];
  return typeof v === 'string' ? v : '';
};

export const PATTERN_LIMITS: PatternLimits = {
  quietStart: secondsOf(stringParam('quiet-hours', 'quietStart')),
  quietEnd: secondsOf(stringParam('quiet-hours', 'quietEnd')),
  maxConnectedCallsPerDay: numberParam('connected-calls-per-day', 'maxConnectedCallsPerDay'),
  maxUnansweredPerNumberPerDay: numberParam('unanswered-attempts-per-day', 'maxUnansweredPerNumberPerDay'),
};

interface PatternContact {
  readonly entryId: string;
  readonly kind: Entry['kind'];
  /** Local day (YYYY-MM-DD) and time in the case zone. */
  readonly day: string;
  readonly secondOfDay: number;
  readonly hour: number;
  /** 0 = Monday … 6 = Sunday (the week as it is printed in China). */
  readonly weekday: number;
  /** `true` answered call, `false` unanswered call, `null` anything else. */
  readonly answered: boolean | null;
  /** The rules whose findings rest on this contact (empty: none). */
  readonly ruleIds: readonly CheckRuleId[];
}

interface PatternDay {
  readonly day: string;
  readonly weekday: number;
  readonly contacts: number;
  readonly answeredCalls: number;
  /** Incoming texts and app messages (sms, message): a flood shows here, beside the calls. */
  readonly messages: number;
  /** Contacts on this day that a finding rests on. */
  readonly violating: number;
}

export interface DebtPattern {
  readonly debtId: string | null;
  readonly timeZone: string;
  readonly limits: PatternLimits;
  /** Collection contacts in time order. */
  readonly contacts: readonly PatternContact[];
  /** Every local day from the first contact to the last, empty days included. */
  readonly days: readonly PatternDay[];
  /** grid[weekday][hour] = number of contacts. */
  readonly grid: readonly (readonly number[])[];
  /** violatingGrid[weekday][hour] = contacts there that a finding rests on. */
  readonly violatingGrid: readonly (readonly number[])[];
  readonly maxPerDay: number;
  readonly maxPerCell: number;
  readonly violatingContacts: number;
  /** Days before the first drawn day that had contacts (a log longer than MAX_PATTERN_DAYS). */
  readonly daysLeftOut: number;
}

const CONTACT_KINDS: ReadonlySet<Entry['kind']> = new Set([
  'call',
  'sms',
  'message',
  'visit',
  'third-party-contact',
]);

const DAY_MS = 86_400_000;

/** Calendar arithmetic on YYYY-MM-DD (no zone involved): the day as a count of days since 1970-01-01. */
const dayNumber = (day: string): number => {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / DAY_MS);
};

const dayOfNumber = (n: number): string => {
  const t = new Date(n * DAY_MS);
  const two = (v: number) => String(v).padStart(2, '0');
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}`;
};

/** 1970-01-01 was a Thursday (3 when Monday is 0). */
const weekdayOfNumber = (n: number): number => (((n + 3) % 7) + 7) % 7;

const emptyGrid = (): number[][] => Array.from({ length: 7 }, () => new Array<number>(24).fill(0));

/** The most days drawn one by one; a longer log keeps its most recent days (the picture says so). */
const MAX_PATTERN_DAYS = 366;

/**
 * The pattern of one debt's collection contacts (`debtId` null: the contacts logged without a debt). `findings`
 * are evaluate()'s for the same case; a contact counts as violating when a finding of this debt lists it.
 */
export function patternOf(
  caseFile: CaseFile,
  findings: readonly Finding[],
  debtId: string | null,
  timeZone: string = caseFile.timeZone,
): DebtPattern {
  const clock = createFastLocalClock(timeZone);
  const rulesOf = new Map<string, CheckRuleId[]>();
  for (const f of findings) {
    if (f.debtId !== debtId) continue;
    for (const id of f.entryIds) {
      const list = rulesOf.get(id);
      if (list === undefined) rulesOf.set(id, [f.ruleId]);
      else if (!list.includes(f.ruleId)) list.push(f.ruleId);
    }
  }
  const timed: { ms: number; index: number; contact: PatternContact; dayNo: number }[] = [];
  caseFile.entries.forEach((e, index) => {
    if ((e.debtId ?? null) !== debtId) return;
    if (directionOf(e) !== 'incoming' || !CONTACT_KINDS.has(e.kind)) return;
    const ms = instantOfAt(e.at);
    if (!Number.isFinite(ms)) return;
    const m = clock(ms);
    const dayNo = dayNumber(m.day);
    timed.push({
      ms,
      index,
      dayNo,
      contact: {
        entryId: e.id,
        kind: e.kind,
        day: m.day,
        secondOfDay: m.secondOfDay,
        hour: Math.floor(m.secondOfDay / 3600),
        weekday: weekdayOfNumber(dayNo),
        answered: e.kind === 'call' && e.answered !== undefined ? e.answered : null,
        ruleIds: rulesOf.get(e.id) ?? [],
      },
    });
  });
  timed.sort((a, b) => a.ms - b.ms || a.index - b.index);
  const contacts = timed.map((t) => t.contact);
  const grid = emptyGrid();
  const violatingGrid = emptyGrid();
  const perDay = new Map<
    number,
    { contacts: number; answeredCalls: number; messages: number; violating: number }
  >();
  let violatingContacts = 0;
  for (const t of timed) {
    const c = t.contact;
    const violating = c.ruleIds.length > 0;
    const row = grid[c.weekday];
    if (row) row[c.hour] = (row[c.hour] ?? 0) + 1;
    if (violating) {
      violatingContacts += 1;
      const vrow = violatingGrid[c.weekday];
      if (vrow) vrow[c.hour] = (vrow[c.hour] ?? 0) + 1;
    }
    const d = perDay.get(t.dayNo) ?? { contacts: 0, answeredCalls: 0, messages: 0, violating: 0 };
    d.contacts += 1;
    if (c.answered === true) d.answeredCalls += 1;
    if (c.kind === 'sms' || c.kind === 'message') d.messages += 1;
    if (violating) d.violating += 1;
    perDay.set(t.dayNo, d);
  }
  const days: PatternDay[] = [];
  const first = timed.reduce((min, t) => Math.min(min, t.dayNo), Number.POSITIVE_INFINITY);
  const last = timed.reduce((max, t) => Math.max(max, t.dayNo), Number.NEGATIVE_INFINITY);
  const from = Math.max(first, last - MAX_PATTERN_DAYS + 1);
  for (let n = from; n <= last; n += 1) {
    const d = perDay.get(n);
    days.push({
      day: dayOfNumber(n),
      weekday: weekdayOfNumber(n),
      contacts: d?.contacts ?? 0,
      answeredCalls: d?.answeredCalls ?? 0,
      messages: d?.messages ?? 0,
      violating: d?.violating ?? 0,
    });
  }
  return {
    debtId,
    timeZone,
    limits: PATTERN_LIMITS,
    contacts,
    days,
    grid,
    violatingGrid,
    maxPerDay: days.reduce((m, d) => Math.max(m, d.contacts), 0),
    maxPerCell: grid.reduce((m, row) => Math.max(m, ...row), 0),
    violatingContacts,
    daysLeftOut: [...perDay.keys()].filter((n) => n < from).length,
  };
}

/** Whether a local time falls in the quiet window (which runs over midnight). */
export const inQuietWindow = (secondOfDay: number, limits: PatternLimits = PATTERN_LIMITS): boolean =>
  limits.quietStart > limits.quietEnd
    ? secondOfDay >= limits.quietStart || secondOfDay < limits.quietEnd
    : secondOfDay >= limits.quietStart && secondOfDay < limits.quietEnd;
