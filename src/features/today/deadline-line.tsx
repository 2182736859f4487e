import { useTranslation } from 'react-i18next';
import { daysOverdue } from '../../domain/case/days-overdue.ts';
import type { Deadline } from '../../domain/deadlines/types.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

interface DeadlineLineProps {
  readonly deadline: Deadline;
  readonly today: string;
}

/** One deadline: what, the day (a calendar day of the case zone), days left, and why the day may differ. */
export function DeadlineLine({ deadline, today }: DeadlineLineProps) {
  const { t } = useTranslation('today');
  const lng = useLanguage();
  const left = daysOverdue(today, deadline.due);
  // A passed limitation is an estimate that may have expired, never a fact (docs/stages.md, "Deadlines").
  const when =
    deadline.notBegun === true
      ? t('due.notBegun')
      : left < 0
        ? deadline.id === 'limitation'
          ? t('due.mayHavePassed')
          : t('due.passed')
        : left === 0
          ? t('due.today')
          : t('due.left', { count: left });
  return (
    <div className="today-deadline">
      <p className="today-deadline__what">{t(`deadline.${deadline.id}`)}</p>
      <p className="today-deadline__when">
        <strong>{formatLocalDate(deadline.due, lng)}</strong>
        {' · '}
        {when}
        {deadline.estimate && <span className="today-badge">{t('due.estimate')}</span>}
      </p>
      {deadline.movedFrom && (
        <p className="today-deadline__note">
          {t('due.moved', { date: formatLocalDate(deadline.movedFrom, lng) })}
        </p>
      )}
      {deadline.notes.includes('rest-day-unshifted') ? (
        <p className="today-deadline__note today-deadline__note--warn">{t('due.restDayUnshifted')}</p>
      ) : (
        deadline.notes.includes('check-official-holidays') && (
          <p className="today-deadline__note today-deadline__note--warn">{t('due.checkHolidays')}</p>
        )
      )}
    </div>
  );
}
