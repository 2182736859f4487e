import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Opening } from '../components/opening.tsx';
import { useDb } from '../data/hooks/db-context.tsx';
import { useStore } from '../data/store/store-context.tsx';
import { useSetting } from '../data/hooks/use-setting.ts';
import { getSetting } from '../data/repositories/settings-repo.ts';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../domain/lock/lock-record.ts';
import { endSession, observeLockSetting, sealVault, useLockStatus } from '../features/lock/lock-session.ts';
import { lazyScreen } from '../i18n/lazy-screen.ts';
import { maintainInBackground } from './maintenance.ts';
import { useAutoLock } from './use-auto-lock.ts';
import { useIdle } from './use-idle.ts';

const LockScreen = lazyScreen(
  () => import('../features/lock/lock-screen.tsx').then((m) => m.LockScreen),
  ['lock'],
);

/**
 * The app lock between the open database and the screens. The lock setting is watched live, so a lock
 * turned on in another tab locks this one too, and one turned off there closes this page's session. While locked,
 * no screen is mounted: nothing reads the database without its key.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const db = useDb();
  const store = useStore();
  const status = useLockStatus();
  const lock = useSetting('appLock');
  const maintained = useRef(false);

  useEffect(() => {
    // The first reading is a plain read, so the gate opens without waiting for the live query's first run.
    let live = true;
    void getSetting(db, 'appLock').then((setting) => {
      if (live) observeLockSetting(db, setting !== undefined);
    });
    return () => {
      live = false;
      endSession();
    };
  }, [db]);

  useEffect(() => {
    if (lock.loaded) observeLockSetting(db, lock.value !== undefined);
  }, [db, lock, status]);

  // Screens unmount on `locked` first; only then is the key dropped.
  useEffect(() => {
    if (status === 'locked') sealVault(db);
  }, [db, status]);

  const idle = useIdle();
  useEffect(() => {
    if (idle && (status === 'off' || status === 'open') && !maintained.current) {
      maintained.current = true;
      maintainInBackground(store);
    }
  }, [store, status, idle]);

  useAutoLock(
    status === 'open' && lock.loaded ? (lock.value?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES) : null,
  );

  if (status === 'checking') {
    return (
      <div data-testid="lock-checking">
        <Opening />
      </div>
    );
  }
  if (status === 'locked') {
    return (
      <Suspense fallback={<Opening />}>
        <LockScreen />
      </Suspense>
    );
  }
  return children;
}
