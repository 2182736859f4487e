import type { Hasher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import { sweepUnsealedAttachments } from './attachments-repo.ts';
import { sealBacklog } from './chain-backlog.ts';

/**
 * Housekeeping right after the database opens (the app calls it once, in the background): seal what an upgrade
 * left unsealed, then remove unfinished or abandoned attachment writes older than a day.
 */
export async function maintainStorage(
  db: YoujuDb,
  options: { readonly hasher: Hasher; readonly now: number },
): Promise<{ sealed: number; swept: number }> {
  const sealed = await sealBacklog(db, options.hasher);
  const swept = await sweepUnsealedAttachments(db, options.now);
  return { sealed, swept };
}
