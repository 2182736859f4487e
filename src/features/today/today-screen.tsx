import { Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseExport } from '../../data/hooks/use-case.ts';
import { Opening } from '../../components/opening.tsx';
import { lazyScreen } from '../../i18n/lazy-screen.ts';
import { useToday } from '../../platform/use-today.ts';
import { useClock } from '../../data/store/store-context.tsx';
import { Reminders } from './reminders.tsx';
import { TodayCard } from './today-card.tsx';
import { buildTodayModel } from './today-model.ts';
import { routes, type TodayView } from '../../platform/routes.ts';
import { useView } from '../../platform/use-route.ts';
import './today.css';

// The detail and the flows are not on the first screen: they load with their words when opened (and are
// precached, so they open offline too).
const ReceivedScreen = lazyScreen(
  () => import('./received-screen.tsx').then((m) => m.ReceivedScreen),
  ['received', 'todayDetail'],
);
// The risk words (stageDetail), the longer court-stage texts (received:stageMore) and the deadline notes
// (todayDetail) load with the detail screen: they are long and the first screen never shows them.
const StageDetail = lazyScreen(
  () => import('./stage-detail.tsx').then((m) => m.StageDetail),
  ['rules', 'stageDetail', 'received', 'todayDetail'],
);
const SupportScreen = lazyScreen(
  () => import('./support-screen.tsx').then((m) => m.SupportScreen),
  ['support', 'rules'],
);

const viewKey = (v: TodayView): string =>
  v.kind === 'debt' ? `debt:${v.debtId}` : v.kind === 'received' ? `received:${v.flow ?? ''}` : v.kind;

/** Per debt: the typical stage, the one next step and the nearest deadline; plus the reminders and the flows. */
export function TodayScreen() {
  const { t } = useTranslation('today');
  const view = useView('today');
  const caseFile = useCaseExport();
  const timeZone = caseFile?.timeZone ?? 'Asia/Shanghai';
  const today = useToday(timeZone, useClock());
  const model = useMemo(() => (caseFile ? buildTodayModel(caseFile, today) : undefined), [caseFile, today]);
  const key = viewKey(view);
  const firstView = useRef(key);

  // A sub-view replaces the page: move focus to its heading so screen readers start there.
  useEffect(() => {
    if (key === firstView.current) return;
    firstView.current = key;
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('.today h1')?.focus();
  }, [key]);

  if (view.kind === 'support') {
    return (
      <Suspense fallback={<Opening />}>
        <SupportScreen />
      </Suspense>
    );
  }
  if (model && view.kind === 'received') {
    const debts = model.cards.map((c) => c.debt);
    return (
      <Suspense fallback={<Opening />}>
        <ReceivedScreen {...(view.flow ? { flow: view.flow } : {})} debts={debts} today={today} />
      </Suspense>
    );
  }
  if (model && view.kind === 'debt') {
    const card = model.cards.find((c) => c.debt.id === view.debtId);
    if (card)
      return (
        <Suspense fallback={<Opening />}>
          <StageDetail card={card} today={today} debts={model.cards.map((c) => c.debt)} />
        </Suspense>
      );
  }

  return (
    <section className="today" aria-labelledby="today-title">
      <h1 id="today-title" tabIndex={-1}>
        {t('title')}
      </h1>
      {model && view.kind === 'debt' && <p role="alert">{t('detail.notFound')}</p>}
      <p className="today-muted">{t('intro')}</p>
      <a
        className="button button--primary today__received"
        href={routes.today.received()}
        data-testid="received-open"
      >
        {t('receivedOpen')}
      </a>
      <a className="button today__received" href={routes.visit()} data-testid="visit-open">
        {t('visitOpen')}
      </a>
      {!model ? (
        // While this shows, app/styles.css keeps the debts list below hidden (a layout shift otherwise).
        <p role="status">{t('loading')}</p>
      ) : model.cards.length === 0 ? (
        <p className="today-note">{t('none')}</p>
      ) : (
        <>
          <p className="today-note">{t('typical')}</p>
          <ul className="today-cards">
            {model.cards.map((card) => (
              <TodayCard key={card.debt.id} card={card} today={today} />
            ))}
          </ul>
        </>
      )}
      {model && <Reminders reminders={model.reminders} today={today} />}
      <p className="today-support">
        <a className="today-link" href={routes.today.support()} data-testid="support-open">
          {t('supportOpen')}
        </a>
      </p>
    </section>
  );
}
