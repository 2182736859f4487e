import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttachmentRef } from '../../../domain/case/types.ts';
import { idGen } from '../../../platform/id.ts';
import {
  MicError,
  extensionOf,
  startMicRecorder,
  type MicErrorCode,
  type RecorderFailure,
  type RecorderHandle,
} from '../../../platform/recorder.ts';
import { keepScreenOn, type ScreenLock } from '../../../platform/wake-lock.ts';
import { markRecordingActive, markRecordingInactive } from './recording-session.ts';
import type { RecordingPurpose } from '../../../data/store/recording-store.ts';
import type { YoujuStore } from '../../../data/store/store.ts';

type RecorderPhase = 'idle' | 'starting' | 'recording' | 'saving' | 'saved' | 'failed';
/** Why recording did not start (MicErrorCode) or its bytes could not be stored ('quota', 'save'). */
type RecorderErrorCode = MicErrorCode | 'quota' | 'save';

interface RecorderView {
  readonly phase: RecorderPhase;
  readonly startedAt?: number;
  /** Length of the saved recording in ms (stop time − start time). */
  readonly durationMs?: number;
  /** 0..1 while the stored recording is hashed and read back. */
  readonly progress?: number;
  readonly saved?: AttachmentRef;
  readonly error?: RecorderErrorCode;
  /** The recording ended by itself (microphone taken away, recorder error, storage full or refused). */
  readonly stopped?: RecorderStop;
  /** A recording whose slices are stored but which could not be turned into an attachment; recovery can. */
  readonly unsaved?: boolean;
}

/**
 * Why a recording stopped by itself, as the UI words it. A storage failure that is not a full disk is the browser
 * refusing to keep the sound at all: WebKit without a persistent profile (private browsing, its WebDriver sessions)
 * will not store a Blob in IndexedDB ("Error preparing Blob/File data"), and calling that "storage full" would send
 * the user to delete things for nothing (docs/recorder.md).
 */
type RecorderStop = RecorderFailure | 'write-refused';

const stopOf = (failure: RecorderFailure, error: unknown): RecorderStop =>
  failure === 'storage' && !isQuotaError(error) ? 'write-refused' : failure;

const isQuotaError = (error: unknown): boolean =>
  (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'quota') ||
  (error instanceof DOMException && error.name === 'QuotaExceededError');

export interface RecorderControls {
  readonly view: RecorderView;
  readonly level: () => number;
  readonly start: () => Promise<void>;
  /** Stops (if recording) and stores the recording; resolves with its attachment, or null if none was saved. */
  readonly finish: () => Promise<AttachmentRef | null>;
  /** Back to idle after a saved or failed recording, for another one. */
  readonly reset: () => void;
}

interface Session {
  readonly id: string;
  handle: RecorderHandle | null;
  mimeType: string;
  startedAt: number;
  lock: ScreenLock | null;
  saving: Promise<AttachmentRef | null> | null;
  done: boolean;
  /** The screen went away while the microphone was still being opened. */
  cancelled: boolean;
}

