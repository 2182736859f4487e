import { debtIdOfGroup, idsInFileOrder } from '../context.ts';
import type { PreparedEntry } from '../context.ts';
import { ALL_DEBT_KINDS, INSTITUTIONAL_DEBT_KINDS } from '../rule.ts';
import type { CheckRule, Hit, TableRule } from '../rule.ts';

const REACH = { minFailedCallsBeforeThirdParty: 3, consecutiveUnreachableDays: 3 } as const;

/** legal-facts.md §12: who besides the debtor a collector may contact, and what it may tell them. */
export const THIRD_PARTY_ROWS = [
  {
    id: 'R10',
    kind: 'may-not',
    topic: 'third-parties',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['minfadian-1032', 'minfadian-1033-1'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R11',
    kind: 'may-not',
    topic: 'third-parties',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: [
      'zhian-2012-42-6',
      'zhian-2025-50',
      'minfadian-1032',
      'minfadian-1033',
      'minfadian-1038',
      'pipl-10',
      'pipl-25',
      'nifa-2018-18',
      'gbt-45251-2025',
    ],
    bindingAsWritten: 'LAW + SRO',
    confidenceAsWritten: 'V-full / V-sec',
  },
  {
    id: 'R14',
    kind: 'may',
    topic: 'third-parties',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['xinyongka-68', 'gbt-45251-2025'],
    bindingAsWritten: 'DR + GB/T',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R15',
    kind: 'may-not',
    topic: 'third-parties',
    debtKinds: ['credit-card'],
    citationIds: ['xinyongka-68'],
    bindingAsWritten: 'DR',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R16',
    kind: 'may-not',
    topic: 'third-parties',
    debtKinds: ['consumer-finance'],
    citationIds: ['xiaojin-2024'],
    bindingAsWritten: 'DR',
    confidenceAsWritten: 'V-sec (art. no. unverified)',
  },
  {
    id: 'R17',
    kind: 'may-not',
    topic: 'third-parties',
    debtKinds: ['microloan'],
    citationIds: ['xiaodai-2025-item5'],
    bindingAsWritten: 'RND/DR',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R18',
    kind: 'may',
    topic: 'third-parties',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['gbt-45251-2025', 'nifa-2018-14'],
    bindingAsWritten: 'GB/T + SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R19',
    kind: 'may',
    topic: 'third-parties',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['cba-2026'],
    params: REACH,
    bindingAsWritten: 'SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R20',
    kind: 'may',
    topic: 'third-parties',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['minfadian-1064', 'cba-2026'],
    bindingAsWritten: 'LAW + SRO',
    confidenceAsWritten: 'V-full / V-sec',
  },
] as const satisfies readonly TableRule[];

const isThirdPartyContact = (p: PreparedEntry): boolean =>
  p.collectionContact && p.kind === 'third-party-contact';

/** case-file-v1: an answered incoming call, a visit, or any outgoing entry shows the borrower could be reached. */
const isReachableMoment = (p: PreparedEntry): boolean =>
  (p.collectionContact && p.kind === 'call' && p.answered === true) || p.kind === 'visit' || !p.incoming;

const isFailedCall = (p: PreparedEntry): boolean =>
  p.collectionContact && p.kind === 'call' && p.answered === false;

/**
 * case-file-v1 `third-party-while-reachable`. CBA 2026 allows a third party to be contacted after 3 failed calls
 * "from the next day" (legal-facts.md §6.7(d)); the log must show those calls since the borrower was last
 * reachable, the third of them on an earlier local day than the contact. The sheet's other triggers (an invalid
 * number, 3 consecutive unreachable days) are not in the log format, so they cannot excuse a contact here.
 */
export const thirdPartyWhileReachable = {
  id: 'third-party-while-reachable',
  tableRows: ['R19', 'R18', 'R15', 'R16', 'R17'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['cba-2026', 'gbt-45251-2025'],
  citationsByDebtKind: {
    'credit-card': ['xinyongka-68'],
    'consumer-finance': ['xiaojin-2024'],
    microloan: ['xiaodai-2025-item5'],
  },
  params: { minFailedCallsBeforeThirdParty: REACH.minFailedCallsBeforeThirdParty },
  check: (ctx) => {
    const hits: Hit[] = [];
    for (const group of ctx.groups.values()) {
      let lastReachable: PreparedEntry | null = null;
      let failedSince: PreparedEntry[] = [];
      for (const p of group) {
        if (isThirdPartyContact(p)) {
          const third = failedSince[REACH.minFailedCallsBeforeThirdParty - 1];
          if (third === undefined || third.day >= p.day) {
            hits.push({
              entries: [p],
              debtId: debtIdOfGroup(group),
              params: {
                minFailedCallsBeforeThirdParty: REACH.minFailedCallsBeforeThirdParty,
                localDate: p.day,
                failedCalls: failedSince.length,
              },
              trace: [
                { condition: 'third-party-contact', entryIds: [p.entry.id], values: { localDate: p.day } },
                {
                  condition: 'last-reachable-moment-before-contact',
                  entryIds: lastReachable === null ? [] : [lastReachable.entry.id],
                  values: { localDate: lastReachable?.day ?? null },
                },
                {
                  condition: 'unanswered-calls-since-reachable',
                  entryIds: idsInFileOrder(failedSince),
                  values: { count: failedSince.length, required: REACH.minFailedCallsBeforeThirdParty },
                },
                ...(third === undefined
                  ? []
                  : [
                      {
                        condition: 'third-failed-call-not-before-contact-day',
                        entryIds: [third.entry.id],
                        values: { localDate: third.day, contactDate: p.day },
                      },
                    ]),
              ],
            });
          }
        }
        if (isReachableMoment(p)) {
          lastReachable = p;
          failedSince = [];
        } else if (isFailedCall(p)) {
          failedSince.push(p);
        }
      }
    }
    return hits;
  },
} as const satisfies CheckRule;

/** case-file-v1 `third-party-disclosure`: a third-party contact with `disclosedDebt: true`. */
export const thirdPartyDisclosure = {
  id: 'third-party-disclosure',
  tableRows: ['R11', 'R18', 'R19'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['minfadian-1032', 'minfadian-1033', 'pipl-10', 'gbt-45251-2025', 'cba-2026', 'nifa-2018-18'],
  params: {},
  check: (ctx) =>
    ctx
      .contactsOfKind('third-party-contact')
      .filter((p) => isThirdPartyContact(p) && p.entry.thirdParty?.disclosedDebt === true)
      .map((p): Hit => ({
        entries: [p],
        debtId: p.debtId ?? null,
        params: { relation: p.entry.thirdParty?.relation ?? null, localDate: p.day },
        trace: [
          {
            condition: 'third-party-told-of-debt',
            entryIds: [p.entry.id],
            values: { relation: p.entry.thirdParty?.relation ?? null, disclosedDebt: true },
          },
        ],
      })),
} as const satisfies CheckRule;
