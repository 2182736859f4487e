import type { Debt, DebtKind } from '../../../src/domain/case/types.ts';
import type { EntryInput } from '../rules/helpers.ts';
import { caseOf } from '../rules/helpers.ts';

export const TODAY = '2026-11-25';
export const TZ = 'Asia/Shanghai';

export const debtOf = (kind: DebtKind, extra: Partial<Debt> = {}): Debt => ({
  id: 'd1',
  creditor: '某贷款机构',
  kind,
  ...extra,
});

/** Entries parsed through the real case-file parser (ids e1, e2, … on debt d1). */
export const entriesOf = (debt: Debt, entries: readonly EntryInput[]) =>
  caseOf(entries, { debts: [debt] }).entries;

export const letter = (type: string, at: string, receivedOn?: string): EntryInput =>
  ({
    kind: 'letter',
    at,
    letter: receivedOn === undefined ? { type } : { type, receivedOn },
  }) as EntryInput;
