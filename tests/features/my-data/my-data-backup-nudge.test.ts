import { describe, expect, it } from 'vitest';
import { backupLevel, DEFAULT_NUDGE } from '../../../src/features/my-data/backup-nudge.ts';

describe('the backup nudge', () => {
  it('stays silent when nothing is newer than the last backup', () => {
    expect(backupLevel(null)).toBe('none');
    expect(backupLevel({ days: 30, count: 0 })).toBe('none');
  });

  it('only reminds while the backup is recent, however much was added', () => {
    expect(backupLevel({ days: 6, count: 40 })).toBe('reminder');
    expect(backupLevel({ days: 0, count: 5 })).toBe('reminder');
  });

  it('only reminds while few records were added, however old the backup', () => {
    expect(backupLevel({ days: 90, count: 4 })).toBe('reminder');
    expect(backupLevel({ days: null, count: 4 })).toBe('reminder');
  });

  it('nudges from 7 days and 5 new records, the first day and record just inside', () => {
    expect(backupLevel({ days: 7, count: 5 })).toBe('nudge');
    expect(backupLevel({ days: 6, count: 5 })).toBe('reminder');
    expect(backupLevel({ days: 7, count: 4 })).toBe('reminder');
  });

  it('treats a phone that never made a backup as old', () => {
    expect(backupLevel({ days: null, count: 5 })).toBe('nudge');
  });

  it('follows a stricter policy where the browser may clear data sooner', () => {
    const strict = { afterDays: 3, afterRecords: 1 };
    expect(backupLevel({ days: 3, count: 1 }, strict)).toBe('nudge');
    expect(backupLevel({ days: 2, count: 1 }, strict)).toBe('reminder');
    expect(backupLevel({ days: 3, count: 1 })).toBe('reminder');
    expect(DEFAULT_NUDGE).toEqual({ afterDays: 7, afterRecords: 5 });
  });
});
