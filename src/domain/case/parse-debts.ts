/** Validation of `debts[]` (docs/case-file.md, "Debts"). */
import { AGREEMENT_KINDS, DEBT_KINDS } from './types.ts';
import type { ErrorSink, JsonObject } from './checks.ts';
import {
  arrayField,
  booleanField,
  childPath,
  enumField,
  fieldsOf,
  forEachObject,
  localDateField,
  numberField,
  shown,
  stringField,
} from './checks.ts';

function checkAgreement(sink: ErrorSink, obj: JsonObject, path: string): void {
  const field = fieldsOf(sink, obj, path);
  enumField(field('kind'), AGREEMENT_KINDS, { required: true });
  localDateField(field('signedOn'));
  numberField(field('months'), { integer: true, min: 1 });
}

/** Checks one debt and returns its id when the id is usable (for duplicate and `debtId` checks). */
function checkDebt(sink: ErrorSink, obj: JsonObject, path: string): string | undefined {
  const field = fieldsOf(sink, obj, path);
  const id = stringField(field('id'), { required: true, nonBlank: true });
  stringField(field('creditor'), { required: true, nonBlank: true });
  enumField(field('kind'), DEBT_KINDS, { required: true });
  numberField(field('principal'), { min: 0 });
  localDateField(field('firstMissedDueDate'));
  localDateField(field('lastPaymentDate'));
  localDateField(field('outsourcingNoticeOn'));
  localDateField(field('finalDueDate'));
  localDateField(field('paidOffOn'));
  const agreements = arrayField(field('agreements'));
  if (agreements) forEachObject(sink, agreements, (a, p) => checkAgreement(sink, a, p));
  booleanField(field('archived'));
  return id;
}

/**
 * Checks `debts` and returns the set of debt ids, or undefined when the list itself is missing or not an array (then
 * no entry's `debtId` can be judged).
 */
export function checkDebts(sink: ErrorSink, root: JsonObject): ReadonlySet<string> | undefined {
  const debts = arrayField(fieldsOf(sink, root, '$')('debts'), { required: true });
  if (!debts) return undefined;
  const firstPathOf = new Map<string, string>();
  forEachObject(sink, debts, (obj, path) => {
    const id = checkDebt(sink, obj, path);
    if (id === undefined) return;
    const idPath = childPath(path, 'id');
    const first = firstPathOf.get(id);
    if (first === undefined) firstPathOf.set(id, idPath);
    else sink.add('duplicate-id', idPath, { id: shown(id), first });
  });
  return new Set(firstPathOf.keys());
}
