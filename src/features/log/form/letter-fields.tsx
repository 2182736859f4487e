import { useTranslation } from 'react-i18next';
import { LETTER_TYPES, PROCEDURES, RULING_KINDS } from '../../../domain/case/types.ts';
import { COURT_PAPERS } from '../../../domain/deadlines/letter-deadlines.ts';
import { DraftInput, DraftSelect } from './draft-controls.tsx';
import { asksHearing, asksProcedure, asksRulingKind } from './entry-draft.ts';
import type { KindFieldsProps } from './kind-fields.tsx';

/**
 * A letter's type, the day it reached the borrower, and what the paper says that changes the deadlines
 * (docs/case-file.md, "Additions of 2026-12"): each question only for the types it applies to. "Don't know"
 * leaves a field out, which lists every candidate deadline (docs/stages.md).
 */
export function LetterFields({ today, ...binding }: KindFieldsProps) {
  const { t } = useTranslation('log');
  const type = binding.draft.letterType;
  const courtPaper = type !== '' && COURT_PAPERS.includes(type);
  return (
    <>
      <DraftSelect
        binding={binding}
        field="letterType"
        label={t('form.letter.type')}
        testId="log-letter-type"
        blank={t('form.letter.typeUnknown')}
        options={LETTER_TYPES.map((lt) => ({ value: lt, label: t(`letterType.${lt}`) }))}
      />
      <DraftInput
        binding={binding}
        field="receivedOn"
        type="date"
        max={today}
        label={t('form.letter.receivedOn')}
        hint={t('form.letter.receivedOnHint')}
        testId="log-letter-received"
      />
      {asksRulingKind(type) && (
        <DraftSelect
          binding={binding}
          field="rulingKind"
          label={t('form.letter.rulingKind')}
          hint={t('form.letter.rulingKindHint')}
          testId="log-letter-ruling-kind"
          blank={t('form.letter.dontKnow')}
          options={RULING_KINDS.map((k) => ({ value: k, label: t(`rulingKind.${k}`) }))}
        />
      )}
      {asksProcedure(type) && (
        <DraftSelect
          binding={binding}
          field="procedure"
          label={t('form.letter.procedure')}
          hint={t('form.letter.procedureHint')}
          testId="log-letter-procedure"
          blank={t('form.letter.dontKnow')}
          options={PROCEDURES.map((p) => ({ value: p, label: t(`procedure.${p}`) }))}
        />
      )}
      <DraftInput
        binding={binding}
        field="statedDeadline"
        type="date"
        label={courtPaper ? t('form.letter.statedDeadline') : t('form.letter.senderDate')}
        hint={courtPaper ? t('form.letter.statedDeadlineHint') : t('form.letter.senderDateHint')}
        testId="log-letter-stated"
      />
      {asksHearing(type) && (
        <DraftInput
          binding={binding}
          field="hearingOn"
          type="date"
          label={t('form.letter.hearingOn')}
          hint={t('form.letter.hearingOnHint')}
          testId="log-letter-hearing"
        />
      )}
    </>
  );
}
