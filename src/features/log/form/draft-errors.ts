import { useTranslation } from 'react-i18next';
import type { DraftError, DraftField } from './entry-draft.ts';

const ERROR_KEYS = {
  'at.required': 'form.error.atRequired',
  'at.invalid': 'form.error.atInvalid',
  'at.future': 'form.error.atFuture',
  'answered.required': 'form.error.answeredRequired',
  'durationMin.invalid': 'form.error.durationInvalid',
  'visitCollectors.invalid': 'form.error.collectorsInvalid',
  'receivedOn.invalid': 'form.error.receivedOnInvalid',
  'receivedOn.future': 'form.error.receivedOnFuture',
  'statedDeadline.invalid': 'form.error.dateInvalid',
  'hearingOn.invalid': 'form.error.dateInvalid',
} as const;
type ErrorKey = keyof typeof ERROR_KEYS;

/** Each field's error in words: the draft checks in codes, the form says what to fix. */
export function useDraftErrors(errors: readonly DraftError[]): (field: DraftField) => string | undefined {
  const { t } = useTranslation('log');
  return (field) => {
    const error = errors.find((e) => e.field === field);
    return error && t(ERROR_KEYS[`${field}.${error.code}` as ErrorKey] ?? 'form.error.invalid');
  };
}
