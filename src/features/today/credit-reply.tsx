import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormGuard } from '../../components/form-guard.tsx';
import { isLocalDate } from '../../domain/case/dates.ts';
import { makeDeadline } from '../../domain/deadlines/compute.ts';
import type { Deadline } from '../../domain/deadlines/types.ts';
import { CitationList } from '../../components/citation-list.tsx';
import { DeadlineLine } from './deadline-line.tsx';
import { icsTexts, useIcsExport } from './reminders.tsx';

/**
 * The 20-day reply to a credit-report objection (征信业管理条例 Art. 25). The start is the day the borrower objected,
 * which case-file v1 has no field for, so nothing is saved: the date is worked out here and can go to a calendar.
 */
export function CreditReply({ today }: { today: string }) {
  const { t } = useTranslation('received');
  const { t: tt } = useTranslation('today');
  const { t: tn } = useTranslation('todayDetail');
  const id = useId();
  const save = useIcsExport();
  const [date, setDate] = useState('');
  const [error, setError] = useState<'errorDate' | 'errorFuture' | null>(null);
  const [deadline, setDeadline] = useState<Deadline | null>(null);
  useFormGuard(date !== '' && deadline === null);

  const calc = () => {
    const problem = !isLocalDate(date) ? 'errorDate' : date > today ? 'errorFuture' : null;
    setError(problem);
    setDeadline(
      problem ? null : makeDeadline('credit-objection-reply', 'credit-report', { day: date }, today),
    );
  };

  return (
    <div className="today-form" data-testid="received-form">
      <h2>{t('form.titleCredit')}</h2>
      <p className="today-muted">{t('form.whyCredit')}</p>
      <div className="today-form__field">
        <label htmlFor={`${id}-date`}>{t('form.dateCredit')}</label>
        <input
          id={`${id}-date`}
          type="date"
          max={today}
          value={date}
          data-testid="received-date"
          aria-invalid={error !== null}
          {...(error ? { 'aria-describedby': `${id}-error` } : {})}
          onChange={(e) => {
            setDate(e.target.value);
            setDeadline(null);
          }}
        />
        {error && (
          <p className="today-form__error" id={`${id}-error`}>
            {t(`form.${error}`)}
          </p>
        )}
      </div>
      <button type="button" className="button button--primary" data-testid="credit-reply-calc" onClick={calc}>
        {t('form.calc')}
      </button>
      {deadline && (
        <div className="today-form__result" role="status" data-testid="credit-reply-result">
          <DeadlineLine deadline={deadline} today={today} />
          {deadline.notes.map((n) => (
            <p key={n} className="today-muted">
              {tn(`note.${n}`)}
            </p>
          ))}
          <CitationList ids={deadline.citationIds} />
          <p className="today-muted">{t('form.notSaved')}</p>
          <button
            type="button"
            className="button button--small"
            data-testid="ics-export"
            onClick={() => save([deadline], icsTexts(tt, []), `youju-credit-reply-${deadline.due}.ics`)}
          >
            {tt('reminders.ics')}
          </button>
        </div>
      )}
    </div>
  );
}
