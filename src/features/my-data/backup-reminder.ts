import { useEffect, useState } from 'react';
import type { YoujuDb } from '../../data/db.ts';
import { listChain } from '../../data/repositories/chain-repo.ts';

const DAY = 86_400_000;

/** When a sealed record was made, as far as the record itself says (hides and amendments carry `at`). */
function timeOf(kind: string, record: unknown): number | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  const at = kind === 'attachment' ? r.importedAt : r.at;
  const ms = typeof at === 'string' ? Date.parse(at) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

export interface BackupDue {
  /** Whole days since the last export, or null when there was none. */
  readonly days: number | null;
  /** Entries, corrections and hidings newer than the last export. */
  readonly count: number;
}

/**
 * New evidence since the last export: entries, amendments and hides sealed after the chain link the last pack
 * ended with (so a contact logged late for an earlier day counts too). When that link is not in this chain (a
 * restore replaced it, or the export was a plain case.json), records whose own time is later than the export.
 * Re-read whenever the chain head moves.
 */
export function useBackupDue(
  db: YoujuDb,
  headHash: string | null | undefined,
  last: { readonly at: number | undefined; readonly head: string | undefined },
  now: number,
): BackupDue | null {
  const lastExportAt = last.at;
  const lastHead = last.head;
  const [due, setDue] = useState<BackupDue | null>(null);
  useEffect(() => {
    let active = true;
    void listChain(db).then((rows) => {
      if (!active) return;
      const evidence = rows.filter((r) => r.kind !== 'attachment');
      const exported = lastHead === undefined ? undefined : rows.find((r) => r.hash === lastHead);
      const count =
        exported !== undefined
          ? evidence.filter((r) => r.seq > exported.seq).length
          : lastExportAt === undefined
            ? evidence.length
            : evidence.filter((r) => (timeOf(r.kind, r.record) ?? 0) > lastExportAt).length;
      const days = lastExportAt === undefined ? null : Math.max(0, Math.floor((now - lastExportAt) / DAY));
      setDue(count > 0 ? { days, count } : null);
    });
    return () => {
      active = false;
    };
  }, [db, headHash, lastExportAt, lastHead, now]);
  return due;
}

/**
 * Where Safari may delete the data (src/platform/ios-eviction.ts: an iPhone browser tab, seven days without a visit),
 * the reminder turns urgent once the last pack is this old, well inside that window.
 */
export const EVICTION_URGENT_DAYS = 3;

/** Whether a due reminder should say plainly that the evidence may be deleted (stricter than elsewhere). */
export function backupUrgent(due: BackupDue, evictionRisk: boolean): boolean {
  if (!evictionRisk) return false;
  return due.days === null || due.days >= EVICTION_URGENT_DAYS;
}
