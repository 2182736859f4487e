/**
 * What a finding says, said once: the rule, when it happened in the case's time zone, how often, the facts of the
 * log entries behind it and the sentence key that words it. The app's findings screen, the log's notice after a
 * save, `youju analyze --format text`, the letters and report.html all build on this, so they cannot drift apart.
 * Words stay in locales/…/rules.json; `findingDetail` fills the sentence through any translate function.
 */
import type { CaseFile, Entry } from '../case/types.ts';
import { instantOf } from '../case/dates.ts';
import type { CitationId } from '../citations/citations.ts';
import type { Translate } from '../shared/messages.ts';
import type { Finding, Severity } from './evaluate.ts';
import { clockOf, localMoment } from './local-time.ts';
import type { CheckRuleId } from './rule.ts';

const RELATIONS = ['spouse', 'relative', 'colleague', 'employer', 'friend', 'contact-list', 'other'] as const;
const PLACES = ['home', 'workplace', 'other'] as const;

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** A fact the log holds about one entry behind a finding; only what was recorded is listed. */
type FactCode =
  | 'answered'
  | 'unanswered'
  | 'id-shown'
  | 'id-not-shown'
  | 'entered'
  | 'not-entered'
  | 'consent-to-enter'
  | 'no-consent-to-enter'
  | 'consent-to-time'
  | 'no-consent-to-time';

interface EntryFacts {
  readonly entryId: string;
  /** Local day and time (HH:MM) in the case's zone. */
  readonly day: string;
  readonly time: string;
  readonly kind: Entry['kind'];
  readonly collectors?: number;
  readonly facts: readonly FactCode[];
}

interface FindingMessage {
  readonly ruleId: CheckRuleId;
  readonly severity: Severity;
  readonly debtId: string | null;
  readonly entryIds: readonly string[];
  readonly citationIds: readonly CitationId[];
  readonly contextCitationIds: readonly CitationId[];
  /** The rules-namespace key of the title and of the sentence. */
  readonly titleKey: string;
  readonly detailKey: string;
  /** Local day (YYYY-MM-DD) and time (HH:MM) of the conduct in the case's zone, when the rule gives them. */
  readonly day: string | null;
  readonly time: string | null;
  readonly count: number | null;
  /**
   * The log does not say whether the lender gave notice: the app may word this finding as a question to check
   * instead of a statement while the user has not said whether they were told.
   */
  readonly mayAsk: boolean;
  /** The lender kind the sources may not bind (a private or unlicensed lender), or null. */
  readonly scopeDebtKind: string | null;
  readonly params: Finding['params'];
  readonly facts: readonly EntryFacts[];
}

function detailKeyOf(f: Finding): string {
  if (f.ruleId === 'visit-entry-without-consent')
    return `rules:rule.${f.ruleId}.${f.params.place === 'home' ? 'detailHome' : 'detailOther'}`;
  if (f.ruleId === 'outsourcing-without-notice')
    return `rules:rule.${f.ruleId}.${f.params.outsourcingNoticeOn === null ? 'detailNoNotice' : 'detailLateNotice'}`;
  return `rules:rule.${f.ruleId}.detail`;
}

const flag = (v: boolean | undefined, yes: FactCode, no: FactCode): FactCode[] =>
  v === undefined ? [] : [v ? yes : no];

function factsOf(e: Entry, timeZone: string): EntryFacts {
  const ms = instantOf(e.at);
  const m = Number.isNaN(ms) ? null : localMoment(ms, timeZone);
  const call = e.kind === 'call';
  return {
    entryId: e.id,
    day: m?.day ?? e.at,
    time: m === null ? '' : clockOf(m.secondOfDay).slice(0, 5),
    kind: e.kind,
    ...(e.visit?.collectors === undefined ? {} : { collectors: e.visit.collectors }),
    facts: [
      ...(call ? flag(e.answered, 'answered', 'unanswered') : []),
      ...flag(e.visit?.idShown, 'id-shown', 'id-not-shown'),
      ...flag(e.visit?.entered, 'entered', 'not-entered'),
      ...flag(e.visit?.consentToEnter, 'consent-to-enter', 'no-consent-to-enter'),
      ...flag(e.consentToTime, 'consent-to-time', 'no-consent-to-time'),
    ],
  };
}

/** The finding with its time, counts and facts; `caseFile` supplies the entries and the time zone. */
export function findingMessage(f: Finding, caseFile: Pick<CaseFile, 'entries' | 'timeZone'>): FindingMessage {
  const byId = new Map(caseFile.entries.map((e) => [e.id, e]));
  const scope = f.trace.find((t) => t.condition === 'source-may-not-bind-this-lender')?.values?.debtKind;
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    debtId: f.debtId,
    entryIds: f.entryIds,
    citationIds: f.citationIds,
    contextCitationIds: f.contextCitationIds,
    titleKey: `rules:rule.${f.ruleId}.title`,
    detailKey: detailKeyOf(f),
    day: typeof f.params.localDate === 'string' ? f.params.localDate : null,
    time: typeof f.params.localTime === 'string' ? f.params.localTime.slice(0, 5) : null,
    count: typeof f.params.count === 'number' ? f.params.count : null,
    mayAsk: f.ruleId === 'outsourcing-without-notice' && f.params.outsourcingNoticeOn === null,
    scopeDebtKind: typeof scope === 'string' ? scope : null,
    params: f.params,
    facts: f.entryIds.flatMap((id) => {
      const e = byId.get(id);
      return e === undefined ? [] : [factsOf(e, caseFile.timeZone)];
    }),
  };
}

/** The values the sentence needs, codes worded in the reader's language. */
function sentenceValues(m: FindingMessage, t: Translate): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params)) out[k] = typeof v === 'number' ? v : String(v);
  const relation = oneOf(RELATIONS, m.params.relation);
  out.relation = t(`rules:relation.${relation ?? 'unknown'}`);
  const place = oneOf(PLACES, m.params.place);
  out.place = t(`rules:place.${place ?? 'unknown'}`);
  out.number = typeof m.params.toNumber === 'string' ? m.params.toNumber : t('rules:report.unknownNumber');
  out.collectors = typeof m.params.collectors === 'number' ? m.params.collectors : '?';
  if (m.time !== null) out.localTime = m.time;
  return out;
}

/** The finding's sentence, from the rules namespace, with the local time as HH:MM. */
export const findingDetail = (m: FindingMessage, t: Translate): string =>
  t(m.detailKey, sentenceValues(m, t));
