// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MicError,
  extensionOf,
  pickMimeType,
  startMicRecorder,
  type RecorderFailure,
} from '../../src/platform/recorder.ts';

/** A MediaRecorder the test drives: `emit` hands over a slice, `stop` flushes one last slice, then 'stop'. */
class FakeRecorder extends EventTarget {
  static last: FakeRecorder | null = null;
  static supported = new Set(['audio/webm;codecs=opus']);
  static isTypeSupported = (t: string) => FakeRecorder.supported.has(t);
  state: 'inactive' | 'recording' = 'inactive';
  timeslice = 0;
  readonly mimeType: string;
  constructor(_stream: unknown, options: { mimeType: string }) {
    super();
    this.mimeType = options.mimeType;
    FakeRecorder.last = this;
  }
  start(timeslice: number) {
    this.state = 'recording';
    this.timeslice = timeslice;
  }
  emit(text: string) {
    const event = new Event('dataavailable') as Event & { data: Blob };
    Object.defineProperty(event, 'data', { value: new Blob([text]) });
    this.dispatchEvent(event);
  }
  stop() {
    this.state = 'inactive';
    setTimeout(() => {
      this.emit('last');
      this.emit(''); // Chromium's empty tail slice
      this.dispatchEvent(new Event('stop'));
    }, 0);
  }
}

const track = () => Object.assign(new EventTarget(), { stop: vi.fn() });
let tracks: ReturnType<typeof track>[] = [];
let getUserMedia: ReturnType<typeof vi.fn>;

beforeEach(() => {
  tracks = [track()];
  getUserMedia = vi.fn(() => Promise.resolve({ getTracks: () => tracks, getAudioTracks: () => tracks }));
  vi.stubGlobal('window', { isSecureContext: true });
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  FakeRecorder.supported = new Set(['audio/webm;codecs=opus']);
});
afterEach(() => vi.unstubAllGlobals());

const tick = () => new Promise((r) => setTimeout(r, 0));

function lastRecorder(): FakeRecorder {
  const rec = FakeRecorder.last;
  if (!rec) throw new Error('no MediaRecorder was created');
  return rec;
}

describe('choosing a container', () => {
  it('takes WebM/Opus where supported, MP4 on Safari, and nothing where nothing is', () => {
    expect(pickMimeType((t) => t.startsWith('audio/webm'))).toBe('audio/webm;codecs=opus');
    expect(pickMimeType((t) => t === 'audio/mp4')).toBe('audio/mp4');
    expect(pickMimeType(() => false)).toBeNull();
  });
  it('treats a browser that throws on a type as not supporting it', () => {
    expect(
      pickMimeType((t) => {
        if (t.includes('codecs')) throw new Error('bad type');
        return t === 'audio/ogg';
      }),
    ).toBe('audio/ogg');
  });
  it('names files by container', () => {
    expect(extensionOf('audio/mp4')).toBe('m4a');
    expect(extensionOf('audio/webm;codecs=opus')).toBe('webm');
    expect(extensionOf('audio/ogg; codecs=opus')).toBe('ogg');
  });
});

describe('recording slice by slice', () => {
  it('hands every slice to the sink in order as it arrives, with 1 s slices', async () => {
    const stored: [number, string][] = [];
    const onStart = vi.fn(() => Promise.resolve());
    const handle = await startMicRecorder({
      onStart,
      onSlice: async (i, blob) => void stored.push([i, await blob.text()]),
      onFailure: () => undefined,
    });
    expect(onStart).toHaveBeenCalledWith('audio/webm;codecs=opus', expect.any(Number));
    const rec = lastRecorder();
    expect(rec.timeslice).toBeLessThanOrEqual(2000);
    rec.emit('a');
    rec.emit('b');
    await tick();
    // Already stored before stop(): a crash now loses nothing that arrived.
    expect(stored).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    await handle.stop();
    expect(stored).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'last'],
    ]);
    expect(tracks[0]?.stop).toHaveBeenCalled();
  });

  it('stop() resolves only after the last slow write finished', async () => {
    let release: () => void = () => undefined;
    const order: string[] = [];
    const handle = await startMicRecorder({
      onStart: () => Promise.resolve(),
      onSlice: (i) =>
        i === 0
          ? new Promise<void>((r) => (release = () => (order.push('write 0'), r())))
          : Promise.resolve(void order.push(`write ${i}`)),
      onFailure: () => undefined,
    });
    lastRecorder().emit('a');
    const stopped = handle.stop().then(() => order.push('stopped'));
    await tick();
    await tick();
    expect(order).toEqual([]);
    release();
    await stopped;
    expect(order).toEqual(['write 0', 'write 1', 'stopped']);
  });

  it('stops cleanly and reports storage when a slice cannot be stored, keeping the earlier ones', async () => {
    const stored: number[] = [];
    const failures: RecorderFailure[] = [];
    await startMicRecorder({
      onStart: () => Promise.resolve(),
      onSlice: (i) => (i === 1 ? Promise.reject(new Error('quota')) : Promise.resolve(void stored.push(i))),
      onFailure: (f) => failures.push(f),
    });
    const rec = lastRecorder();
    rec.emit('a');
    rec.emit('b');
    await vi.waitFor(() => expect(failures).toEqual(['storage']));
    expect(rec.state).toBe('inactive');
    expect(stored).toEqual([0]);
    expect(tracks[0]?.stop).toHaveBeenCalled();
  });

  it('reports an interruption when the phone takes the microphone away', async () => {
    const failures: RecorderFailure[] = [];
    await startMicRecorder({
      onStart: () => Promise.resolve(),
      onSlice: () => Promise.resolve(),
      onFailure: (f) => failures.push(f),
    });
    tracks[0]?.dispatchEvent(new Event('ended'));
    await vi.waitFor(() => expect(failures).toEqual(['interrupted']));
  });
});

describe('when recording cannot start', () => {
  const start = () =>
    startMicRecorder({
      onStart: () => Promise.resolve(),
      onSlice: () => Promise.resolve(),
      onFailure: () => {},
    });

  it('says permission-denied when the user refuses the microphone', async () => {
    getUserMedia.mockRejectedValueOnce(Object.assign(new Error('no'), { name: 'NotAllowedError' }));
    await expect(start()).rejects.toEqual(new MicError('permission-denied'));
  });
  it('says no-microphone when there is none', async () => {
    getUserMedia.mockRejectedValueOnce(Object.assign(new Error('no'), { name: 'NotFoundError' }));
    await expect(start()).rejects.toMatchObject({ code: 'no-microphone' });
  });
  it('says no-media-recorder without MediaRecorder, before asking for the microphone', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    await expect(start()).rejects.toMatchObject({ code: 'no-media-recorder' });
    expect(getUserMedia).not.toHaveBeenCalled();
  });
  it('says no-supported-format when no container is recordable', async () => {
    FakeRecorder.supported = new Set();
    await expect(start()).rejects.toMatchObject({ code: 'no-supported-format' });
  });
  it('releases the microphone when the recording row cannot be created', async () => {
    await expect(
      startMicRecorder({
        onStart: () => Promise.reject(new Error('quota')),
        onSlice: () => Promise.resolve(),
        onFailure: () => {},
      }),
    ).rejects.toThrow('quota');
    expect(tracks[0]?.stop).toHaveBeenCalled();
  });
});
