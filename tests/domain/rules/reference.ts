// A deliberately plain second reading of the contract rules (case-file-v1 "Rule ids"), written without any of
// evaluate()'s shortcuts: Date.parse and Intl (localMoment) for every entry, every rule walking the whole log,
// groups sorted afresh, findings sorted at the end. Tests compare its findings with evaluate()'s on random logs.
import type { CaseFile, Entry } from '../../../src/domain/case/types.ts';
import { localMoment } from '../../../src/domain/rules/local-time.ts';
import type { CheckRuleId } from '../../../src/domain/rules/rule.ts';

export interface PlainFinding {
  readonly ruleId: CheckRuleId;
  readonly debtId: string | null;
  readonly entryIds: readonly string[];
  readonly localDate: string;
}

interface Row {
  readonly e: Entry;
  readonly index: number;
  readonly ms: number;
  readonly day: string;
  readonly second: number;
}

const CONTACT_KINDS = ['call', 'sms', 'message', 'visit', 'third-party-contact'];
const isContact = (r: Row) =>
  (r.e.direction ?? 'incoming') === 'incoming' && CONTACT_KINDS.includes(r.e.kind);
const groupKey = (e: Entry) =>
  e.debtId !== undefined ? `d ${e.debtId}` : `c ${e.collector?.name ?? 'unknown'}`;
const fileOrder = (rows: readonly Row[]) => [...rows].sort((a, b) => a.index - b.index).map((r) => r.e.id);

const TAG_RULES: readonly (readonly [CheckRuleId, readonly string[]])[] = [
  ['threat', ['threat']],
  ['insult', ['insult']],
  ['violence', ['violence']],
  ['detention', ['detention']],
  ['public-exposure', ['public-exposure']],
  ['seized-property', ['seized-property']],
  ['urged-new-loan', ['urged-new-loan']],
  ['impersonated-authority', ['impersonated-authority', 'fake-legal-document']],
  ['false-crime-claim', ['false-crime-claim']],
  ['improper-payment-demand', ['extra-fee', 'personal-account-payment']],
  ['private-social-account', ['private-social-account']],
];

function groupsOf(rows: readonly Row[]): Row[][] {
  const map = new Map<string, Row[]>();
  for (const r of rows) map.set(groupKey(r.e), [...(map.get(groupKey(r.e)) ?? []), r]);
  return [...map.values()].map((g) => [...g].sort((a, b) => a.ms - b.ms || a.index - b.index));
}

function countRule(
  rows: readonly Row[],
  ruleId: CheckRuleId,
  answered: boolean,
  max: number,
  byNumber: boolean,
) {
  const out: PlainFinding[] = [];
  for (const g of groupsOf(rows)) {
    const calls = g.filter((r) => isContact(r) && r.e.kind === 'call' && r.e.answered === answered);
    const keys = [...new Set(calls.map((r) => `${r.day}|${byNumber ? (r.e.toNumber ?? '\u0000none') : ''}`))];
    for (const k of keys) {
      const members = calls.filter((r) => `${r.day}|${byNumber ? (r.e.toNumber ?? '\u0000none') : ''}` === k);
      if (members.length > max) {
        const day = members[0]?.day ?? '';
        out.push({ ruleId, debtId: g[0]?.e.debtId ?? null, entryIds: fileOrder(members), localDate: day });
      }
    }
  }
  return out;
}

function thirdParty(rows: readonly Row[]): PlainFinding[] {
  const out: PlainFinding[] = [];
  for (const g of groupsOf(rows)) {
    let failed: Row[] = [];
    for (const r of g) {
      if (isContact(r) && r.e.kind === 'third-party-contact') {
        const third = failed[2];
        if (third === undefined || third.day >= r.day) {
          out.push({
            ruleId: 'third-party-while-reachable',
            debtId: g[0]?.e.debtId ?? null,
            entryIds: [r.e.id],
            localDate: r.day,
          });
        }
      }
      const outgoing = (r.e.direction ?? 'incoming') !== 'incoming';
      if ((isContact(r) && r.e.kind === 'call' && r.e.answered === true) || r.e.kind === 'visit' || outgoing)
        failed = [];
      else if (isContact(r) && r.e.kind === 'call' && r.e.answered === false) failed.push(r);
    }
  }
  return out;
}

