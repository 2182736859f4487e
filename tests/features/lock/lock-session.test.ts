// @vitest-environment node
// The app lock's page state (features/lock/lock-session.ts): how the stored setting, as the live query reports it,
// moves this page between off, locked and open — including the reports that are older than what this page did.
import { afterEach, describe, expect, it } from 'vitest';
import {
  endSession,
  expectLock,
  lockNow,
  lockStatus,
  observeLockSetting,
  openSession,
  sealVault,
} from '../../../src/features/lock/lock-session.ts';
import '../../../src/data/vault/row-codec.ts';
import type { AtRestCipher } from '../../../src/domain/shared/ports.ts';
import { freshIdb, openTestDb } from '../../data/db-helpers.ts';

const cipher = {} as AtRestCipher;

afterEach(() => endSession());

async function db() {
  return openTestDb(freshIdb());
}

describe('lock session', () => {
  it('starts off or locked from the first reading of the setting', async () => {
    const d = await db();
    observeLockSetting(d, false);
    expect(lockStatus()).toBe('off');
    endSession();
    observeLockSetting(d, true);
    expect(lockStatus()).toBe('locked');
    expect(d.vault.state).toBe('locked');
  });

  it('locks this page when another tab turns the lock on, and closes it when another tab turns it off', async () => {
    const d = await db();
    observeLockSetting(d, false);
    observeLockSetting(d, true);
    expect(lockStatus()).toBe('locked');
    openSession(d, cipher, () => undefined);
    expect(lockStatus()).toBe('open');
    observeLockSetting(d, false);
    expect(lockStatus()).toBe('off');
    expect(d.vault.state).toBe('clear');
  });

  it('ignores reports older than what this page did until the setting says the same', async () => {
    const d = await db();
    observeLockSetting(d, false);
    expectLock(true);
    openSession(d, cipher, () => undefined);
    observeLockSetting(d, false); // stale: written before this page turned the lock on
    expect(lockStatus()).toBe('open');
    observeLockSetting(d, true);
    expectLock(false);
    observeLockSetting(d, true); // stale: this page is turning it off
    expect(lockStatus()).toBe('open');
  });

  it('forgets the key on lock, and a running recording holds the lock off', async () => {
    const d = await db();
    let forgotten = 0;
    observeLockSetting(d, true);
    openSession(d, cipher, () => forgotten++);
    const release = d.vault.hold();
    lockNow();
    expect(lockStatus()).toBe('open');
    release();
    lockNow();
    expect(lockStatus()).toBe('locked');
    sealVault(d);
    expect(d.vault.state).toBe('locked');
    expect(forgotten).toBe(1);
  });
});
