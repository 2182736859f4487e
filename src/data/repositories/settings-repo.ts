import { isHeadAnchorList, type HeadAnchor } from '../../domain/case-pack/head-anchor.ts';
import { isAppLockSetting, type AppLockSetting } from '../../domain/lock/lock-record.ts';
import type { LockoutState } from '../../domain/lock/lockout.ts';
import type { YoujuDb } from '../db.ts';
import { RepositoryError } from './repository-error.ts';
import { guardStorage } from './storage-errors.ts';

type PersistResult = 'granted' | 'denied' | 'unsupported';

/** Every app setting with its type; a stored value of the wrong type reads as unset. */
export interface SettingValues {
  readonly language: 'zh-CN' | 'en';
  readonly onboardingDone: boolean;
  /** Epoch ms of the profile's first successful save (persistence is requested once, after it). */
  readonly firstSaveAt: number;
  readonly persistResult: PersistResult;
  readonly lastExportAt: number;
  /** Chain head (hash) inside the last case pack handed over: evidence sealed after that link is not backed up. */
  readonly lastExportHead: string;
  /** The app lock, when on (its wrapped keys; no secret). */
  readonly appLock: AppLockSetting;
  /** Wrong passphrases in a row, for the growing delay. */
  readonly lockout: LockoutState;
  /** Where the user sent case heads so their dates are fixed elsewhere, oldest first (domain/case-pack/head-anchor.ts). */
  readonly headAnchors: readonly HeadAnchor[];
}

export type SettingKey = keyof SettingValues;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

const CHECKS: { readonly [K in SettingKey]: (v: unknown) => v is SettingValues[K] } = {
  language: (v): v is SettingValues['language'] => v === 'zh-CN' || v === 'en',
  onboardingDone: (v): v is boolean => typeof v === 'boolean',
  firstSaveAt: isTime,
  persistResult: (v): v is PersistResult => v === 'granted' || v === 'denied' || v === 'unsupported',
  lastExportAt: isTime,
  lastExportHead: (v): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v),
  appLock: isAppLockSetting,
  headAnchors: isHeadAnchorList,
  lockout: (v): v is LockoutState =>
    typeof v === 'object' &&
    v !== null &&
    Number.isSafeInteger((v as LockoutState).failures) &&
    (v as LockoutState).failures >= 0 &&
    ((v as LockoutState).lastFailureAt === null || isTime((v as LockoutState).lastFailureAt)),
};

export async function getSetting<K extends SettingKey>(
  db: YoujuDb,
  key: K,
): Promise<SettingValues[K] | undefined> {
  const value = (await db.settings.get(key))?.value;
  return CHECKS[key](value) ? value : undefined;
}

export async function setSetting<K extends SettingKey>(
  db: YoujuDb,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  if (!CHECKS[key](value)) throw new RepositoryError('invalid-setting', key);
  await guardStorage(() => db.settings.put({ key, value }));
}

/** Sets the value only if none is stored yet; true if this call set it. Atomic, so two tabs cannot both win. */
export async function setSettingOnce<K extends SettingKey>(
  db: YoujuDb,
  key: K,
  value: SettingValues[K],
): Promise<boolean> {
  if (!CHECKS[key](value)) throw new RepositoryError('invalid-setting', key);
  return guardStorage(() =>
    db.transaction('rw', db.settings, async () => {
      if (CHECKS[key]((await db.settings.get(key))?.value)) return false;
      await db.settings.put({ key, value });
      return true;
    }),
  );
}

export async function deleteSetting(db: YoujuDb, key: SettingKey): Promise<void> {
  await guardStorage(() => db.settings.delete(key));
}
