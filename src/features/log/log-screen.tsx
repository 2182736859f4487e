import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavedToast } from '../../components/toast.tsx';
import type { Entry, EntryKind } from '../../domain/case/types.ts';
import type { EntryView } from '../../domain/evidence/amendments.ts';
import type { Finding } from '../../domain/rules/evaluate.ts';
import { useEntryRows } from '../../data/hooks/use-evidence.ts';
import { useStore } from '../../data/store/store-context.tsx';
import { useCaseMeta } from '../../data/hooks/use-case.ts';
import { useDebts } from '../../data/hooks/use-debts.ts';
import type { DebtRecord } from '../../data/repositories/debts-repo.ts';
import { useToday } from '../../platform/use-today.ts';
import { draftFromEntry, newDraft } from './form/entry-draft.ts';
import { EntryDetail } from './detail/entry-detail.tsx';
import { EntryForm } from './form/entry-form.tsx';
import { FindingsNotice } from './findings-notice.tsx';
import { KindPicker } from './form/kind-picker.tsx';
import { hrefOf, routes, viewIn, type Href } from '../../platform/routes.ts';
import { navigate, useRoute } from '../../platform/use-route.ts';
import { Timeline } from './timeline/timeline.tsx';
import type { LogRow } from './timeline/timeline-model.ts';
import { instantOf } from '../../domain/case/dates.ts';
import './log.css';

/** The debt and collector used last: the newest saved entry's debt (if still open), and its collector. */
function lastUsed(rows: readonly LogRow[], debts: readonly DebtRecord[], debtId?: string) {
  const open = new Set(debts.map((d) => d.debt.id));
  const lastDebt = rows.find((r) => r.entry.debtId !== undefined && open.has(r.entry.debtId))?.entry.debtId;
  const only = debts.length === 1 ? debts[0]?.debt.id : undefined;
  const debt = debtId !== undefined && open.has(debtId) ? debtId : (lastDebt ?? only);
  const withCollector = rows.filter((r) => r.entry.collector?.name ?? r.entry.collector?.phone);
  const collector = (
    withCollector.find((r) => debt !== undefined && r.entry.debtId === debt) ?? withCollector[0]
  )?.entry.collector;
  return { debt, collector };
}

export function LogScreen() {
  const { t } = useTranslation('log');
  const store = useStore();
  const route = useRoute();
  const view = viewIn(route, 'log');
  const meta = useCaseMeta();
  const debts = useDebts();
  const rows = useEntryRows();
  const timeZone = meta?.timeZone ?? 'Asia/Shanghai';
  const today = useToday(timeZone, store.clock);
  const savedToast = useSavedToast();
  // Findings are said on the page the save led to, and go once the borrower moves on.
  const [notice, setNotice] = useState<{
    readonly href: Href;
    readonly findings: readonly Finding[];
  } | null>(null);

  const creditors = useMemo(() => new Map((debts ?? []).map((d) => [d.debt.id, d.debt.creditor])), [debts]);
  const creditorOf = useCallback(
    (id: string | undefined) => (id ? (creditors.get(id) ?? null) : null),
    [creditors],
  );

  const afterSave = (entry: Entry, next: Href) => {
    savedToast();
    setNotice(null);
    navigate(next, { replace: true });
    // Findings are a second look, after "saved": a failure here must not look like a failed save.
    store.findingsForEntry(entry.id).then(
      (findings) => setNotice(findings.length > 0 ? { href: next, findings } : null),
      () => setNotice(null),
    );
  };

  if (!meta || !debts || !rows) return <p role="status">{t('loading')}</p>;
  const noticeBlock = notice !== null && notice.href === hrefOf(route) && (
    <FindingsNotice findings={notice.findings} onDismiss={() => setNotice(null)} />
  );

  switch (view.view) {
    case 'new': {
      if (!view.kind) return <KindPickerPage debtId={view.debtId} />;
      const { debt, collector } = lastUsed(rows, debts, view.debtId);
      const initial = newDraft({
        kind: view.kind,
        now: store.clock.now(),
        timeZone,
        ...(debt ? { debtId: debt } : {}),
        ...(collector ? { collector } : {}),
        ...(meta.borrower?.phones?.[0] ? { ownNumber: meta.borrower.phones[0] } : {}),
      });
      return (
        <EntryForm
          key={`${view.kind}|${view.debtId ?? ''}`}
          initial={initial}
          timeZone={timeZone}
          today={today}
          debts={debts}
          onSaved={(entry) => afterSave(entry, routes.log.timeline())}
          onCancel={() => window.history.back()}
        />
      );
    }
    case 'amend':
      return (
        <AmendForm
          entryId={view.id}
          timeZone={timeZone}
          today={today}
          debts={debts}
          onSaved={(entry) => afterSave(entry, routes.log.entry(entry.id))}
        />
      );
    case 'entry':
      return (
        <EntryDetail
          key={view.id}
          entryId={view.id}
          timeZone={timeZone}
          creditorOf={creditorOf}
          notice={noticeBlock}
        />
      );
    case 'timeline':
      return (
        <Timeline
          key={view.debtId ?? ''}
          rows={rows}
          debts={debts}
          timeZone={timeZone}
          notice={noticeBlock}
          {...(view.debtId ? { debtId: view.debtId } : {})}
        />
      );
  }
}

function KindPickerPage({ debtId }: { readonly debtId?: string | undefined }) {
  const { t } = useTranslation('log');
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Once on arrival only: a callback ref would pull focus back to the title on every re-render.
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <section className="log-pick" data-testid="log-pick" aria-labelledby="log-pick-title">
      <h1 id="log-pick-title" tabIndex={-1} ref={titleRef}>
        {t('pick.title')}
      </h1>
      <p className="log-muted">{t('pick.intro')}</p>
      <KindPicker onPick={(kind: EntryKind) => navigate(routes.log.new(kind, debtId))} />
      <p className="log-note">
        {t('pick.visitNow')} <a href={routes.visit()}>{t('form.visit.guidedLink')}</a>
      </p>
    </section>
  );
}

interface AmendFormProps {
  readonly entryId: string;
  readonly timeZone: string;
  readonly today: string;
  readonly debts: readonly DebtRecord[];
  readonly onSaved: (entry: Entry) => void;
}

function AmendForm({ entryId, timeZone, today, debts, onSaved }: AmendFormProps) {
  const { t } = useTranslation('log');
  const store = useStore();
  const [view, setView] = useState<EntryView | null | undefined>(undefined);
  useEffect(() => {
    store.loadEntryView(entryId).then(setView, () => setView(null));
  }, [store, entryId]);
  if (view === undefined) return <p role="status">{t('loading')}</p>;
  if (view === null) return <p data-testid="log-detail-missing">{t('detail.missing')}</p>;
  const entry = view.current;
  return (
    <EntryForm
      initial={draftFromEntry(entry, timeZone, instantOf(entry.at))}
      timeZone={timeZone}
      today={today}
      debts={debts}
      amending={entry}
      onSaved={onSaved}
      onCancel={() => window.history.back()}
    />
  );
}
