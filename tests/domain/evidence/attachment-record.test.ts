import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  attachmentRecordOf,
  type AttachmentRecord,
  type AttachmentSource,
} from '../../../src/domain/evidence/attachment-record.ts';
import type {
  AttachmentRecord as AttachmentRecordV2,
  AttachmentSource as AttachmentSourceV2,
} from '../../../src/data/schema/v2.ts';

const SHA = 'a'.repeat(64);

describe('attachmentRecordOf', () => {
  it('seals the provenance fields of a stored row and none of its bookkeeping', () => {
    const row = {
      sha256: SHA,
      size: 12,
      name: 'call.m4a',
      type: 'audio/mp4',
      importedAt: '2026-11-25T14:30:00.000Z',
      source: 'recording' as const,
      recovered: { lastSliceAt: '2026-11-25T14:29:00.000Z' },
      sealed: false,
      chunkCount: 1,
      createdAt: 1,
    };
    expect(attachmentRecordOf(row)).toEqual({
      sha256: SHA,
      size: 12,
      name: 'call.m4a',
      type: 'audio/mp4',
      importedAt: '2026-11-25T14:30:00.000Z',
      source: 'recording',
      recovered: { lastSliceAt: '2026-11-25T14:29:00.000Z' },
    });
  });

  it('leaves out optional fields the file did not have, rather than sealing them as undefined', () => {
    const record = attachmentRecordOf({
      sha256: SHA,
      size: 0,
      importedAt: '2026-11-25T14:30:00Z',
      source: 'file',
    });
    expect(Object.keys(record).sort()).toEqual(['importedAt', 'sha256', 'size', 'source']);
  });

  it('describes the same fields as the frozen v2 schema stores', () => {
    expectTypeOf<AttachmentRecord>().toEqualTypeOf<AttachmentRecordV2>();
    expectTypeOf<AttachmentSource>().toEqualTypeOf<AttachmentSourceV2>();
  });
});