function perEntry(rows: readonly Row[], ruleId: CheckRuleId, test: (r: Row) => boolean): PlainFinding[] {
  return rows
    .filter(test)
    .map((r) => ({ ruleId, debtId: r.e.debtId ?? null, entryIds: [r.e.id], localDate: r.day }));
}

export function plainEvaluate(c: CaseFile): PlainFinding[] {
  const rows: Row[] = c.entries.map((e, index) => {
    const ms = Date.parse(e.at);
    const m = localMoment(ms, c.timeZone);
    return { e, index, ms, day: m.day, second: m.secondOfDay };
  });
  const debtOf = (r: Row) => c.debts.find((d) => d.id === r.e.debtId);
  const signedOn = (r: Row) => {
    const d = debtOf(r);
    if (d?.kind !== 'credit-card') return null;
    const days = (d.agreements ?? []).filter((a) => a.kind === 'installment' && a.signedOn !== undefined);
    return days.map((a) => a.signedOn ?? '').sort()[0] ?? null;
  };
  const findings: PlainFinding[] = [
    ...perEntry(
      rows,
      'quiet-hours',
      (r) => isContact(r) && (r.second >= 22 * 3600 || r.second < 8 * 3600) && r.e.consentToTime !== true,
    ),
    ...countRule(rows, 'connected-calls-per-day', true, 3, false),
    ...countRule(rows, 'unanswered-attempts-per-day', false, 6, true),
    ...thirdParty(rows),
    ...perEntry(
      rows,
      'third-party-disclosure',
      (r) => isContact(r) && r.e.kind === 'third-party-contact' && r.e.thirdParty?.disclosedDebt === true,
    ),
    ...perEntry(
      rows,
      'visit-too-few-collectors',
      (r) => isContact(r) && r.e.kind === 'visit' && (r.e.visit?.collectors ?? 2) < 2,
    ),
    ...perEntry(
      rows,
      'visit-no-id',
      (r) => isContact(r) && r.e.kind === 'visit' && r.e.visit?.idShown === false,
    ),
    ...perEntry(
      rows,
      'visit-entry-without-consent',
      (r) =>
        isContact(r) &&
        r.e.kind === 'visit' &&
        r.e.visit?.entered === true &&
        r.e.visit.consentToEnter !== true,
    ),
    ...perEntry(rows, 'collection-after-agreement', (r) => {
      const day = signedOn(r);
      return isContact(r) && day !== null && r.day > day;
    }),
    ...c.debts.flatMap((d): PlainFinding[] => {
      if (!['credit-card', 'bank-loan', 'consumer-finance'].includes(d.kind)) return [];
      const first = groupsOf(rows.filter((r) => r.e.debtId === d.id))[0]?.find(
        (r) => isContact(r) && r.e.collector?.side === 'agency',
      );
      if (first === undefined || (d.outsourcingNoticeOn !== undefined && d.outsourcingNoticeOn <= first.day))
        return [];
      return [
        { ruleId: 'outsourcing-without-notice', debtId: d.id, entryIds: [first.e.id], localDate: first.day },
      ];
    }),
    ...TAG_RULES.flatMap(([ruleId, tags]) =>
      perEntry(rows, ruleId, (r) => (r.e.tags ?? []).some((t) => tags.includes(t))),
    ),
  ];
  const firstIndex = (f: PlainFinding) =>
    Math.min(...f.entryIds.map((id) => rows.findIndex((r) => r.e.id === id)));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort(
    (a, b) =>
      cmp(a.ruleId, b.ruleId) ||
      firstIndex(a) - firstIndex(b) ||
      cmp(a.entryIds.join('\u0000'), b.entryIds.join('\u0000')) ||
      cmp(a.debtId ?? '', b.debtId ?? ''),
  );
}
