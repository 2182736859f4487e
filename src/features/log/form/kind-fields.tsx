import { useTranslation } from 'react-i18next';
import { THIRD_PARTY_RELATIONS, VISIT_PLACES } from '../../../domain/case/types.ts';
import { routes } from '../../../platform/routes.ts';
import { ChoiceButtons, type Choice } from './choice-buttons.tsx';
import type { DraftField, EntryDraft, YesNo } from './entry-draft.ts';
import { CheckedField } from './checked-field.tsx';
import { LetterFields } from './letter-fields.tsx';

export interface KindFieldsProps {
  readonly draft: EntryDraft;
  readonly set: <K extends keyof EntryDraft>(field: K, value: EntryDraft[K]) => void;
  readonly errorOf: (field: DraftField) => string | undefined;
  readonly fieldRef: (field: DraftField) => (el: HTMLElement | null) => void;
  readonly today: string;
}

/** The fields only one kind of entry has: a call's answer and length, a visit's facts, a letter's type. */
export function KindFields(props: KindFieldsProps) {
  switch (props.draft.kind) {
    case 'call':
      return <CallFields {...props} />;
    case 'third-party-contact':
      return <ThirdPartyFields {...props} />;
    case 'visit':
      return <VisitFields {...props} />;
    case 'letter':
      return <LetterFields {...props} />;
    default:
      return null;
  }
}

function useYesNo(): readonly Choice<'yes' | 'no'>[] {
  const { t } = useTranslation('log');
  return [
    { value: 'yes', label: t('form.yes') },
    { value: 'no', label: t('form.no') },
  ];
}

function CallFields({ draft, set, errorOf, fieldRef }: KindFieldsProps) {
  const { t } = useTranslation('log');
  const error = errorOf('durationMin');
  return (
    <>
      <ChoiceButtons
        label={t('form.answered.label')}
        testId="log-answered"
        choices={[
          { value: 'yes', label: t('form.answered.yes') },
          { value: 'no', label: t('form.answered.no') },
        ]}
        value={draft.answered}
        onChange={(v) => set('answered', v)}
        error={errorOf('answered')}
        buttonRef={fieldRef('answered')}
      />
      {draft.answered === 'yes' && (
        <CheckedField label={t('form.duration.label')} hint={t('form.duration.hint')} error={error}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              className="log-input--short"
              data-testid="log-duration"
              ref={fieldRef('durationMin')}
              value={draft.durationMin}
              onChange={(e) => set('durationMin', e.target.value)}
            />
          )}
        </CheckedField>
      )}
    </>
  );
}

function ThirdPartyFields({ draft, set }: KindFieldsProps) {
  const { t } = useTranslation('log');
  const yesNo = useYesNo();
  return (
    <>
      <ChoiceButtons
        label={t('form.relation.label')}
        testId="log-relation"
        choices={THIRD_PARTY_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
        value={draft.relation}
        onChange={(v) => set('relation', v)}
      />
      <ChoiceButtons
        label={t('form.disclosedDebt')}
        testId="log-disclosed"
        choices={yesNo}
        value={draft.disclosedDebt}
        onChange={(v: YesNo) => set('disclosedDebt', v)}
      />
    </>
  );
}

function VisitFields({ draft, set, errorOf, fieldRef }: KindFieldsProps) {
  const { t } = useTranslation('log');
  const yesNo = useYesNo();
  const error = errorOf('visitCollectors');
  return (
    <>
      <p className="log-note">
        {t('form.visit.guided')} <a href={routes.visit()}>{t('form.visit.guidedLink')}</a>
      </p>
      <CheckedField label={t('form.visit.collectors')} error={error}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className="log-input--short"
            data-testid="log-visit-collectors"
            ref={fieldRef('visitCollectors')}
            value={draft.visitCollectors}
            onChange={(e) => set('visitCollectors', e.target.value)}
          />
        )}
      </CheckedField>
      <ChoiceButtons
        label={t('form.visit.idShown')}
        testId="log-visit-id"
        choices={yesNo}
        value={draft.idShown}
        onChange={(v: YesNo) => set('idShown', v)}
      />
      <ChoiceButtons
        label={t('form.visit.entered')}
        testId="log-visit-entered"
        choices={yesNo}
        value={draft.entered}
        onChange={(v: YesNo) => set('entered', v)}
      />
      {draft.entered === 'yes' && (
        <ChoiceButtons
          label={t('form.visit.consent')}
          testId="log-visit-consent"
          choices={yesNo}
          value={draft.consentToEnter}
          onChange={(v: YesNo) => set('consentToEnter', v)}
        />
      )}
      <ChoiceButtons
        label={t('form.visit.place')}
        testId="log-visit-place"
        choices={VISIT_PLACES.map((p) => ({ value: p, label: t(`place.${p}`) }))}
        value={draft.place}
        onChange={(v) => set('place', v)}
      />
    </>
  );
}
