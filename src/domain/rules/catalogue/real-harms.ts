import type { Entry } from '../../case/types.ts';
import { idsInFileOrder } from '../context.ts';
import type { EvalContext, PreparedEntry } from '../context.ts';
import { ALL_DEBT_KINDS, INSTITUTIONAL_DEBT_KINDS } from '../rule.ts';
import type { CheckRule, Hit, TableRule } from '../rule.ts';
import { taggedEntries } from './tagged.ts';

/**
 * What borrowers report most beyond calls and visits: message floods, pestering, damaged property, invented
 * consequences and collection of a debt already paid (legal-facts.md rows R84–R90, R119, R120; docs/rules.md).
 */
export const REAL_HARM_ROWS = [
  {
    // No statute, regulation, standard or industry rule caps collection messages per day: the app shows none.
    id: 'R86',
    kind: 'not-confirmed',
    topic: 'calls',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: [],
    bindingAsWritten: '–',
    confidenceAsWritten: 'unverified (no cap found)',
  },
  {
    id: 'R119',
    kind: 'may-not',
    topic: 'fees-payments',
    debtKinds: ALL_DEBT_KINDS,
    // 征信条例 Art. 25: a negative record left after payment can be objected to; Art. 16 runs the 5 years from it.
    citationIds: ['minfadian-557-558', 'zhengxin-25', 'zhengxin-16'],
    bindingAsWritten: 'LAW + AR',
    confidenceAsWritten: 'V-full / unverified (deadline)',
  },
  {
    id: 'R120',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-275', 'zhian-2012-49', 'zhian-2025-58'],
    bindingAsWritten: 'LAW',
    // The row is V-sec; 治安 2012 Art. 49 was checked against the full text earlier in the sheet (§3).
    confidenceAsWritten: 'V-sec / V-full',
  },
] as const satisfies readonly TableRule[];

/** This tool's signal, not a legal line: no cap on collection messages was found (R86). */
const FLOOD = { floodSignalMessagesPerDay: 10 } as const;

const isIncomingMessage = (p: PreparedEntry): boolean =>
  p.collectionContact && (p.kind === 'sms' || p.kind === 'message');

/**
 * case-file-v1 `message-flood`: more than 10 incoming SMS or messages in one group and local day; one finding per
 * group-day listing all of that day's incoming messages. 民法典 1033(1) forbids disturbing private life by text
 * messages; 治安管理处罚法 punishes repeated insulting, threatening or obscene messages and (from 2026) pestering,
 * and lets the police order no contact (R84, R85).
 */
export const messageFlood = {
  id: 'message-flood',
  tableRows: ['R09', 'R10', 'R86'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['minfadian-1033-1', 'zhian-2012-42-5', 'zhian-2025-50-1-5', 'zhian-2025-50-2'],
  params: FLOOD,
  check: (ctx: EvalContext) => {
    const byGroupDay = new Map<string, PreparedEntry[]>();
    const order: string[] = [];
    for (const p of ctx.contacts) {
      if (!isIncomingMessage(p)) continue;
      const key = `${p.group}\u0000${p.day}`;
      const list = byGroupDay.get(key);
      if (list === undefined) {
        byGroupDay.set(key, [p]);
        order.push(key);
      } else list.push(p);
    }
    return order.flatMap((key): Hit[] => {
      const members = byGroupDay.get(key) ?? [];
      const first = members[0];
      if (first === undefined || members.length <= FLOOD.floodSignalMessagesPerDay) return [];
      const ids = idsInFileOrder(members);
      return [
        {
          entries: members,
          debtId: first.debtId ?? null,
          params: { ...FLOOD, localDate: first.day, count: members.length },
          trace: [
            {
              condition: 'incoming-messages-on-local-day',
              entryIds: ids,
              values: { localDate: first.day, count: members.length, timeZone: ctx.timeZone },
            },
          ],
        },
      ];
    });
  },
} as const satisfies CheckRule;

/** Tag `harassment`: pestering, following, fake orders, call or SMS bombing, malicious reports (R84, R85). */
export const harassment = {
  id: 'harassment',
  tableRows: ['R09'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['zhian-2012-42-5', 'zhian-2025-50-1-5', 'zhian-2025-50-2'],
  params: {},
  check: taggedEntries(['harassment']),
} as const satisfies CheckRule;

/** Tag `property-damage`: paint, glue in locks, broken doors or goods (R120). */
export const propertyDamage = {
  id: 'property-damage',
  tableRows: ['R120'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['xingfa-275', 'zhian-2012-49', 'zhian-2025-58'],
  params: {},
  check: taggedEntries(['property-damage']),
} as const satisfies CheckRule;

/**
 * Tag `false-consequence`: invented consequences other than a crime ("we will freeze all your cards today", "your
 * children cannot go to school", "your contacts must pay"). An industry ban (R30, R90); a contact owes nothing
 * without a written guarantee (民法典 465, 685–687) is background, not the ban.
 */
export const falseConsequence = {
  id: 'false-consequence',
  tableRows: ['R30'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['cba-2026'],
  contextCitationIds: ['minfadian-465', 'minfadian-685-687'],
  params: {},
  check: taggedEntries(['false-consequence']),
} as const satisfies CheckRule;

const DEMAND_LETTERS: ReadonlySet<string> = new Set(['collection-notice', 'lawyer-letter']);

const afterPayoff = (p: PreparedEntry, paidOffOn: string): boolean => {
  if (p.collectionContact) return p.day > paidOffOn;
  const e: Entry = p.entry;
  if (e.kind !== 'letter' || e.letter?.type === undefined || !DEMAND_LETTERS.has(e.letter.type)) return false;
  return (e.letter.receivedOn ?? p.day) > paidOffOn;
};

/**
 * case-file-v1 `collection-after-payoff`: for a debt with `paidOffOn`, every collection contact on a later local
 * day and every collection notice or lawyer's letter received after it; one finding per debt. Performance ends the
 * debt and the creditor must help confirm it (民法典 557, 558; R119).
 */
export const collectionAfterPayoff = {
  id: 'collection-after-payoff',
  tableRows: ['R119'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['minfadian-557-558'],
  params: {},
  check: (ctx: EvalContext) =>
    ctx.caseFile.debts.flatMap((debt): Hit[] => {
      const paidOffOn = debt.paidOffOn;
      if (paidOffOn === undefined) return [];
      const members = ctx.entries.filter((p) => p.debtId === debt.id && afterPayoff(p, paidOffOn));
      if (members.length === 0) return [];
      const ids = idsInFileOrder(members);
      return [
        {
          entries: members,
          debtId: debt.id,
          params: { paidOffOn, count: members.length },
          trace: [{ condition: 'collection-after-paid-off-day', entryIds: ids, values: { paidOffOn } }],
        },
      ];
    }),
} as const satisfies CheckRule;
