// How firmly My data asks for a backup. Evidence lives only in this browser, under this site's address: a lost
// or broken phone, a browser that clears site data, or a move to a new phone or a new address loses whatever was
// not exported (docs/deploy.md, "Where the data lives"). The reminder names new evidence as soon as there is any;
// the nudge adds a plainer warning once the backup is both old and well behind the log.
import type { BackupDue } from './backup-reminder.ts';

interface NudgePolicy {
  /** Whole days since the last export from which the backup counts as old. */
  readonly afterDays: number;
  /** Records added since the last export from which the log has grown enough to nudge. */
  readonly afterRecords: number;
}

/**
 * A week, and about a day or two of collection contacts: collectors often call several times a day, so five new
 * records is a modest amount of evidence to lose, and a weekly backup is a habit a stressed person can keep.
 */
export const DEFAULT_NUDGE: NudgePolicy = { afterDays: 7, afterRecords: 5 };

type BackupLevel = 'none' | 'reminder' | 'nudge';

/**
 * `none` when everything is backed up; `nudge` when the last export is at least `afterDays` old (or there never
 * was one) and at least `afterRecords` records came since; otherwise `reminder`.
 */
export function backupLevel(due: BackupDue | null, policy: NudgePolicy = DEFAULT_NUDGE): BackupLevel {
  if (due === null || due.count === 0) return 'none';
  const old = due.days === null || due.days >= policy.afterDays;
  return old && due.count >= policy.afterRecords ? 'nudge' : 'reminder';
}
