import { useTranslation } from 'react-i18next';
import { daysOverdue } from '../../domain/case/days-overdue.ts';
import type { DebtRecord } from '../../data/repositories/debts-repo.ts';
import { formatLocalDate, formatMoneyCny } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

interface DebtItemProps {
  readonly record: DebtRecord;
  readonly today: string;
  readonly onEdit: () => void;
  readonly onArchive: (archived: boolean) => void;
}

function Overdue({ firstMissed, today }: { firstMissed: string; today: string }) {
  const { t } = useTranslation('debts');
  const days = daysOverdue(firstMissed, today);
  if (days < 0) return null;
  return (
    <p className="debt-item__overdue">
      {days === 0 ? t('item.dueToday') : t('item.overdue', { count: days })}
    </p>
  );
}

export function DebtItem({ record, today, onEdit, onArchive }: DebtItemProps) {
  const { t } = useTranslation('debts');
  const lng = useLanguage();
  const { debt, archived } = record;
  return (
    <li
      className={archived ? 'debt-item debt-item--archived' : 'debt-item'}
      data-testid="debt-item"
      data-debt-id={debt.id}
    >
      <div className="debt-item__head">
        <h3 className="debt-item__creditor">{debt.creditor}</h3>
        {archived && <span className="debt-item__badge">{t('item.archived')}</span>}
      </div>
      <p className="debt-item__kind">{t(`kinds.${debt.kind}`)}</p>
      <p className="debt-item__facts">
        {debt.principal === undefined
          ? t('item.noPrincipal')
          : t('item.principal', { amount: formatMoneyCny(debt.principal, lng) })}
        {debt.firstMissedDueDate && (
          <>
            <br />
            {t('item.firstMissed', { date: formatLocalDate(debt.firstMissedDueDate, lng) })}
          </>
        )}
      </p>
      {debt.firstMissedDueDate && !archived && (
        <Overdue firstMissed={debt.firstMissedDueDate} today={today} />
      )}
      <div className="debt-item__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="debt-edit"
          aria-label={t('item.editLabel', { creditor: debt.creditor })}
          onClick={onEdit}
        >
          {t('item.edit')}
        </button>
        {archived ? (
          <button
            type="button"
            className="button button--small"
            data-testid="debt-unarchive"
            aria-label={t('item.unarchiveLabel', { creditor: debt.creditor })}
            onClick={() => onArchive(false)}
          >
            {t('item.unarchive')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            data-testid="debt-archive"
            aria-label={t('item.archiveLabel', { creditor: debt.creditor })}
            onClick={() => onArchive(true)}
          >
            {t('item.archive')}
          </button>
        )}
      </div>
    </li>
  );
}
