import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DatabaseNewerError,
  DatabaseUnavailableError,
  openDatabase,
  type YoujuDb,
  type YoujuDbOptions,
} from '../data/db.ts';
import { revealOnMount } from '../components/reveal.ts';
import { DbProvider } from '../data/hooks/db-context.tsx';
import { StoreProvider } from '../data/store/store-context.tsx';
import { createStore, type StorePorts } from '../data/store/store.ts';
import { appStorePorts } from './store-ports.ts';

export type OpenDb = (options: Pick<YoujuDbOptions, 'onVersionChange' | 'onBlocked'>) => Promise<YoujuDb>;

type DbState =
  | { readonly status: 'opening' }
  | { readonly status: 'blocked' }
  | { readonly status: 'ready'; readonly db: YoujuDb }
  | { readonly status: 'failed'; readonly reason: 'newer' | 'unavailable' | 'unknown' }
  | { readonly status: 'closed'; readonly db: YoujuDb };

function reasonOf(error: unknown): 'newer' | 'unavailable' | 'unknown' {
  if (error instanceof DatabaseNewerError) return 'newer';
  if (error instanceof DatabaseUnavailableError) return 'unavailable';
  return 'unknown';
}

/**
 * Opens the local database once and provides it to the screens below. Nothing below renders against a database
 * that is still opening, was written by a newer app, or was closed because another tab upgraded it.
 */
function DbProblem({ kind }: { kind: 'newer' | 'unavailable' | 'unknown' | 'closed' | 'blocked' }) {
  const { t } = useTranslation('shell');
  return (
    <section
      className="db-status db-status--problem"
      role="alert"
      data-testid="db-problem"
      data-problem={kind}
      // 'closed' arrives while the user may be scrolled deep into a form: the reason Save stopped working must
      // be on screen, not above it.
      ref={revealOnMount}
    >
      <h1 className="db-status__title">{t(`db.${kind}.title`)}</h1>
      <p>{t(`db.${kind}.body`)}</p>
      {/* Blocked carries on by itself once the other tab is closed; reloading would only start the wait again. */}
      {kind !== 'blocked' && (
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('db.reload')}
        </button>
      )}
    </section>
  );
}

interface DatabaseGateProps {
  readonly children: ReactNode;
  readonly openDb?: OpenDb;
  /** The clock and hashers bound into the storage service; tests pass a fixed clock. */
  readonly storePorts?: StorePorts;
}

export function DatabaseGate({
  children,
  openDb = openDatabase,
  storePorts = appStorePorts,
}: DatabaseGateProps) {
  const { t } = useTranslation('shell');
  const [state, setState] = useState<DbState>({ status: 'opening' });
  const db = state.status === 'ready' || state.status === 'closed' ? state.db : null;
  // Built once per opened database: every screen below shares its clock, hashers and recording holds.
  const store = useMemo(() => (db === null ? null : createStore(db, storePorts)), [db, storePorts]);

  useEffect(() => {
    let active = true;
    let opened: YoujuDb | undefined;
    openDb({
      onVersionChange: () => {
        if (active && opened) setState({ status: 'closed', db: opened });
      },
      // An upgrade waits for a tab still holding the old version; without this the user would see "opening"
      // for as long as that tab stays open.
      onBlocked: () => {
        if (active && !opened) setState({ status: 'blocked' });
      },
    }).then(
      (db) => {
        opened = db;
        if (active) {
          // Storage maintenance waits for the app lock (lock-gate.tsx): a locked profile cannot be read yet.
          setState({ status: 'ready', db });
        } else db.close();
      },
      (error: unknown) => {
        console.error('open database failed:', error instanceof Error ? error.name : 'unknown');
        if (active) setState({ status: 'failed', reason: reasonOf(error) });
      },
    );
    return () => {
      // React's development double-mount and unmounts both end here; the connection must not outlive it.
      active = false;
      opened?.close();
    };
  }, [openDb]);

  switch (state.status) {
    case 'ready':
    case 'closed':
      // Keep the screens: whatever the user is typing stays visible and can be copied before reloading. Both
      // states render the same tree, so the screens below are not remounted (which would drop typed input).
      return (
        <>
          {state.status === 'closed' && <DbProblem kind="closed" />}
          <DbProvider db={state.db}>
            {store && <StoreProvider store={store}>{children}</StoreProvider>}
          </DbProvider>
        </>
      );
    case 'opening':
      return (
        <p className="db-status" role="status" data-testid="db-opening">
          {t('db.opening')}
        </p>
      );
    case 'blocked':
      return <DbProblem kind="blocked" />;
    case 'failed':
      return <DbProblem kind={state.reason} />;
  }
}
