import type { Debt } from '../../case/types.ts';
import type { CheckRule, Hit, TableRule } from '../rule.ts';

const INSTALLMENT = { maxInstallmentYears: 5 } as const;

/** legal-facts.md §12: credit-card letters, records and installment plans (信用卡办法 Arts. 68–70). */
export const AGREEMENT_ROWS = [
  {
    id: 'R40',
    kind: 'must',
    topic: 'lawsuits',
    debtKinds: ['credit-card'],
    citationIds: ['xinyongka-69'],
    bindingAsWritten: 'DR',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R41',
    kind: 'must',
    topic: 'calls',
    debtKinds: ['credit-card'],
    citationIds: ['xinyongka-68'],
    params: { minRecordRetentionYears: 2 },
    bindingAsWritten: 'DR',
    confidenceAsWritten: 'V-sec',
  },
  {
    // "可以": the bank may agree a plan; it is not a right the borrower can enforce (legal-facts.md §1 item 7).
    id: 'R42',
    kind: 'may',
    topic: 'fees-payments',
    debtKinds: ['credit-card'],
    citationIds: ['xinyongka-70'],
    params: INSTALLMENT,
    bindingAsWritten: 'DR',
    confidenceAsWritten: 'V-sec',
  },
] as const satisfies readonly TableRule[];

/** The earliest day an installment plan was signed, if any. */
const installmentSignedOn = (debt: Debt | undefined): string | null => {
  let first: string | null = null;
  for (const a of debt?.agreements ?? []) {
    if (a.kind !== 'installment' || a.signedOn === undefined) continue;
    if (first === null || a.signedOn < first) first = a.signedOn;
  }
  return first;
};

/**
 * case-file-v1 `collection-after-agreement`: a collection contact for a credit-card debt on a local day after the
 * `signedOn` day of an installment agreement. 信用卡办法 Art. 70: once the plan is signed, the bank and its agents
 * stop collecting (unless the cardholder defaults, which the log cannot show).
 */
export const collectionAfterAgreement = {
  id: 'collection-after-agreement',
  tableRows: ['R42'],
  debtKinds: ['credit-card'],
  citationIds: ['xinyongka-70'],
  params: {},
  check: (ctx) => {
    const signedOn = new Map<string, string | null>();
    for (const d of ctx.caseFile.debts) {
      if (d.kind === 'credit-card') signedOn.set(d.id, installmentSignedOn(d));
    }
    return ctx.contacts.flatMap((p): Hit[] => {
      const day = p.debtId === undefined ? null : (signedOn.get(p.debtId) ?? null);
      if (!p.collectionContact || day === null || !(p.day > day)) return [];
      return [
        {
          entries: [p],
          debtId: p.debtId ?? null,
          params: { signedOn: day, localDate: p.day },
          trace: [
            { condition: 'collection-contact', entryIds: [p.entry.id], values: { kind: p.kind } },
            {
              condition: 'after-installment-signed',
              entryIds: [p.entry.id],
              values: { signedOn: day, localDate: p.day, timeZone: ctx.timeZone },
            },
          ],
        },
      ];
    });
  },
} as const satisfies CheckRule;
