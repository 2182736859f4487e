/**
 * What the evidence chain seals for a stored file (kind `attachment`, recordId = its SHA-256): provenance only,
 * never where the bytes are kept (docs/case-pack.md, history). The stored row of schema v2 carries the same fields;
 * the data layer checks at compile time that the two stay alike.
 */

/** Where a file came from: picked from the phone, taken with the camera, or recorded in the app. */
export const ATTACHMENT_SOURCES = ['file', 'camera', 'recording'] as const;
export type AttachmentSource = (typeof ATTACHMENT_SOURCES)[number];

export interface AttachmentRecord {
  readonly sha256: string;
  readonly name?: string;
  readonly type?: string;
  readonly size: number;
  /** The file's own lastModified (epoch ms), when it came from a file picker. */
  readonly lastModified?: number;
  /** ISO 8601 instant of the import or capture. */
  readonly importedAt: string;
  readonly source: AttachmentSource;
  /** Set for a recording recovered after a crash: the gap after the last slice is part of the evidence. */
  readonly recovered?: { readonly lastSliceAt: string };
}

/** What the caller knows about a file; its `sha256` and `size` come from the bytes themselves. */
export type AttachmentProvenance = Omit<AttachmentRecord, 'sha256' | 'size'>;

/**
 * The record to seal for a stored file: exactly the provenance fields, in a fixed set, so that a stored row's
 * bookkeeping (sealed, legacy, timestamps) never leaks into what is hashed.
 */
export function attachmentRecordOf(fields: AttachmentRecord): AttachmentRecord {
  return {
    sha256: fields.sha256,
    size: fields.size,
    importedAt: fields.importedAt,
    source: fields.source,
    ...(fields.name !== undefined ? { name: fields.name } : {}),
    ...(fields.type !== undefined ? { type: fields.type } : {}),
    ...(fields.lastModified !== undefined ? { lastModified: fields.lastModified } : {}),
    ...(fields.recovered !== undefined ? { recovered: { lastSliceAt: fields.recovered.lastSliceAt } } : {}),
  };
}
