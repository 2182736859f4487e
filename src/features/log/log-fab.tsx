import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import './log-fab.css';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The debt a screen is about (`#/today/debt/<id>`, `#/log?debt=<id>`, `#/lawful/findings/<id>`), if any. */
function debtOf(hash: string): string | null {
  const today = /^#\/today\/debt\/([^/?]+)/.exec(hash);
  const findings = /^#\/lawful\/findings\/([^/?]+)/.exec(hash);
  const log = /^#\/log\?(?:.*&)?debt=([^&]+)/.exec(hash);
  const raw = today?.[1] ?? findings?.[1] ?? log?.[1];
  return raw === undefined ? null : decodeURIComponent(raw);
}

/** Hidden where it would get in the way: on the log form itself and in the full-screen visit mode. */
const hiddenOn = (hash: string): boolean =>
  /^#\/log\/new/.test(hash) || /^#\/log\/entry\/[^/]+\/amend/.test(hash) || /^#\/visit/.test(hash);

/**
 * "记一笔 / Log a contact" on every screen, bottom right above the navigation where a thumb reaches it. It is on
 * the first screen, so it is a plain link with no imports beyond i18n; the log screen loads when it is tapped. A
 * spacer of its height ends the page, so the last line of any screen can scroll clear of it.
 */
export function LogFab() {
  const { t } = useTranslation('shell');
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  if (hiddenOn(hash)) return null;
  const debtId = debtOf(hash);
  const href = debtId ? `#/log/new?debt=${encodeURIComponent(debtId)}` : '#/log/new';
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
