// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  deleteSetting,
  getSetting,
  setSetting,
  setSettingOnce,
  type SettingValues,
} from '../../src/data/repositories/settings-repo.ts';
import { freshIdb, openTestDb } from './db-helpers.ts';

describe('settings repository', () => {
  it('stores typed values and reads unset or mistyped ones as undefined', async () => {
    const db = await openTestDb(freshIdb());
    expect(await getSetting(db, 'persistResult')).toBeUndefined();
    await setSetting(db, 'persistResult', 'granted');
    await setSetting(db, 'onboardingDone', true);
    expect(await getSetting(db, 'persistResult')).toBe('granted');
    expect(await getSetting(db, 'onboardingDone')).toBe(true);
    await db.settings.put({ key: 'lastExportAt', value: 'yesterday' });
    expect(await getSetting(db, 'lastExportAt')).toBeUndefined();
    await deleteSetting(db, 'onboardingDone');
    expect(await getSetting(db, 'onboardingDone')).toBeUndefined();
    db.close();
  });

  it('refuses a value of the wrong type', async () => {
    const db = await openTestDb(freshIdb());
    const bad = 'fr' as unknown as SettingValues['language'];
    await expect(setSetting(db, 'language', bad)).rejects.toMatchObject({
      code: 'invalid-setting',
      field: 'language',
    });
    await expect(setSetting(db, 'firstSaveAt', Number.NaN)).rejects.toMatchObject({
      code: 'invalid-setting',
    });
    expect(await db.settings.count()).toBe(0);
    db.close();
  });

  it('setSettingOnce sets only the first time', async () => {
    const db = await openTestDb(freshIdb());
    expect(await setSettingOnce(db, 'firstSaveAt', 1)).toBe(true);
    expect(await setSettingOnce(db, 'firstSaveAt', 2)).toBe(false);
    expect(await getSetting(db, 'firstSaveAt')).toBe(1);
    db.close();
  });
});
