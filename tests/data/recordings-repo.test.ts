// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  appendSlice,
  discardRecording,
  listInterruptedRecordings,
  markRecordingSaved,
  recordingBlob,
  startRecording,
  stopRecording,
} from '../../src/data/repositories/recordings-repo.ts';
import { failNext, profileWithDebt, wrappedQuotaError } from './evidence-helpers.ts';

afterEach(() => vi.restoreAllMocks());

const START = Date.parse('2026-11-20T10:00:00+08:00');
const meta = { id: 'r1', mimeType: 'audio/webm', startedAt: START, purpose: 'log' as const, debtId: 'd1' };
const slice = (n: number) => new Blob([new Uint8Array([n, n])]);

describe('recordings', () => {
  it('each slice is kept as it arrives, and a recording left running is listed as interrupted', async () => {
    const { db } = await profileWithDebt();
    await startRecording(db, meta);
    await appendSlice(db, 'r1', 0, slice(1), START + 2000);
    await appendSlice(db, 'r1', 1, slice(2), START + 4000);
    const [row] = await listInterruptedRecordings(db);
    expect(row).toMatchObject({ id: 'r1', state: 'recording', sliceCount: 2, lastSliceAt: START + 4000 });
    const blob = await recordingBlob(db, 'r1');
    expect(blob.type).toBe('audio/webm');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 1, 2, 2]);
    db.close();
  });

  it('a stopped recording is still interrupted and takes its last slice until saved; saving deletes its slices', async () => {
    const { db } = await profileWithDebt();
    await startRecording(db, meta);
    await appendSlice(db, 'r1', 0, slice(1), START + 2000);
    await stopRecording(db, 'r1');
    expect((await listInterruptedRecordings(db)).map((r) => r.state)).toEqual(['stopped']);
    // The last slice MediaRecorder delivers after stop() is kept.
    await appendSlice(db, 'r1', 1, slice(2), START + 4000);
    expect(await db.recordings.get('r1')).toMatchObject({ state: 'stopped', sliceCount: 2 });
    await markRecordingSaved(db, 'r1');
    await expect(appendSlice(db, 'r1', 2, slice(3), START + 6000)).rejects.toMatchObject({
      code: 'recording-not-active',
    });
    expect(await listInterruptedRecordings(db)).toEqual([]);
    expect(await db.recordingSlices.count()).toBe(0);
    expect((await db.recordings.get('r1'))?.state).toBe('saved');
    db.close();
  });

  it('discarding deletes the slices and remembers the choice', async () => {
    const { db } = await profileWithDebt();
    await startRecording(db, meta);
    await appendSlice(db, 'r1', 0, slice(1), START + 2000);
    await discardRecording(db, 'r1');
    expect(await db.recordingSlices.count()).toBe(0);
    expect((await db.recordings.get('r1'))?.state).toBe('discarded');
    await expect(recordingBlob(db, 'nope')).rejects.toMatchObject({ code: 'recording-not-found' });
    db.close();
  });

  it('a quota error on a slice is reported as quota and keeps every earlier slice and the row in step', async () => {
    const { db } = await profileWithDebt();
    await startRecording(db, meta);
    await appendSlice(db, 'r1', 0, slice(1), START + 2000);
    failNext(db.recordings, 'put', wrappedQuotaError());
    await expect(appendSlice(db, 'r1', 1, slice(2), START + 4000)).rejects.toMatchObject({ code: 'quota' });
    expect(await db.recordingSlices.count()).toBe(1);
    expect(await db.recordings.get('r1')).toMatchObject({ sliceCount: 1, lastSliceAt: START + 2000 });
    db.close();
  });

  it('refuses a second recording with the same id', async () => {
    const { db } = await profileWithDebt();
    await startRecording(db, meta);
    await expect(startRecording(db, meta)).rejects.toMatchObject({ code: 'invalid-recording', field: 'id' });
    db.close();
  });
});
