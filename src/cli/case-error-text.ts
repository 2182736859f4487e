/**
 * English sentences for case-file error codes, from the same locale file the app uses (locales/en/caseErrors.json),
 * with i18next-style {{name}} interpolation so one message text serves both.
 */
import type { CaseError, CaseErrorCode } from '../domain/case/errors.ts';
import messages from '../../locales/en/caseErrors.json';

const MESSAGES: Readonly<Record<CaseErrorCode, string>> = messages;

export function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

export function caseErrorText(error: CaseError): string {
  return interpolate(MESSAGES[error.code], { ...error.params, path: error.path });
}
