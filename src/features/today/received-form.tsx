import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormGuard } from '../../components/form-guard.tsx';
import { useSavedToast } from '../../components/toast.tsx';
import { isLocalDate } from '../../domain/case/dates.ts';
import type { Debt, Entry, LetterType } from '../../domain/case/types.ts';
import { useStore } from '../../data/store/store-context.tsx';
import { idGen } from '../../platform/id.ts';
import type { FlowForm } from './received-flows.ts';
import { factsOf, NO_FACTS, ReceivedLetterFields, type PaperFacts } from './received-letter-fields.tsx';

interface ReceivedFormProps {
  readonly form: FlowForm;
  readonly debts: readonly Debt[];
  readonly today: string;
  readonly onSaved: () => void;
}

/** The words for each paper the form can log (only flows with a choice show them). */
const KIND_WORDS: Partial<
  Record<LetterType, `form.${'kindSale' | 'kindOutsourcing' | 'kindSummons' | 'kindJudgment' | 'kindRuling'}`>
> = {
  'debt-sale-notice': 'form.kindSale',
  'outsourcing-notice': 'form.kindOutsourcing',
  'court-summons': 'form.kindSummons',
  judgment: 'form.kindJudgment',
  ruling: 'form.kindRuling',
};

type Problem = 'errorDate' | 'errorFuture' | 'errorDebt' | 'errorPrinted' | 'failed';

export function ReceivedForm({ form, debts, today, onSaved }: ReceivedFormProps) {
  const { t } = useTranslation('received');
  const store = useStore();
  const savedToast = useSavedToast();
  const id = useId();
  const [date, setDate] = useState('');
  const [debtId, setDebtId] = useState(debts.length === 1 ? (debts[0]?.id ?? '') : '');
  const [type, setType] = useState<LetterType>(form.letterTypes[0]);
  const [facts, setFacts] = useState<PaperFacts>(NO_FACTS);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [saving, setSaving] = useState(false);
  useFormGuard(date !== '');

  if (debts.length === 0) return <p className="today-note">{t('form.noDebts')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!isLocalDate(date)) found.push('errorDate');
    else if (date > today) found.push('errorFuture');
    if (!debts.some((d) => d.id === debtId)) found.push('errorDebt');
    const printed = factsOf(type, facts);
    const days = [printed.statedDeadline, printed.hearingOn];
    if (days.some((d) => d !== undefined && !isLocalDate(d))) found.push('errorPrinted');
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    const now = store.clock.now();
    const entry: Entry = {
      id: idGen.next('e'),
      debtId,
      kind: 'letter',
      at: new Date(now).toISOString(),
      letter: { type, receivedOn: date, ...printed },
    };
    try {
      // Sealed into the evidence chain; resolves only after its read-back re-hash (STYLE.md §2.5).
      await store.saveEntry(entry);
    } catch {
      setSaving(false);
      setProblems(['failed']);
      return;
    }
    setSaving(false);
    setDate('');
    setFacts(NO_FACTS);
    savedToast();
    onSaved();
  };

  const dateError = problems.find((p) => p === 'errorDate' || p === 'errorFuture');
  const debtError = problems.includes('errorDebt');
  return (
    <form className="today-form" data-testid="received-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('form.title')}</h2>
      <p className="today-muted">{t(`form.${form.why}`)}</p>
      {form.letterTypes.length > 1 && (
        <fieldset className="today-form__field">
          <legend>{t(form.letterTypes.includes('court-summons') ? 'form.kindCourt' : 'form.kind')}</legend>
          {form.letterTypes.map((lt) => (
            <label key={lt} className="today-form__choice">
              <input
                type="radio"
                name={`${id}-type`}
                checked={type === lt}
                onChange={() => setType(lt)}
                data-testid={`received-type-${lt}`}
              />
              {t(KIND_WORDS[lt] ?? 'form.kindOutsourcing')}
            </label>
          ))}
        </fieldset>
      )}
      <div className="today-form__field">
        <label htmlFor={`${id}-date`}>{t(`form.${form.dateLabel}`)}</label>
        <p className="today-muted" id={`${id}-date-hint`}>
          {t('form.dateHint')}
        </p>
        <input
          id={`${id}-date`}
          type="date"
          max={today}
          value={date}
          data-testid="received-date"
          aria-invalid={dateError !== undefined}
          aria-describedby={dateError ? `${id}-date-error ${id}-date-hint` : `${id}-date-hint`}
          onChange={(e) => setDate(e.target.value)}
        />
        {dateError && (
          <p className="today-form__error" id={`${id}-date-error`}>
            {t(`form.${dateError}`)}
          </p>
        )}
      </div>
      <div className="today-form__field">
        <label htmlFor={`${id}-debt`}>{t('form.debt')}</label>
        <select
          id={`${id}-debt`}
          value={debtId}
          data-testid="received-debt"
          aria-invalid={debtError}
          {...(debtError ? { 'aria-describedby': `${id}-debt-error` } : {})}
          onChange={(e) => setDebtId(e.target.value)}
        >
          <option value="">{t('form.debtPlaceholder')}</option>
          {debts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.creditor}
            </option>
          ))}
        </select>
        {debtError && (
          <p className="today-form__error" id={`${id}-debt-error`}>
            {t('form.errorDebt')}
          </p>
        )}
      </div>
      <ReceivedLetterFields id={id} type={type} facts={facts} onChange={setFacts} />
      {problems.includes('errorPrinted') && (
        <p className="today-form__error" role="alert">
          {t('form.errorPrinted')}
        </p>
      )}
      {problems.includes('failed') && (
        <p className="today-form__error" role="alert">
          {t('form.failed')}
        </p>
      )}
      <button type="submit" className="button button--primary" data-testid="received-save" disabled={saving}>
        {saving ? t('form.saving') : t('form.save')}
      </button>
    </form>
  );
}
