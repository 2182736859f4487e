/**
 * The one storage service the screens use: the open database with the clock, the record hasher and the file
 * hasher bound once (the app builds it in app/ and hands it down through store-context.tsx; tests build it with a
 * fixed clock). Every write of evidence goes through here, so no screen picks its own hasher or reads the time
 * by itself (docs/architecture.md, "Storage").
 *
 * The repositories are loaded on first use: the first screen reads through the hooks and must not download the
 * chain code or hash-wasm.
 */
import type { AttachmentRef, Entry } from '../../domain/case/types.ts';
import type { AttachmentProvenance, AttachmentSource } from '../../domain/evidence/attachment-record.ts';
import type { EntryView } from '../../domain/evidence/amendments.ts';
import type { Finding } from '../../domain/rules/evaluate.ts';
import type { Clock, Hasher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import type { HashBlob } from '../repositories/attachments-repo.ts';
import type { EvidenceVerdict } from '../repositories/evidence-check.ts';
import type { AmendInput, HideInput } from '../repositories/evidence-repo.ts';
import { RepositoryError } from '../repositories/repository-error.ts';
import { recordingStore, type RecordingStore } from './recording-store.ts';

export type { AmendInput, HideInput, HashBlob };

/** The record hasher (canonical JSON of a record) and the streaming file hasher. */
interface Hashing {
  readonly hasher: Hasher;
  readonly hashBlob: HashBlob;
}

/** What the store is built from; the app passes the browser's, tests their own. */
export interface StorePorts {
  readonly clock: Clock;
  /** Loaded on first use, so that hash-wasm stays off the first screen. */
  readonly hashing: () => Promise<Hashing>;
}

interface StoreFileOptions {
  /** 0…1 over the three passes (hash, write, read-back hash), each about a third of the time. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

export interface YoujuStore {
  readonly db: YoujuDb;
  readonly clock: Clock;
  hashing(): Promise<Hashing>;
  /** Resolves only after the entry is sealed and the stored records re-hash as written (STYLE.md §2.5). */
  saveEntry(entry: Entry): Promise<Entry>;
  amendEntry(input: AmendInput): Promise<void>;
  hideEntry(input: HideInput): Promise<void>;
  /** The entry with its history from the chain; null when it is not on this device. */
  loadEntryView(entryId: string): Promise<EntryView | null>;
  /** The findings that rest on one entry, now, over the case as exported (hidden entries left out). */
  findingsForEntry(entryId: string): Promise<readonly Finding[]>;
  /** Hashes, stores, reads back and re-hashes a blob; resolves with its reference, unsealed until an entry uses it. */
  storeAttachment(
    blob: Blob,
    provenance: AttachmentProvenance,
    options?: StoreFileOptions,
  ): Promise<AttachmentRef>;
  /** A picked or captured file with its provenance (name, type, lastModified, import time now, source). */
  storeFile(file: File, source: AttachmentSource, options?: StoreFileOptions): Promise<AttachmentRef>;
  /** A stored original as a Blob composed of its slices (never read whole into memory). */
  attachmentBlob(sha256: string): Promise<Blob>;
  hasAttachment(sha256: string): Promise<boolean>;
  /** Drops a stored file no entry sealed yet (a failed or cancelled restore); sealed files stay. */
  discardUnsealed(sha256: string): Promise<void>;
  readonly recordings: RecordingStore;
  /** "Verify now": the chain, and every entry row against what the chain says it is. */
  verifyEvidence(onProgress?: (done: number, total: number) => void): Promise<EvidenceVerdict>;
  /** Seals what an upgrade left unsealed and sweeps abandoned attachment writes older than a day. */
  maintain(): Promise<{ sealed: number; swept: number }>;
}

const PHASES = ['hash', 'write', 'verify'] as const;

export function createStore(db: YoujuDb, ports: StorePorts): YoujuStore {
  const { clock } = ports;
  let hashing: Promise<Hashing> | null = null;
  const hashers = (): Promise<Hashing> => {
    // A failed load (a chunk missing after an update) is tried again on the next call, not remembered.
    hashing ??= ports.hashing().catch((error: unknown) => {
      hashing = null;
      throw error;
    });
    return hashing;
  };
  const hasher = async () => (await hashers()).hasher;
  const evidence = () => import('../repositories/evidence-repo.ts');
  const attachments = () => import('../repositories/attachments-repo.ts');

  const storeAttachment: YoujuStore['storeAttachment'] = async (blob, provenance, options = {}) => {
    const [{ storeAttachment: store }, { hashBlob }] = await Promise.all([attachments(), hashers()]);
    const { onProgress, signal } = options;
    return store(db, blob, provenance, {
      hashBlob,
      now: clock.now(),
      ...(onProgress
        ? {
            onProgress: (p) =>
              onProgress((PHASES.indexOf(p.phase) + (p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 1)) / 3),
          }
        : {}),
      ...(signal ? { signal } : {}),
    });
  };

  return {
    db,
    clock,
    hashing: hashers,
    saveEntry: async (entry) => (await (await evidence()).saveEntry(db, entry, await hasher())).entry,
    amendEntry: async (input) => {
      await (await evidence()).amendEntry(db, input, await hasher());
    },
    hideEntry: async (input) => {
      await (await evidence()).hideEntry(db, input, await hasher());
    },
    loadEntryView: async (entryId) => {
      const { getEntryView } = await import('../repositories/evidence-read.ts');
      try {
        return await getEntryView(db, entryId);
      } catch (error) {
        if (error instanceof RepositoryError && error.code === 'entry-not-found') return null;
        throw error;
      }
    },
    findingsForEntry: async (entryId) => {
      const [{ exportCaseFile }, { evaluate }] = await Promise.all([
        import('../repositories/case-repo.ts'),
        import('../../domain/rules/evaluate.ts'),
      ]);
      const file = await exportCaseFile(db);
      return evaluate(file, { now: clock.now() }).filter((f) => f.entryIds.includes(entryId));
    },
    storeAttachment,
    storeFile: (file, source, options) =>
      storeAttachment(
        file,
        {
          ...(file.name ? { name: file.name } : {}),
          ...(file.type ? { type: file.type } : {}),
          ...(Number.isFinite(file.lastModified) ? { lastModified: file.lastModified } : {}),
          importedAt: new Date(clock.now()).toISOString(),
          source,
        },
        options,
      ),
    attachmentBlob: async (sha256) => (await attachments()).attachmentBlob(db, sha256),
    hasAttachment: async (sha256) => (await (await attachments()).getAttachment(db, sha256)) !== undefined,
    discardUnsealed: async (sha256) => {
      await (await attachments()).discardUnsealedAttachment(db, sha256);
    },
    recordings: recordingStore(db),
    verifyEvidence: async (onProgress) => {
      const { verifyStoredEvidence } = await import('../repositories/evidence-check.ts');
      return verifyStoredEvidence(db, await hasher(), onProgress);
    },
    maintain: async () => {
      const { maintainStorage } = await import('../repositories/maintenance.ts');
      return maintainStorage(db, { hasher: await hasher(), now: clock.now() });
    },
  };
}
