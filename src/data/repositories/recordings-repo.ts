/**
 * In-app recordings (docs/recorder.md): each MediaRecorder timeslice is written as it arrives, in its own
 * small transaction, so a crash, a closed tab or a dead battery loses at most one slice. An interrupted recording
 * (state `recording` or `stopped` on the next start) is offered for recovery; once its bytes are stored as an
 * attachment the slices are deleted.
 */
import type { YoujuDb } from '../db.ts';
import type { RecordingRowV2 } from '../schema/v2.ts';
import { openSlice, sealSlice } from '../vault/media-seal.ts';
import { RepositoryError } from './repository-error.ts';
import { guardStorage } from './storage-errors.ts';

export type RecordingRow = RecordingRowV2;

/** A new recording; state, lastSliceAt and sliceCount always start as `recording`, startedAt and 0. */
type RecordingStart = Omit<RecordingRowV2, 'state' | 'lastSliceAt' | 'sliceCount'> &
  Partial<Pick<RecordingRowV2, 'state' | 'lastSliceAt' | 'sliceCount'>>;

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function checkStart(meta: RecordingStart): void {
  if (!nonEmpty(meta.id)) throw new RepositoryError('invalid-recording', 'id');
  if (typeof meta.mimeType !== 'string') throw new RepositoryError('invalid-recording', 'mimeType');
  if (!Number.isFinite(meta.startedAt)) throw new RepositoryError('invalid-recording', 'startedAt');
  if (meta.purpose !== 'log' && meta.purpose !== 'visit')
    throw new RepositoryError('invalid-recording', 'purpose');
  if (meta.debtId !== undefined && !nonEmpty(meta.debtId))
    throw new RepositoryError('invalid-recording', 'debtId');
}

export async function startRecording(db: YoujuDb, meta: RecordingStart): Promise<RecordingRow> {
  checkStart(meta);
  const row: RecordingRow = {
    id: meta.id,
    state: 'recording',
    mimeType: meta.mimeType,
    startedAt: meta.startedAt,
    lastSliceAt: meta.startedAt,
    sliceCount: 0,
    purpose: meta.purpose,
    ...(meta.debtId === undefined ? {} : { debtId: meta.debtId }),
  };
  return guardStorage(() =>
    db.transaction('rw', db.recordings, async () => {
      if (await db.recordings.get(row.id)) throw new RepositoryError('invalid-recording', 'id');
      await db.recordings.add(row);
      return row;
    }),
  );
}

async function existing(db: YoujuDb, id: string): Promise<RecordingRow> {
  const row = await db.recordings.get(id);
  if (!row) throw new RepositoryError('recording-not-found', 'id');
  return row;
}

/**
 * Writes one slice and moves lastSliceAt, in one transaction. A quota error rejects with code `quota` and keeps
 * every earlier slice: the recorder should stop and offer to save what it has.
 */
export async function appendSlice(
  db: YoujuDb,
  recordingId: string,
  index: number,
  blob: Blob,
  at: number,
): Promise<void> {
  if (!Number.isSafeInteger(index) || index < 0) throw new RepositoryError('invalid-recording', 'index');
  if (!Number.isFinite(at)) throw new RepositoryError('invalid-recording', 'at');
  const stored = await guardStorage(() => sealSlice(db.vault, 'recordingSlices', [recordingId, index], blob));
  await guardStorage(() =>
    db.transaction('rw', db.recordings, db.recordingSlices, async () => {
      const row = await existing(db, recordingId);
      // A stopped recording still takes slices: MediaRecorder delivers its last dataavailable after stop() was
      // called, and that slice is evidence too. Only a saved or discarded recording is closed.
      if (row.state === 'saved' || row.state === 'discarded') {
        throw new RepositoryError('recording-not-active', 'state');
      }
      await db.recordingSlices.put({ recordingId, index, ...stored, at });
      await db.recordings.put({
        ...row,
        lastSliceAt: Math.max(row.lastSliceAt, at),
        sliceCount: Math.max(row.sliceCount, index + 1),
      });
    }),
  );
}

async function setState(
  db: YoujuDb,
  id: string,
  state: RecordingRow['state'],
  dropSlices: boolean,
): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.recordings, db.recordingSlices, async () => {
      const row = await existing(db, id);
      await db.recordings.put({ ...row, state });
      if (dropSlices) {
        await db.recordingSlices
          .where('[recordingId+index]')
          .between([id, 0], [id, Number.MAX_SAFE_INTEGER], true, true)
          .delete();
      }
    }),
  );
}

/** The microphone stopped normally; the slices wait to be saved (or recovered after a crash). */
export async function stopRecording(db: YoujuDb, id: string): Promise<void> {
  const row = await existing(db, id);
  if (row.state === 'recording') await setState(db, id, 'stopped', false);
}

/** Recordings not yet saved or discarded (the app was closed or crashed before that), oldest first. */
export async function listInterruptedRecordings(db: YoujuDb): Promise<RecordingRow[]> {
  const rows = await db.recordings.toArray();
  return rows
    .filter((r) => r.state === 'recording' || r.state === 'stopped')
    .sort((a, b) => a.startedAt - b.startedAt);
}

/** The recording's slices in order as one Blob of its container type (the slices stay on disk). */
export async function recordingBlob(db: YoujuDb, id: string): Promise<Blob> {
  const { row, slices } = await db.transaction('r', db.recordings, db.recordingSlices, async () => ({
    row: await existing(db, id),
    slices: await db.recordingSlices
      .where('[recordingId+index]')
      .between([id, 0], [id, Number.MAX_SAFE_INTEGER], true, true)
      .toArray(),
  }));
  slices.sort((a, b) => a.index - b.index);
  // Opened outside the transaction: WebCrypto would let it commit under us.
  const parts = await Promise.all(
    slices.map((s) => openSlice(db.vault, 'recordingSlices', [s.recordingId, s.index], s)),
  );
  return new Blob(parts, { type: row.mimeType });
}

/** Call after storeAttachment resolved for the recording's bytes: its slices are no longer needed. */
export async function markRecordingSaved(db: YoujuDb, id: string): Promise<void> {
  await setState(db, id, 'saved', true);
}

/** The user chose to throw the recording away; its slices are deleted, the row remembers the choice. */
export async function discardRecording(db: YoujuDb, id: string): Promise<void> {
  await setState(db, id, 'discarded', true);
}
