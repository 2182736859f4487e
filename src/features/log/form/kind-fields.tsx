import { useTranslation } from 'react-i18next';
import { THIRD_PARTY_RELATIONS, VISIT_PLACES } from '../../../domain/case/types.ts';
import { routes } from '../../../platform/routes.ts';
import { ChoiceButtons, type Choice } from './choice-buttons.tsx';
import type { YesNo } from './entry-draft.ts';
import { DraftInput, type DraftBinding } from './draft-controls.tsx';
import { LetterFields } from './letter-fields.tsx';

export interface KindFieldsProps extends DraftBinding {
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

function CallFields(props: KindFieldsProps) {
  const { draft, set, errorOf, fieldRef } = props;
  const { t } = useTranslation('log');
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
        <DraftInput
          binding={props}
          field="durationMin"
          inputMode="decimal"
          short
          label={t('form.duration.label')}
          hint={t('form.duration.hint')}
          testId="log-duration"
        />
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

function VisitFields(props: KindFieldsProps) {
  const { draft, set } = props;
  const { t } = useTranslation('log');
  const yesNo = useYesNo();
  return (
    <>
      <p className="log-note">
        {t('form.visit.guided')} <a href={routes.visit()}>{t('form.visit.guidedLink')}</a>
      </p>
      <DraftInput
        binding={props}
        field="visitCollectors"
        inputMode="numeric"
        short
        label={t('form.visit.collectors')}
        testId="log-visit-collectors"
      />
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
