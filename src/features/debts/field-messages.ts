import type { TFunction } from 'i18next';
import type { DebtDraftError, DebtDraftField } from '../../domain/case/debt-draft.ts';

/** The locale group of each form field (shorter names than the case-file fields). */
export const FIELD_GROUP = {
  creditor: 'creditor',
  kind: 'kind',
  principal: 'principal',
  firstMissedDueDate: 'firstMissed',
  lastPaymentDate: 'lastPayment',
  finalDueDate: 'finalDue',
  paidOffOn: 'paidOff',
} as const satisfies Record<DebtDraftField, string>;

/** The words for a field error code. Each field lists only the codes the domain can give it. */
export function fieldErrorMessage(t: TFunction<'debtForm'>, error: DebtDraftError): string {
  const params = error.params ?? {};
  switch (error.field) {
    case 'creditor':
      return error.code === 'too-long'
        ? t('errors.creditor.too-long', params)
        : t('errors.creditor.required');
    case 'kind':
      return error.code === 'unknown-kind' ? t('errors.kind.unknown-kind') : t('errors.kind.required');
    case 'principal':
      switch (error.code) {
        case 'negative':
          return t('errors.principal.negative');
        case 'too-many-decimals':
          return t('errors.principal.too-many-decimals');
        case 'too-large':
          return t('errors.principal.too-large');
        default:
          return t('errors.principal.not-a-number');
      }
    case 'firstMissedDueDate':
      return error.code === 'future-date'
        ? t('errors.firstMissed.future-date')
        : t('errors.firstMissed.invalid-date');
    case 'lastPaymentDate':
      return error.code === 'future-date'
        ? t('errors.lastPayment.future-date')
        : t('errors.lastPayment.invalid-date');
    case 'finalDueDate':
      return t('errors.finalDue.invalid-date');
    case 'paidOffOn':
      return error.code === 'future-date'
        ? t('errors.paidOff.future-date')
        : t('errors.paidOff.invalid-date');
  }
}
