import { INSTITUTIONAL_DEBT_KINDS } from '../rule.ts';
import type { CheckRule, Hit, TableRule } from '../rule.ts';
import { clockOf, secondsOf } from '../local-time.ts';

const QUIET = { quietStart: '22:00', quietEnd: '08:00' } as const;

/** legal-facts.md §12: when a collector may make contact. */
export const TIME_ROWS = [
  {
    id: 'R21',
    kind: 'may-not',
    topic: 'calls',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['gbt-45251-2025', 'cba-2026'],
    params: QUIET,
    bindingAsWritten: 'GB/T + SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R24',
    kind: 'may-not',
    topic: 'calls',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['nifa-2018-17'],
    bindingAsWritten: 'SRO',
    confidenceAsWritten: 'V-sec',
  },
] as const satisfies readonly TableRule[];

const START = secondsOf(QUIET.quietStart);
const END = secondsOf(QUIET.quietEnd);

// The window runs over midnight: [22:00, 24:00) ∪ [00:00, 08:00).
const inQuietHours = (secondOfDay: number): boolean =>
  START > END ? secondOfDay >= START || secondOfDay < END : secondOfDay >= START && secondOfDay < END;

// Thousands of quiet-hours findings carry the same few trace values; findings are read-only, so they share them.
const KIND_VALUES = new Map<string, { readonly kind: string }>();
const kindValues = (kind: string): { readonly kind: string } => {
  let v = KIND_VALUES.get(kind);
  if (v === undefined) {
    v = { kind };
    KIND_VALUES.set(kind, v);
  }
  return v;
};
const CONSENT_FALSE = { consentToTime: false } as const;
const CONSENT_ABSENT = { consentToTime: null } as const;

/** case-file-v1 `quiet-hours`: a collection contact in [22:00, 08:00) local time without consent; one per entry. */
export const quietHours = {
  id: 'quiet-hours',
  tableRows: ['R21'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['gbt-45251-2025', 'cba-2026'],
  params: QUIET,
  check: (ctx) =>
    ctx.contacts
      .filter((p) => p.collectionContact && inQuietHours(p.secondOfDay) && p.entry.consentToTime !== true)
      .map((p): Hit => {
        const ids = [p.entry.id];
        const localTime = clockOf(p.secondOfDay);
        return {
          entries: [p],
          debtId: p.debtId ?? null,
          params: { quietStart: QUIET.quietStart, quietEnd: QUIET.quietEnd, localDate: p.day, localTime },
          trace: [
            { condition: 'collection-contact', entryIds: ids, values: kindValues(p.kind) },
            {
              condition: 'local-time-in-quiet-hours',
              entryIds: ids,
              values: { localDate: p.day, localTime, timeZone: ctx.timeZone },
            },
            {
              condition: 'no-consent-to-time',
              entryIds: ids,
              values: p.entry.consentToTime === false ? CONSENT_FALSE : CONSENT_ABSENT,
            },
          ],
        };
      }),
} as const satisfies CheckRule;
