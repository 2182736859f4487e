import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';
import { Select } from '../../../components/select.tsx';
import { COLLECTOR_SIDES, DIRECTIONS } from '../../../domain/case/types.ts';
import { DraftInput, DraftSelect, type DraftBinding } from './draft-controls.tsx';
import { hasDirection, hasToNumber } from './entry-draft.ts';

/** Who contacted the borrower: the name and number they gave, the two facts most often known. */
export function CollectorFields({ binding }: { readonly binding: DraftBinding }) {
  const { t } = useTranslation('log');
  return (
    <div className="log-form__row">
      <DraftInput
        binding={binding}
        field="collectorName"
        label={t('form.collector.name')}
        testId="log-collector-name"
      />
      <DraftInput
        binding={binding}
        field="collectorPhone"
        type="tel"
        label={t('form.collector.phone')}
        testId="log-collector-phone"
      />
    </div>
  );
}

/** The rarer details of a contact, folded away so the first screen of the form stays short. */
export function CollectorMore({ binding }: { readonly binding: DraftBinding }) {
  const { t } = useTranslation('log');
  const { draft, set } = binding;
  return (
    <details className="log-more">
      <summary>{t('form.more')}</summary>
      {hasDirection(draft.kind) && (
        <Field label={t('form.direction.label')} errorTestId="log-form-error">
          {(aria) => (
            <Select
              aria={aria}
              testId="log-direction"
              value={draft.direction}
              options={DIRECTIONS.map((d) => ({ value: d, label: t(`form.direction.${d}`) }))}
              onChange={(value) => {
                if (value !== '') set('direction', value);
              }}
            />
          )}
        </Field>
      )}
      <DraftInput
        binding={binding}
        field="collectorPerson"
        label={t('form.collector.person')}
        testId="log-collector-person"
      />
      <DraftSelect
        binding={binding}
        field="collectorSide"
        label={t('form.collector.side')}
        testId="log-collector-side"
        blank={t('form.collector.sideUnknown')}
        options={COLLECTOR_SIDES.filter((s) => s !== 'unknown').map((s) => ({
          value: s,
          label: t(`side.${s}`),
        }))}
      />
      {hasToNumber(draft.kind) && (
        <DraftInput
          binding={binding}
          field="toNumber"
          type="tel"
          label={t('form.toNumber')}
          testId="log-to-number"
        />
      )}
      <label className="log-check">
        <input
          type="checkbox"
          data-testid="log-consent-time"
          checked={draft.consentToTime}
          onChange={(e) => set('consentToTime', e.target.checked)}
        />
        {t('form.consentToTime')}
      </label>
    </details>
  );
}
