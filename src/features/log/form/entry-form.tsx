import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormGuard } from '../../../components/form-guard.tsx';
import { COLLECTOR_SIDES, type CollectorSide, type Entry } from '../../../domain/case/types.ts';
import type { DebtRecord } from '../../../data/repositories/debts-repo.ts';
import { useStore } from '../../../data/store/store-context.tsx';
import { AttachmentsField } from './attachments-field.tsx';
import { hasCollector, hasDirection, hasToNumber, type DraftField, type EntryDraft } from './entry-draft.ts';
import { KindFields } from './kind-fields.tsx';
import { KindPicker } from './kind-picker.tsx';
import { TagChips } from './tag-chips.tsx';
import { useEntryForm } from './use-entry-form.ts';
import { CheckedField } from './checked-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { revealOnMount } from '../../../components/reveal.ts';

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

interface EntryFormProps {
  readonly initial: EntryDraft;
  readonly timeZone: string;
  readonly today: string;
  readonly debts: readonly DebtRecord[];
  readonly amending?: Entry;
  readonly onSaved: (entry: Entry) => void;
  readonly onCancel: () => void;
}

export function EntryForm({ initial, timeZone, today, debts, amending, onSaved, onCancel }: EntryFormProps) {
  const { t } = useTranslation('log');
  const store = useStore();
  const form = useEntryForm({ store, timeZone, initial, onSaved, ...(amending ? { amending } : {}) });
  const { draft, set } = form;
  useFormGuard(form.dirty);
  const uid = useId();
  const [picking, setPicking] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const errorOf = (field: DraftField) => {
    const error = form.errors.find((e) => e.field === field);
    return error && t(ERROR_KEYS[`${field}.${error.code}` as ErrorKey] ?? 'form.error.invalid');
  };
  const atError = errorOf('at');
  const kindName = t(`kind.${draft.kind}`);

  return (
    <form
      className="log-form"
      data-testid="log-form"
      data-kind={draft.kind}
      aria-labelledby={`${uid}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <h1 id={`${uid}-title`} className="log-form__title" tabIndex={-1} ref={titleRef}>
        {amending ? t('form.amendTitle', { kind: kindName }) : t('form.title', { kind: kindName })}
      </h1>
      {picking ? (
        <KindPicker
          current={draft.kind}
          onPick={(kind) => {
            form.setKind(kind);
            setPicking(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--small log-form__change"
          data-testid="log-change-kind"
          onClick={() => setPicking(true)}
        >
          {t('form.changeKind')}
        </button>
      )}
      <div className="log-form__row">
        <CheckedField label={t('form.at.label')} error={atError}>
          {(aria) => (
            <input
              {...aria}
              type="datetime-local"
              data-testid="log-at"
              ref={form.fieldRef('at')}
              value={draft.at}
              onChange={(e) => set('at', e.target.value)}
            />
          )}
        </CheckedField>
        <div className="log-field">
          <label className="log-field__label" htmlFor={`${uid}-debt`}>
            {t('form.debt.label')}
          </label>
          <select
            id={`${uid}-debt`}
            data-testid="log-debt"
            value={draft.debtId}
            onChange={(e) => set('debtId', e.target.value)}
          >
            <option value="">{t('form.debt.none')}</option>
            {debts.map((d) => (
              <option key={d.debt.id} value={d.debt.id}>
                {d.debt.creditor}
              </option>
            ))}
            {draft.debtId !== '' && !debts.some((d) => d.debt.id === draft.debtId) && (
              <option value={draft.debtId}>{draft.debtId}</option>
            )}
          </select>
        </div>
      </div>
      <KindFields draft={draft} set={set} errorOf={errorOf} fieldRef={form.fieldRef} today={today} />
      {hasCollector(draft.kind) && (
        <div className="log-form__row">
          <TextField
            id={`${uid}-cn`}
            label={t('form.collector.name')}
            testId="log-collector-name"
            value={draft.collectorName}
            onChange={(v) => set('collectorName', v)}
          />
          <TextField
            id={`${uid}-cp`}
            label={t('form.collector.phone')}
            testId="log-collector-phone"
            type="tel"
            value={draft.collectorPhone}
            onChange={(v) => set('collectorPhone', v)}
          />
        </div>
      )}
      <TagChips value={draft.tags} onChange={(tags) => set('tags', tags)} />
      <div className="log-field">
        <label className="log-field__label" htmlFor={`${uid}-notes`}>
          {t('form.notes.label')}
        </label>
        <textarea
          id={`${uid}-notes`}
          rows={3}
          data-testid="log-notes"
          placeholder={t('form.notes.placeholder')}
          value={draft.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
      </div>
      <AttachmentsField
        value={draft.attachments}
        onChange={(update) => set('attachments', update(draft.attachments))}
        {...(draft.debtId ? { debtId: draft.debtId } : {})}
      />
      {hasCollector(draft.kind) && (
        <details className="log-more">
          <summary>{t('form.more')}</summary>
          {hasDirection(draft.kind) && (
            <div className="log-field">
              <label className="log-field__label" htmlFor={`${uid}-dir`}>
                {t('form.direction.label')}
              </label>
              <select
                id={`${uid}-dir`}
                data-testid="log-direction"
                value={draft.direction}
                onChange={(e) => set('direction', e.target.value === 'outgoing' ? 'outgoing' : 'incoming')}
              >
                <option value="incoming">{t('form.direction.incoming')}</option>
                <option value="outgoing">{t('form.direction.outgoing')}</option>
              </select>
            </div>
          )}
          <TextField
            id={`${uid}-pe`}
            label={t('form.collector.person')}
            testId="log-collector-person"
            value={draft.collectorPerson}
            onChange={(v) => set('collectorPerson', v)}
          />
          <div className="log-field">
            <label className="log-field__label" htmlFor={`${uid}-side`}>
              {t('form.collector.side')}
            </label>
            <select
              id={`${uid}-side`}
              data-testid="log-collector-side"
              value={draft.collectorSide}
              onChange={(e) => set('collectorSide', e.target.value as CollectorSide | '')}
            >
              <option value="">{t('form.collector.sideUnknown')}</option>
              {COLLECTOR_SIDES.filter((s) => s !== 'unknown').map((side) => (
                <option key={side} value={side}>
                  {t(`side.${side}`)}
                </option>
              ))}
            </select>
          </div>
          {hasToNumber(draft.kind) && (
            <TextField
              id={`${uid}-to`}
              label={t('form.toNumber')}
              testId="log-to-number"
              type="tel"
              value={draft.toNumber}
              onChange={(v) => set('toNumber', v)}
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
      )}
      {amending && (
        <TextField
          id={`${uid}-why`}
          label={t('form.amendReason')}
          testId="log-amend-reason"
          value={form.reason}
          onChange={form.setReason}
        />
      )}
      <div className="log-form__status" role="alert">
        {form.errors.length > 0 && <p>{t('form.fixErrors', { count: form.errors.length })}</p>}
        {form.problem && (
          <p data-testid="log-save-error" data-code={form.problem} ref={revealOnMount}>
            {t(`form.problem.${form.problem}`)}
          </p>
        )}
      </div>
      <FormActions
        testIdPrefix="log"
        className="log-form__actions"
        saving={form.saving}
        dirty={form.dirty}
        words={{
          save: t('form.save'),
          saving: t('form.saving'),
          cancel: t('form.cancel'),
          discard: t('form.discardConfirm'),
        }}
        onCancel={onCancel}
      />
    </form>
  );
}

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly testId: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'tel';
}

function TextField({ id, label, testId, value, onChange, type = 'text' }: TextFieldProps) {
  return (
    <div className="log-field">
      <label className="log-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        autoComplete="off"
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
