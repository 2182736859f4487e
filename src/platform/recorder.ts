/**
 * The microphone recorder for the evidence log. MediaRecorder hands over a slice every
 * `timesliceMs`; each slice goes to the caller's sink (the recordings table) as soon as it arrives, in order, so a
 * crash, a closed tab or a dead battery loses at most the slice still in the browser's hands.
 *
 * Containers: Chromium and Firefox record WebM/Opus or Ogg/Opus, Safari only MP4 (AAC). Slices of one recording
 * are the pieces of one file, so they are joined, never re-encoded (STYLE.md §2.5).
 */

/** Most wanted first; the first one the browser supports is used. */
const RECORDING_MIME_TYPES = [
  'audio/webm;codecs=opus',
  'audio/mp4',
  'audio/ogg;codecs=opus',
  'audio/webm',
  'audio/ogg',
] as const;

/** ≤ 2 s per the issue; one second keeps the loss on a crash to about one second of sound. */
const DEFAULT_TIMESLICE_MS = 1000;

type RecorderUnavailable = 'insecure-context' | 'no-microphone-api' | 'no-media-recorder';

export type MicErrorCode =
  | RecorderUnavailable
  | 'permission-denied'
  | 'no-microphone'
  | 'microphone-busy'
  | 'no-supported-format'
  | 'failed';

/** Why recording could not start or had to stop; codes only, the UI words them. */
export class MicError extends Error {
  override readonly name = 'MicError';
  constructor(readonly code: MicErrorCode) {
    super(code);
  }
}

/** The first container in RECORDING_MIME_TYPES that `isSupported` accepts, or null. */
export function pickMimeType(isSupported: (type: string) => boolean): string | null {
  for (const type of RECORDING_MIME_TYPES) {
    try {
      if (isSupported(type)) return type;
    } catch {
      // Old WebKit throws on unknown parameters instead of answering false.
    }
  }
  return null;
}

/** null when this browser can record at all; otherwise why not (checked before asking for the microphone). */
function recorderSupport(): RecorderUnavailable | null {
  if (typeof window === 'undefined' || !window.isSecureContext) return 'insecure-context';
  if (!navigator.mediaDevices?.getUserMedia) return 'no-microphone-api';
  if (typeof MediaRecorder === 'undefined') return 'no-media-recorder';
  return null;
}

const micErrorOf = (error: unknown): MicError => {
  if (error instanceof MicError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return new MicError('permission-denied');
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return new MicError('no-microphone');
  if (name === 'NotReadableError' || name === 'AbortError') return new MicError('microphone-busy');
  return new MicError('failed');
};

/** Receives slice `index` (0, 1, 2, …) recorded up to `at` (ms since the epoch); must resolve once it is stored. */
type SliceSink = (index: number, blob: Blob, at: number) => Promise<void>;

/**
 * Why a running recording ended without `stop()`: the microphone was taken away (phones often do this when the
 * screen turns off or another app takes the microphone), the browser's recorder failed, or a slice could not be
 * stored (`storage`; e.g. the quota is used up). What was stored before stays.
 */
export type RecorderFailure = 'interrupted' | 'recorder-error' | 'storage';

interface StartOptions {
  readonly timesliceMs?: number;
  /** Called once the container is known and before the first slice, e.g. to create the recording's row. */
  readonly onStart: (mimeType: string, startedAt: number) => Promise<void>;
  readonly onSlice: SliceSink;
  /** The recording stopped by itself; every slice that arrived has been handed to the sink by then. */
  readonly onFailure: (failure: RecorderFailure, error?: unknown) => void;
  readonly now?: () => number;
}

export interface RecorderHandle {
  readonly mimeType: string;
  readonly startedAt: number;
  /** Input loudness 0..1 right now (0 when the browser gives no audio graph). */
  level(): number;
  /** Stops, and resolves once the last slice has been stored. Rejects if a slice could not be stored. */
  stop(): Promise<void>;
}

/** An AnalyserNode on the microphone for the level meter; optional, since recording must not depend on it. */
function levelMeter(stream: MediaStream): { level: () => number; close: () => void } {
  const Ctx = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Ctx) return { level: () => 0, close: () => undefined };
  try {
    const ctx = new Ctx();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 512;
    ctx.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    return {
      level() {
        analyser.getByteTimeDomainData(samples);
        let sum = 0;
        for (const s of samples) sum += ((s - 128) / 128) ** 2;
        // RMS of speech sits around 0.05–0.3; stretch it so the meter moves visibly.
        return Math.min(1, Math.sqrt(sum / samples.length) * 4);
      },
      close: () => void ctx.close().catch(() => undefined),
    };
  } catch {
    return { level: () => 0, close: () => undefined };
  }
}

