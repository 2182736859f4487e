import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Opening } from '../../components/opening.tsx';
import { useSavedToast, useToast } from '../../components/toast.tsx';
import { lazyScreen } from '../../i18n/lazy-screen.ts';
import type { Debt } from '../../domain/case/types.ts';
import { useDb } from '../../data/hooks/db-context.tsx';
import { useClock } from '../../data/store/store-context.tsx';
import { useCaseMeta } from '../../data/hooks/use-case.ts';
import { useDebts } from '../../data/hooks/use-debts.ts';
import { setDebtArchived, type DebtRecord } from '../../data/repositories/debts-repo.ts';
import { useToday } from '../../platform/use-today.ts';
import { DebtList } from './debt-list.tsx';
import './debts.css';

// The form opens on a tap, not on the first screen: it loads then (its words are in the bundled `debts`
// namespace), and is precached, so it opens offline too.
// The form and its words load when it opens: a returning user's Today never needs them.
const DebtForm = lazyScreen(() => import('./debt-form.tsx').then((m) => m.DebtForm), ['debtForm']);

type Editor = { readonly open: false } | { readonly open: true; readonly editing?: Debt };

/** Where focus goes when the form closes: back to what opened it, so keyboard and screen-reader users stay put. */
type FocusTarget = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly id: string } | null;

export function DebtsScreen() {
  const { t } = useTranslation('debts');
  const db = useDb();
  const clock = useClock();
  const meta = useCaseMeta();
  const all = useDebts({ includeArchived: true });
  const [showArchived, setShowArchived] = useState(false);
  const [editor, setEditor] = useState<Editor>({ open: false });
  const focusAfter = useRef<FocusTarget>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const savedToast = useSavedToast();
  const { show } = useToast();

  const today = useToday(meta?.timeZone ?? 'Asia/Shanghai', clock);

  useEffect(() => {
    if (editor.open || !focusAfter.current) return;
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target.kind === 'add') addRef.current?.focus();
    else {
      const rows = document.querySelectorAll<HTMLElement>('[data-testid="debt-item"]');
      const row = [...rows].find((el) => el.dataset.debtId === target.id);
      row?.querySelector<HTMLButtonElement>('[data-testid="debt-edit"]')?.focus();
    }
  }, [editor]);

  const close = () => {
    focusAfter.current =
      editor.open && editor.editing ? { kind: 'edit', id: editor.editing.id } : { kind: 'add' };
    setEditor({ open: false });
  };

  const archive = async (record: DebtRecord, archived: boolean) => {
    try {
      await setDebtArchived(db, record.debt.id, archived, clock.now());
    } catch {
      show(t('item.archiveFailed'));
      return;
    }
    const creditor = record.debt.creditor;
    show(archived ? t('item.archivedNote', { creditor }) : t('item.unarchivedNote', { creditor }));
    // The row may vanish from the list; the heading is a stable place to continue from.
    if (archived && !showArchived) headingRef.current?.focus();
  };

  if (editor.open) {
    return (
      <section className="debts" aria-label={t('title')}>
        <Suspense fallback={<Opening />}>
          <DebtForm
            {...(editor.editing ? { editing: editor.editing } : {})}
            today={today}
            onSaved={() => {
              savedToast();
              close();
            }}
            onCancel={() => close()}
          />
        </Suspense>
      </section>
    );
  }

  const visible = all?.filter((r) => showArchived || !r.archived);
  const hiddenArchived = all ? all.filter((r) => r.archived).length : 0;

  return (
    <section className="debts" aria-labelledby="debts-title">
      <h2 id="debts-title" className="debts__title" tabIndex={-1} ref={headingRef}>
        {t('title')}
      </h2>
      <p className="debts__intro">{t('intro')}</p>
      <button
        type="button"
        ref={addRef}
        className="button button--primary debts__add"
        data-testid="debt-add"
        onClick={() => setEditor({ open: true })}
      >
        {t('add')}
      </button>
      <label className="debts__toggle">
        <input
          type="checkbox"
          data-testid="debts-show-archived"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.target.checked)}
        />
        {t('showArchived')}
      </label>
      {visible === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <DebtList
          records={visible}
          hiddenArchived={showArchived ? 0 : hiddenArchived}
          today={today}
          onEdit={(record) => setEditor({ open: true, editing: record.debt })}
          onArchive={(record, archived) => void archive(record, archived)}
        />
      )}
    </section>
  );
}
