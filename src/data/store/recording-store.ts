/**
 * The recorder's side of the storage service (docs/recorder.md): slices written as they arrive, and the app lock
 * held while the microphone runs, since the slices still arriving need the key.
 */
import type { YoujuDb } from '../db.ts';

export type RecordingPurpose = 'log' | 'visit';

interface NewRecording {
  readonly id: string;
  readonly mimeType: string;
  readonly startedAt: number;
  readonly purpose: RecordingPurpose;
  readonly debtId?: string;
}

export interface RecordingStore {
  start(meta: NewRecording): Promise<void>;
  appendSlice(recordingId: string, index: number, blob: Blob, at: number): Promise<void>;
  stop(recordingId: string): Promise<void>;
  blob(recordingId: string): Promise<Blob>;
  markSaved(recordingId: string): Promise<void>;
  discard(recordingId: string): Promise<void>;
}

export function recordingStore(db: YoujuDb): RecordingStore {
  const repo = () => import('../repositories/recordings-repo.ts');
  const holds = new Map<string, () => void>();
  const release = (id: string) => {
    holds.get(id)?.();
    holds.delete(id);
  };
  return {
    start: async (meta) => {
      await (await repo()).startRecording(db, meta);
      holds.set(meta.id, db.vault.hold());
    },
    appendSlice: async (id, index, blob, at) => (await repo()).appendSlice(db, id, index, blob, at),
    stop: async (id) => {
      release(id);
      await (await repo()).stopRecording(db, id);
    },
    blob: async (id) => (await repo()).recordingBlob(db, id),
    markSaved: async (id) => {
      release(id);
      await (await repo()).markRecordingSaved(db, id);
    },
    discard: async (id) => {
      release(id);
      await (await repo()).discardRecording(db, id);
    },
  };
}
