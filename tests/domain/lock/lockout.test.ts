import { describe, expect, it } from 'vitest';
import {
  BASE_DELAY_MS,
  FREE_ATTEMPTS,
  MAX_DELAY_MS,
  NO_FAILURES,
  delayAfter,
  recordFailure,
  waitMs,
} from '../../../src/domain/lock/lockout.ts';

describe('wrong-passphrase throttling', () => {
  it('lets the first three mistakes through without a wait', () => {
    expect(FREE_ATTEMPTS).toBe(3);
    for (const n of [0, 1, 2, 3]) expect(delayAfter(n)).toBe(0);
  });

  it('waits 2 s after the fourth failure and doubles with each further one', () => {
    expect(delayAfter(4)).toBe(BASE_DELAY_MS);
    expect(delayAfter(5)).toBe(2 * BASE_DELAY_MS);
    expect(delayAfter(6)).toBe(4 * BASE_DELAY_MS);
  });

  it('never makes the owner wait more than 15 minutes, however many failures', () => {
    expect(delayAfter(13)).toBe(MAX_DELAY_MS);
    expect(delayAfter(1_000_000)).toBe(MAX_DELAY_MS);
  });

  it('counts the wait from the last failure and reaches zero when it has passed', () => {
    let state = NO_FAILURES;
    for (let i = 0; i < 4; i++) state = recordFailure(state, 1_000_000);
    expect(waitMs(state, 1_000_000)).toBe(BASE_DELAY_MS);
    expect(waitMs(state, 1_000_000 + BASE_DELAY_MS - 1)).toBe(1);
    expect(waitMs(state, 1_000_000 + BASE_DELAY_MS)).toBe(0);
    expect(waitMs(NO_FAILURES, 0)).toBe(0);
  });
});
