import { idsInFileOrder } from '../context.ts';
import type { EvalContext, PreparedEntry } from '../context.ts';
import { INSTITUTIONAL_DEBT_KINDS } from '../rule.ts';
import type { CheckRule, Hit, TableRule } from '../rule.ts';

const CONNECTED = { maxConnectedCallsPerDay: 3 } as const;
const UNANSWERED = { maxUnansweredPerNumberPerDay: 6 } as const;

/** legal-facts.md §12: how often a collector may call. */
export const FREQUENCY_ROWS = [
  {
    id: 'R22',
    kind: 'may-not',
    topic: 'calls',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['gbt-45251-2025'],
    params: CONNECTED,
    bindingAsWritten: 'GB/T',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R23',
    kind: 'may-not',
    topic: 'calls',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['cba-2026'],
    params: UNANSWERED,
    bindingAsWritten: 'SRO',
    confidenceAsWritten: 'V-sec',
  },
] as const satisfies readonly TableRule[];

const incomingCall = (p: PreparedEntry, answered: boolean): boolean =>
  p.collectionContact && p.kind === 'call' && p.answered === answered;

/**
 * Buckets the incoming calls that `keep` accepts by group and by a key; keeps first-seen order (file order) for a
 * stable result. Members are in file order; evaluate() finds the earliest itself.
 */
const bucket = (
  ctx: EvalContext,
  keep: (p: PreparedEntry) => boolean,
  keyOf: (p: PreparedEntry) => string,
): { debtId: string | null; key: string; members: PreparedEntry[] }[] => {
  type Bucket = { debtId: string | null; key: string; members: PreparedEntry[] };
  const out: Bucket[] = [];
  const byGroup = new Map<string, Map<string, Bucket>>();
  for (const p of ctx.contactsOfKind('call')) {
    if (!keep(p)) continue;
    const key = keyOf(p);
    let byKey = byGroup.get(p.group);
    if (byKey === undefined) {
      byKey = new Map();
      byGroup.set(p.group, byKey);
    }
    const b = byKey.get(key);
    if (b !== undefined) b.members.push(p);
    else {
      const fresh: Bucket = { debtId: p.debtId ?? null, key, members: [p] };
      byKey.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
};

/**
 * case-file-v1 `connected-calls-per-day`: more than 3 answered incoming calls in one group and local day; one
 * finding per group-day listing all of that day's answered calls. GB/T 45251 counts the lender and all its
 * agencies together, which is why the group is the debt and not the caller.
 */
export const connectedCallsPerDay = {
  id: 'connected-calls-per-day',
  tableRows: ['R22'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['gbt-45251-2025'],
  params: CONNECTED,
  check: (ctx) =>
    bucket(
      ctx,
      (p) => incomingCall(p, true),
      (p) => p.day,
    )
      .filter((b) => b.members.length > CONNECTED.maxConnectedCallsPerDay)
      .map((b): Hit => {
        const ids = idsInFileOrder(b.members);
        return {
          entries: b.members,
          debtId: b.debtId,
          params: { ...CONNECTED, localDate: b.key, count: b.members.length },
          trace: [
            {
              condition: 'answered-incoming-calls-on-local-day',
              entryIds: ids,
              values: { localDate: b.key, count: b.members.length, timeZone: ctx.timeZone },
            },
          ],
        };
      }),
} as const satisfies CheckRule;

/**
 * case-file-v1 `unanswered-attempts-per-day`: more than 6 unanswered incoming calls in one group, local day and
 * `toNumber` (absent = one number); one finding per group-day-number.
 */
export const unansweredAttemptsPerDay = {
  id: 'unanswered-attempts-per-day',
  tableRows: ['R23'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['cba-2026'],
  params: UNANSWERED,
  check: (ctx) =>
    bucket(
      ctx,
      (p) => incomingCall(p, false),
      // A day is 10 characters, so "no number" (the bare day) never equals a day with a number.
      (p) => (p.entry.toNumber === undefined ? p.day : `${p.day}#${p.entry.toNumber}`),
    )
      .filter((b) => b.members.length > UNANSWERED.maxUnansweredPerNumberPerDay)
      .map((b): Hit => {
        const first = b.members[0];
        const localDate = first?.day ?? '';
        const toNumber = first?.entry.toNumber ?? null;
        const ids = idsInFileOrder(b.members);
        return {
          entries: b.members,
          debtId: b.debtId,
          params: { ...UNANSWERED, localDate, toNumber, count: b.members.length },
          trace: [
            {
              condition: 'unanswered-incoming-calls-to-number-on-local-day',
              entryIds: ids,
              values: { localDate, toNumber, count: b.members.length, timeZone: ctx.timeZone },
            },
          ],
        };
      }),
} as const satisfies CheckRule;
