import { describe, expect, it } from 'vitest';
import { checkDateTime, instantOf, isLocalDate, isTimeZone } from '../../../src/domain/case/dates.ts';

describe('isLocalDate', () => {
  it.each(['2026-06-15', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (d) => {
    expect(isLocalDate(d)).toBe(true);
  });
  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-6-15',
    ' 2026-06-15',
    '2026-06-15T00:00Z',
  ])('refuses %s', (d) => expect(isLocalDate(d)).toBe(false));
});

describe('checkDateTime', () => {
  it.each([
    '2026-11-02T22:31:00+08:00',
    '2026-11-02T22:31Z',
    '2026-11-02T22:31:00.123456-05:30',
    '2028-02-29T00:00:00Z',
  ])('accepts %s', (d) => expect(checkDateTime(d)).toBe('ok'));
  it.each(['2026-11-02T22:31:00', '2026-11-02T22:31'])('tells that %s lacks an offset', (d) => {
    expect(checkDateTime(d)).toBe('no-offset');
  });
  it.each([
    '2026-02-30T10:00:00+08:00',
    '2026-11-02T24:00:00Z',
    '2026-11-02T22:60:00Z',
    '2026-11-02T22:31:60Z',
    '2026-11-02T22:31:00+24:00',
    '2026-11-02 22:31:00+08:00',
    '2026-11-02T22:31:00+0800',
    '2026-11-02',
    'yesterday',
  ])('refuses %s', (d) => expect(checkDateTime(d)).toBe('invalid'));
});

describe('instantOf', () => {
  it('honours the written offset', () => {
    expect(instantOf('2026-11-02T22:31:00+08:00')).toBe(Date.UTC(2026, 10, 2, 14, 31));
    expect(instantOf('2026-11-02T22:31:00.5Z')).toBe(Date.UTC(2026, 10, 2, 22, 31, 0, 500));
    expect(instantOf('2026-11-02T00:00-05:30')).toBe(Date.UTC(2026, 10, 2, 5, 30));
  });
  it('does not move two-digit years into the 1900s', () => {
    expect(new Date(instantOf('0050-01-01T00:00:00Z')).getUTCFullYear()).toBe(50);
  });
  it('is NaN for anything it does not accept', () => {
    expect(instantOf('2026-11-02T22:31:00')).toBeNaN();
  });
});

describe('isTimeZone', () => {
  it.each(['Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/New_York'])('accepts %s', (z) => {
    expect(isTimeZone(z)).toBe(true);
  });
  it.each(['Mars/Base', '+08:00', '', 'GMT+8:00:00'])('refuses %s', (z) => expect(isTimeZone(z)).toBe(false));
});
