// Rows as a v2 build writes them (src/data/schema/v2.ts). Frozen with the schema. The chain is left empty on
// purpose: these are the v1 rows as they look right after the upgrade, before the backlog is sealed, so the
// upgrade test of the next version also covers a backlog that was never sealed.
import type { AttachmentRowV2, RecordingRowV2, RecordingSliceRowV2 } from '../../../src/data/schema/v2.ts';
import { ATTACHMENTS_V1, SEED_V1 } from './v1.ts';

export const ATTACHMENTS_V2: AttachmentRowV2[] = ATTACHMENTS_V1.map((a) => ({
  ...a,
  sealed: false,
  legacy: true,
  importedAt: new Date(a.createdAt).toISOString(),
  source: 'file',
}));

export const RECORDINGS_V2: RecordingRowV2[] = [
  {
    id: 'r1',
    state: 'recording',
    mimeType: 'audio/webm',
    startedAt: 1_700_000_000_000,
    lastSliceAt: 1_700_000_002_000,
    sliceCount: 1,
    purpose: 'log',
  },
];

export const RECORDING_SLICES_V2: RecordingSliceRowV2[] = [
  { recordingId: 'r1', index: 0, blob: new Blob([new Uint8Array([9, 9])]), at: 1_700_000_002_000 },
];

export const SEED_V2 = {
  ...SEED_V1,
  attachments: ATTACHMENTS_V2,
  chain: [],
  recordings: RECORDINGS_V2,
  recordingSlices: RECORDING_SLICES_V2,
};