/**
 * Asks for the microphone and starts recording. Rejects with a MicError when recording cannot start; nothing is
 * stored in that case (onStart has not run, or its row holds no slices).
 */
export async function startMicRecorder(options: StartOptions): Promise<RecorderHandle> {
  const unavailable = recorderSupport();
  if (unavailable) throw new MicError(unavailable);
  const now = options.now ?? (() => Date.now());
  const picked = pickMimeType((t) => MediaRecorder.isTypeSupported(t));
  if (picked === null) throw new MicError('no-supported-format');

  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    throw micErrorOf(error);
  }
  const release = () => stream.getTracks().forEach((track) => track.stop());

  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, { mimeType: picked });
  } catch (error) {
    release();
    throw micErrorOf(error);
  }
  // Some browsers narrow or widen the type they were given (e.g. add codecs); store what they actually write.
  const mimeType = recorder.mimeType || picked;
  const startedAt = now();
  try {
    await options.onStart(mimeType, startedAt);
  } catch (error) {
    release();
    throw error;
  }

  const meter = levelMeter(stream);
  let index = 0;
  let writes: Promise<void> = Promise.resolve();
  let storageError: unknown = null;
  let stopping = false;
  let ended = false;
  const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve()));

  const finish = async (): Promise<void> => {
    await stopped;
    ended = true;
    release();
    meter.close();
    await writes;
  };

  const fail = (failure: RecorderFailure, error?: unknown) => {
    if (stopping) return;
    stopping = true;
    if (recorder.state !== 'inactive') recorder.stop();
    void finish().then(() => options.onFailure(failure, error));
  };

  recorder.addEventListener('dataavailable', (event) => {
    const blob = event.data;
    // Chromium hands over an empty blob when stopped right after a slice; it holds nothing to keep.
    if (blob.size === 0 || storageError !== null) return;
    const i = index++;
    const at = now();
    writes = writes.then(() =>
      options.onSlice(i, blob, at).catch((error: unknown) => {
        storageError ??= error;
        fail('storage', error);
      }),
    );
  });
  recorder.addEventListener('error', (event) => fail('recorder-error', event));
  for (const track of stream.getAudioTracks()) {
    track.addEventListener('ended', () => fail('interrupted'));
  }

  try {
    recorder.start(options.timesliceMs ?? DEFAULT_TIMESLICE_MS);
  } catch (error) {
    release();
    meter.close();
    throw micErrorOf(error);
  }

  return {
    mimeType,
    startedAt,
    level: () => (ended ? 0 : meter.level()),
    async stop() {
      if (!stopping) {
        stopping = true;
        if (recorder.state !== 'inactive') recorder.stop();
      }
      await finish();
      if (storageError !== null) throw storageError;
    },
  };
}

/** File extension for a recording's container, for the attachment's name. */
export function extensionOf(mimeType: string): string {
  const base = mimeType.split(';')[0]?.trim() ?? '';
  if (base === 'audio/mp4') return 'm4a';
  if (base === 'audio/ogg') return 'ogg';
  return 'webm';
}
