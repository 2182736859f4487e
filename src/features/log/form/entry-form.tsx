import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormGuard } from '../../../components/form-guard.tsx';
import { Field } from '../../../components/field.tsx';
import type { Entry } from '../../../domain/case/types.ts';
import type { DebtRecord } from '../../../data/repositories/debts-repo.ts';
import { useStore } from '../../../data/store/store-context.tsx';
import { AttachmentsField } from './attachments-field.tsx';
import { CollectorFields, CollectorMore } from './collector-fields.tsx';
import { DraftInput, DraftSelect, type DraftBinding } from './draft-controls.tsx';
import { useDraftErrors } from './draft-errors.ts';
import { hasCollector, type EntryDraft } from './entry-draft.ts';
import { EntryFormFooter } from './entry-form-footer.tsx';
import { KindFields } from './kind-fields.tsx';
import { KindPicker } from './kind-picker.tsx';
import { TagChips } from './tag-chips.tsx';
import { useEntryForm } from './use-entry-form.ts';

interface EntryFormProps {
  readonly initial: EntryDraft;
  readonly timeZone: string;
  readonly today: string;
  readonly debts: readonly DebtRecord[];
  readonly amending?: Entry;
  readonly onSaved: (entry: Entry) => void;
  readonly onCancel: () => void;
}

/** One log entry, new or amended: the kind, when, which debt, the kind's own facts, then what every entry has. */
export function EntryForm({ initial, timeZone, today, debts, amending, onSaved, onCancel }: EntryFormProps) {
  const { t } = useTranslation('log');
  const store = useStore();
  const form = useEntryForm({ store, timeZone, initial, onSaved, ...(amending ? { amending } : {}) });
  const { draft, set } = form;
  useFormGuard(form.dirty);
  const uid = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const binding: DraftBinding = { draft, set, errorOf: useDraftErrors(form.errors), fieldRef: form.fieldRef };
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
      <KindChange current={draft.kind} onPick={form.setKind} />
      <div className="log-form__row">
        <DraftInput
          binding={binding}
          field="at"
          type="datetime-local"
          label={t('form.at.label')}
          testId="log-at"
        />
        <DraftSelect
          binding={binding}
          field="debtId"
          label={t('form.debt.label')}
          testId="log-debt"
          blank={t('form.debt.none')}
          options={debts.map((d) => ({ value: d.debt.id, label: d.debt.creditor }))}
        />
      </div>
      <KindFields {...binding} today={today} />
      {hasCollector(draft.kind) && <CollectorFields binding={binding} />}
      <TagChips value={draft.tags} onChange={(tags) => set('tags', tags)} />
      <Field label={t('form.notes.label')} errorTestId="log-form-error">
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            data-testid="log-notes"
            placeholder={t('form.notes.placeholder')}
            value={draft.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        )}
      </Field>
      <AttachmentsField
        value={draft.attachments}
        onChange={(update) => set('attachments', update(draft.attachments))}
        {...(draft.debtId ? { debtId: draft.debtId } : {})}
      />
      {hasCollector(draft.kind) && <CollectorMore binding={binding} />}
      <EntryFormFooter form={form} amending={amending !== undefined} onCancel={onCancel} />
    </form>
  );
}

/** The kind is chosen before the form opens; changing it is one tap away but out of the way. */
function KindChange({
  current,
  onPick,
}: {
  readonly current: EntryDraft['kind'];
  readonly onPick: (kind: EntryDraft['kind']) => void;
}) {
  const { t } = useTranslation('log');
  const [picking, setPicking] = useState(false);
  return picking ? (
    <KindPicker
      current={current}
      onPick={(kind) => {
        onPick(kind);
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
  );
}
