import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatMoneyCny,
  formatNumber,
} from '../../src/i18n/format.ts';

// 2024-03-04T18:30:00Z is already 5 March (02:30) in Shanghai.
const LATE_EVENING_UTC = '2024-03-04T18:30:00Z';

describe('format', () => {
  it('shows the day in the case time zone, not the machine zone', () => {
    expect(formatDate(LATE_EVENING_UTC, 'zh-CN', 'Asia/Shanghai')).toBe('2024年3月5日');
    expect(formatDate(LATE_EVENING_UTC, 'en', 'Asia/Shanghai')).toBe('Mar 5, 2024');
    expect(formatDate(LATE_EVENING_UTC, 'en', 'UTC')).toBe('Mar 4, 2024');
  });

  it('shows wall-clock time on a 24-hour clock', () => {
    expect(formatDateTime(LATE_EVENING_UTC, 'zh-CN', 'Asia/Shanghai')).toContain('02:30');
    expect(formatDateTime(Date.parse('2024-03-05T14:05:00+08:00'), 'en', 'Asia/Shanghai')).toContain('14:05');
  });

  it('never moves a calendar day', () => {
    expect(formatLocalDate('2024-01-31', 'zh-CN')).toBe('2024年1月31日');
    expect(formatLocalDate('2024-01-31', 'en')).toBe('Jan 31, 2024');
    expect(formatLocalDate('not a day', 'en')).toBe('not a day');
  });

  it('formats yuan with two decimals and grouping', () => {
    expect(formatMoneyCny(12345.6, 'zh-CN')).toBe('¥12,345.60');
    expect(formatMoneyCny(12345.6, 'en')).toBe('CN¥12,345.60');
  });

  it('formats numbers and storage sizes', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(512, 'zh-CN')).toBe('512字节');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(5 * 1024 * 1024, 'zh-CN')).toBe('5 MB');
  });
});
