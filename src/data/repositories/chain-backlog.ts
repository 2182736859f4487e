/**
 * Sealing what was stored before the chain existed. A v1 database has entries and attachments but no chain; the
 * upgrade cannot hash (see MIGRATION_V2), so they are sealed once here, entries in seq order each followed by its
 * attachments, then any other v1 attachment. Every sealed write runs this first, so new records always come after
 * the backlog; the app also calls it on start (`maintainStorage`).
 */
import { Dexie } from 'dexie';
import type { Entry } from '../../domain/case/types.ts';
import type { Hasher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import { attachmentRecordOf } from '../../domain/evidence/attachment-record.ts';
import { attachmentsToSeal, markAttachmentsSealed } from './attachment-records.ts';
import { writeSealed, type PendingRecord } from './chain-repo.ts';

/** Connections that have no backlog left (only an upgrade creates one, and upgrades happen on open). */
const clean = new WeakSet<YoujuDb>();

async function backlogRecords(db: YoujuDb): Promise<PendingRecord[]> {
  const [sealedCount, entryCount, attachments] = await Promise.all([
    db.chain.where('kind').equals('entry').count(),
    db.entries.count(),
    db.attachments.toArray(),
  ]);
  const legacy = attachments.filter((a) => a.legacy === true && !a.sealed);
  if (sealedCount === entryCount && legacy.length === 0) return [];
  const keys = await db.chain
    .where('[kind+recordId]')
    .between(['entry', Dexie.minKey], ['entry', Dexie.maxKey])
    .keys();
  const sealed = new Set(keys.map((k) => (Array.isArray(k) ? String(k[1]) : '')));
  const out: PendingRecord[] = [];
  const queued = new Set<string>();
  for (const row of await db.entries.orderBy('seq').toArray()) {
    if (sealed.has(row.id)) continue;
    const entry = row.data as unknown as Entry;
    out.push({ kind: 'entry', recordId: row.id, record: entry });
    out.push(...(await attachmentsToSeal(db, entry.attachments, { queued })));
  }
  for (const a of legacy) {
    if (!queued.has(a.sha256))
      out.push({ kind: 'attachment', recordId: a.sha256, record: attachmentRecordOf(a) });
  }
  return out;
}

/** Seals the backlog, if any; resolves with the number of records sealed. */
export async function sealBacklog(db: YoujuDb, hasher: Hasher): Promise<number> {
  if (clean.has(db)) return 0;
  if ((await backlogRecords(db)).length === 0) {
    clean.add(db);
    return 0;
  }
  const { rows } = await writeSealed(db, hasher, {
    tables: [db.entries, db.attachments],
    prepare: () => backlogRecords(db),
    apply: (rows) => markAttachmentsSealed(db, rows),
  });
  clean.add(db);
  return rows.length;
}
