import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_TYPES, PROCEDURES, RULING_KINDS, type LetterType } from '../../../domain/case/types.ts';
import { COURT_PAPERS } from '../../../domain/deadlines/letter-deadlines.ts';
import { CheckedField } from './checked-field.tsx';
import { asksHearing, asksProcedure, asksRulingKind } from './entry-draft.ts';
import type { KindFieldsProps } from './kind-fields.tsx';

/**
 * A letter's type, the day it reached the borrower, and what the paper says that changes the deadlines
 * (docs/case-file.md, "Additions of 2026-12"): each question only for the types it applies to. "Don't know"
 * leaves a field out, which lists every candidate deadline (docs/stages.md).
 */
export function LetterFields({ draft, set, errorOf, fieldRef, today }: KindFieldsProps) {
  const { t } = useTranslation('log');
  const uid = useId();
  const type = draft.letterType;
  const courtPaper = type !== '' && COURT_PAPERS.includes(type);
  return (
    <>
      <div className="log-field">
        <label className="log-field__label" htmlFor={`${uid}-t`}>
          {t('form.letter.type')}
        </label>
        <select
          id={`${uid}-t`}
          data-testid="log-letter-type"
          value={type}
          onChange={(e) => set('letterType', e.target.value as LetterType | '')}
        >
          <option value="">{t('form.letter.typeUnknown')}</option>
          {LETTER_TYPES.map((lt) => (
            <option key={lt} value={lt}>
              {t(`letterType.${lt}`)}
            </option>
          ))}
        </select>
      </div>
      <CheckedField
        label={t('form.letter.receivedOn')}
        hint={t('form.letter.receivedOnHint')}
        error={errorOf('receivedOn')}
      >
        {(aria) => (
          <input
            {...aria}
            type="date"
            max={today}
            data-testid="log-letter-received"
            ref={fieldRef('receivedOn')}
            value={draft.receivedOn}
            onChange={(e) => set('receivedOn', e.target.value)}
          />
        )}
      </CheckedField>
      {asksRulingKind(type) && (
        <div className="log-field">
          <label className="log-field__label" htmlFor={`${uid}-rk`}>
            {t('form.letter.rulingKind')}
          </label>
          <span className="log-field__hint">{t('form.letter.rulingKindHint')}</span>
          <select
            id={`${uid}-rk`}
            data-testid="log-letter-ruling-kind"
            value={draft.rulingKind}
            onChange={(e) => set('rulingKind', e.target.value as (typeof RULING_KINDS)[number] | '')}
          >
            <option value="">{t('form.letter.dontKnow')}</option>
            {RULING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`rulingKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {asksProcedure(type) && (
        <div className="log-field">
          <label className="log-field__label" htmlFor={`${uid}-p`}>
            {t('form.letter.procedure')}
          </label>
          <span className="log-field__hint">{t('form.letter.procedureHint')}</span>
          <select
            id={`${uid}-p`}
            data-testid="log-letter-procedure"
            value={draft.procedure}
            onChange={(e) => set('procedure', e.target.value as (typeof PROCEDURES)[number] | '')}
          >
            <option value="">{t('form.letter.dontKnow')}</option>
            {PROCEDURES.map((p) => (
              <option key={p} value={p}>
                {t(`procedure.${p}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <CheckedField
        label={courtPaper ? t('form.letter.statedDeadline') : t('form.letter.senderDate')}
        hint={courtPaper ? t('form.letter.statedDeadlineHint') : t('form.letter.senderDateHint')}
        error={errorOf('statedDeadline')}
      >
        {(aria) => (
          <input
            {...aria}
            type="date"
            data-testid="log-letter-stated"
            ref={fieldRef('statedDeadline')}
            value={draft.statedDeadline}
            onChange={(e) => set('statedDeadline', e.target.value)}
          />
        )}
      </CheckedField>
      {asksHearing(type) && (
        <CheckedField
          label={t('form.letter.hearingOn')}
          hint={t('form.letter.hearingOnHint')}
          error={errorOf('hearingOn')}
        >
          {(aria) => (
            <input
              {...aria}
              type="date"
              data-testid="log-letter-hearing"
              ref={fieldRef('hearingOn')}
              value={draft.hearingOn}
              onChange={(e) => set('hearingOn', e.target.value)}
            />
          )}
        </CheckedField>
      )}
    </>
  );
}
