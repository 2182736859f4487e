import { useTranslation } from 'react-i18next';
import { routes, type Route } from '../../platform/routes.ts';
import { useRoute } from '../../platform/use-route.ts';
import './log-fab.css';

/** The debt a screen is about (one debt's stage on Today, its log, its findings), if any. */
function debtOf(route: Route): string | undefined {
  if (route.area === 'today' && route.view.kind === 'debt') return route.view.debtId;
  if (route.area === 'log' && route.view.view === 'timeline') return route.view.debtId;
  if (route.area === 'findings' && route.view.kind === 'debt') return route.view.debtId;
  return undefined;
}

/** Hidden where it would get in the way: on the log form itself and in the full-screen visit mode. */
const hiddenOn = (route: Route): boolean =>
  route.area === 'visit' ||
  (route.area === 'log' && (route.view.view === 'new' || route.view.view === 'amend'));

/**
 * "记一笔 / Log a contact" on every screen, bottom right above the navigation where a thumb reaches it. It is on
 * the first screen, so it is a plain link with no imports beyond i18n; the log screen loads when it is tapped. A
 * spacer of its height ends the page, so the last line of any screen can scroll clear of it.
 */
export function LogFab() {
  const { t } = useTranslation('shell');
  const route = useRoute();
  if (hiddenOn(route)) return null;
  const href = routes.log.new(undefined, debtOf(route));
  return (
    <div className="log-fab-spacer">
      <a className="log-fab" href={href} data-testid="log-fab">
        <span className="log-fab__plus" aria-hidden="true">
          +
        </span>
        {t('logFab')}
      </a>
    </div>
  );
}
