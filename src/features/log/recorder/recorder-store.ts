import { useMemo } from 'react';
import type { AttachmentRef, Entry } from '../../../domain/case/types.ts';
import { useDb } from '../../../data/hooks/db-context.tsx';
import {
  appendSlice,
  discardRecording,
  markRecordingSaved,
  recordingBlob,
  startRecording,
  stopRecording,
} from '../../../data/repositories/recordings-repo.ts';
import {
  storeAttachment,
  type AttachmentProvenance,
  type StoreProgress,
} from '../../../data/repositories/attachments-repo.ts';
import { saveEntry } from '../../../data/repositories/evidence-repo.ts';
import { sha256OfBlob, webCryptoHasher } from '../../../platform/hasher.ts';

export type RecordingPurpose = 'log' | 'visit';

interface NewRecording {
  readonly id: string;
  readonly mimeType: string;
  readonly startedAt: number;
  readonly purpose: RecordingPurpose;
  readonly debtId?: string;
}

type Provenance = AttachmentProvenance;

const PHASES: readonly StoreProgress['phase'][] = ['hash', 'write', 'verify'];

/** Hashing, writing and the read-back each take about a third of the time. */
const fractionOf = (p: StoreProgress): number =>
  (PHASES.indexOf(p.phase) + (p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 1)) / PHASES.length;

/**
 * The storage the recorder, recovery and visit mode need, bound to the open database. One seam, so
 * that the screens can be tested with a fake and the data layer can change behind it.
 */
export interface RecorderStore {
  startRecording(meta: NewRecording): Promise<void>;
  appendSlice(recordingId: string, index: number, blob: Blob, at: number): Promise<void>;
  stopRecording(recordingId: string): Promise<void>;
  recordingBlob(recordingId: string): Promise<Blob>;
  markRecordingSaved(recordingId: string): Promise<void>;
  discardRecording(recordingId: string): Promise<void>;
  /** Hashes, stores, reads back and re-hashes; resolves only then. */
  storeAttachment(
    blob: Blob,
    provenance: Provenance,
    options?: { onProgress?: (fraction: number) => void; signal?: AbortSignal },
  ): Promise<AttachmentRef>;
  /** Seals the entry and the attachments it references; resolves after the read-back check. */
  saveEntry(entry: Entry): Promise<void>;
}

export function useRecorderStore(): RecorderStore {
  const db = useDb();
  return useMemo((): RecorderStore => {
    // While the microphone runs the app lock must not lock itself: the slices still arriving need the key.
    const holds = new Map<string, () => void>();
    const release = (id: string) => {
      holds.get(id)?.();
      holds.delete(id);
    };
    return {
      startRecording: async (meta) => {
        await startRecording(db, meta);
        holds.set(meta.id, db.vault.hold());
      },
      appendSlice: (id, index, blob, at) => appendSlice(db, id, index, blob, at),
      stopRecording: async (id) => {
        release(id);
        await stopRecording(db, id);
      },
      recordingBlob: (id) => recordingBlob(db, id),
      markRecordingSaved: (id) => {
        release(id);
        return markRecordingSaved(db, id);
      },
      discardRecording: (id) => {
        release(id);
        return discardRecording(db, id);
      },
      storeAttachment: (blob, provenance, { onProgress, signal } = {}) =>
        storeAttachment(db, blob, provenance, {
          hashBlob: sha256OfBlob,
          ...(onProgress ? { onProgress: (p: StoreProgress) => onProgress(fractionOf(p)) } : {}),
          ...(signal ? { signal } : {}),
        }),
      saveEntry: async (entry) => {
        await saveEntry(db, entry, webCryptoHasher);
      },
    };
  }, [db]);
}