export function useRecorder(
  store: YoujuStore,
  purpose: RecordingPurpose,
  debtId: string | undefined,
): RecorderControls {
  const [view, setView] = useState<RecorderView>({ phase: 'idle' });
  const session = useRef<Session | null>(null);
  const mounted = useRef(true);
  const update = useCallback((next: RecorderView) => {
    if (mounted.current) setView(next);
  }, []);

  const save = useCallback(
    (s: Session, stopped?: RecorderStop): Promise<AttachmentRef | null> => {
      s.saving ??= (async () => {
        s.lock?.release();
        const stoppedAt = store.clock.now();
        const base = { startedAt: s.startedAt, ...(stopped ? { stopped } : {}) };
        update({ ...base, phase: 'saving', progress: 0 });
        try {
          await store.recordings.stop(s.id);
          const blob = await store.recordings.blob(s.id);
          if (blob.size === 0) {
            // Stopped before the first slice: there is nothing to keep.
            await store.recordings.discard(s.id);
            update({ ...base, phase: 'idle' });
            return null;
          }
          const ref = await store.storeAttachment(
            blob,
            {
              name: `recording-${new Date(s.startedAt).toISOString().replace(/[:.]/g, '-')}.${extensionOf(s.mimeType)}`,
              type: s.mimeType,
              importedAt: new Date(stoppedAt).toISOString(),
              source: 'recording',
            },
            {
              onProgress: (fraction) => update({ ...base, phase: 'saving', progress: fraction }),
            },
          );
          await store.recordings.markSaved(s.id);
          s.done = true;
          update({ ...base, phase: 'saved', saved: ref, durationMs: stoppedAt - s.startedAt });
          return ref;
        } catch (error) {
          update({ ...base, phase: 'failed', error: isQuotaError(error) ? 'quota' : 'save', unsaved: true });
          return null;
        } finally {
          // Saved, or left 'stopped' for the recovery card: either way no longer running here.
          markRecordingInactive(s.id);
        }
      })();
      return s.saving;
    },
    [store, update],
  );

  const start = useCallback(async () => {
    if (session.current && !session.current.done && session.current.saving === null) return;
    const s: Session = {
      id: idGen.next('rec'),
      handle: null,
      mimeType: '',
      startedAt: 0,
      lock: null,
      saving: null,
      done: false,
      cancelled: false,
    };
    session.current = s;
    markRecordingActive(s.id);
    update({ phase: 'starting' });
    try {
      s.handle = await startMicRecorder({
        onStart: async (mimeType, startedAt) => {
          s.mimeType = mimeType;
          s.startedAt = startedAt;
          await store.recordings.start({
            id: s.id,
            mimeType,
            startedAt,
            purpose,
            ...(debtId ? { debtId } : {}),
          });
        },
        onSlice: (index, blob, at) => store.recordings.appendSlice(s.id, index, blob, at),
        onFailure: (failure, error) => void save(s, stopOf(failure, error)),
      });
    } catch (error) {
      markRecordingInactive(s.id);
      if (s.cancelled) return;
      session.current = null;
      const code: RecorderErrorCode =
        error instanceof MicError ? error.code : isQuotaError(error) ? 'quota' : 'failed';
      update({ phase: 'failed', error: code });
      return;
    }
    if (s.cancelled) {
      // Left before the microphone opened (or React's development double effect): nothing worth keeping.
      await s.handle.stop().catch(() => undefined);
      await store.recordings.discard(s.id).catch(() => undefined);
      markRecordingInactive(s.id);
      return;
    }
    s.lock = keepScreenOn();
    update({ phase: 'recording', startedAt: s.startedAt });
  }, [debtId, purpose, save, store, update]);

  const finish = useCallback(async (): Promise<AttachmentRef | null> => {
    const s = session.current;
    if (!s) return null;
    if (s.saving) return s.saving;
    let stopped: RecorderStop | undefined;
    try {
      await s.handle?.stop();
    } catch (error) {
      stopped = stopOf('storage', error);
    }
    return save(s, stopped);
  }, [save]);

  const reset = useCallback(() => {
    const s = session.current;
    if (s && !s.done && !s.saving) return;
    session.current = null;
    update({ phase: 'idle' });
  }, [update]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const s = session.current;
      if (!s || s.saving || s.done) return;
      session.current = null;
      if (!s.handle) {
        s.cancelled = true;
        return;
      }
      // Leaving the screen mid-recording: stop, and leave the slices as a 'stopped' recording for the recovery
      // card rather than saving an attachment nobody will attach.
      s.lock?.release();
      void (async () => {
        await s.handle?.stop().catch(() => undefined);
        markRecordingInactive(s.id);
        await store.recordings.stop(s.id).catch(() => undefined);
      })();
    };
  }, [store]);

  const level = useCallback(() => session.current?.handle?.level() ?? 0, []);
  return { view, level, start, finish, reset };
}
