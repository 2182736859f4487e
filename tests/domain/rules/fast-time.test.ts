import { describe, expect, it } from 'vitest';
import { createDayReader, createFastLocalClock } from '../../../src/domain/rules/fast-time.ts';
import { localMoment } from '../../../src/domain/rules/local-time.ts';

const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Pacific/Chatham',
  'America/St_Johns',
  'UTC',
];

describe('the rules engine’s fast clock', () => {
  // The daily readings come from format() instead of formatToParts; both must give the same local time.
  it.each(ZONES)('agrees with Intl’s formatToParts at every sampled instant in %s', (zone) => {
    const clock = createFastLocalClock(zone);
    const read = createDayReader(zone);
    const from = Date.parse('2025-01-01T00:00:00Z');
    for (let ms = from; ms < from + 2 * 366 * 86_400_000; ms += 5_821_000) {
      const slow = localMoment(ms, zone);
      const fast = clock(ms);
      if (fast.day !== slow.day || fast.secondOfDay !== slow.secondOfDay)
        expect({ ms, fast }).toEqual({ ms, fast: slow });
      const direct = read(ms);
      if (direct.day !== slow.day || direct.secondOfDay !== slow.secondOfDay)
        expect({ ms, direct }).toEqual({ ms, direct: slow });
    }
    for (
      let ms = Date.parse('1899-12-30T00:00:00Z');
      ms < Date.parse('1901-01-03T00:00:00Z');
      ms += 3_607_000
    ) {
      expect(clock(ms)).toEqual(localMoment(ms, zone));
    }
  });

  it('reads a year before 1000 (which format() writes without four digits) through formatToParts', () => {
    const ms = Date.parse('0999-06-01T12:00:00Z');
    expect(createDayReader('UTC')(ms)).toEqual(localMoment(ms, 'UTC'));
    expect(createFastLocalClock('UTC')(ms)).toEqual({ day: '0999-06-01', secondOfDay: 43_200 });
  });
});
