import { useTranslation } from 'react-i18next';
import type { DebtRecord } from '../../data/repositories/debts-repo.ts';
import { DebtItem } from './debt-item.tsx';

interface DebtListProps {
  readonly records: readonly DebtRecord[];
  /** Archived debts not shown; the empty state mentions them so nothing seems lost. */
  readonly hiddenArchived: number;
  readonly today: string;
  readonly onEdit: (record: DebtRecord) => void;
  readonly onArchive: (record: DebtRecord, archived: boolean) => void;
}

export function DebtList({ records, hiddenArchived, today, onEdit, onArchive }: DebtListProps) {
  const { t } = useTranslation('debts');
  if (records.length === 0) {
    return (
      <div className="debts__empty" data-testid="debts-empty">
        <h3 className="debts__empty-title">{t('empty.title')}</h3>
        <p>{t('empty.body')}</p>
        {hiddenArchived > 0 && <p>{t('empty.archivedHidden', { count: hiddenArchived })}</p>}
      </div>
    );
  }
  return (
    <ul className="debts__list">
      {records.map((record) => (
        <DebtItem
          key={record.debt.id}
          record={record}
          today={today}
          onEdit={() => onEdit(record)}
          onArchive={(archived) => onArchive(record, archived)}
        />
      ))}
    </ul>
  );
}
