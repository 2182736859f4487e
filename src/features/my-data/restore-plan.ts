/**
 * Restoring a case pack, without React: `planOf` reads and verifies everything first, `applyRestore` writes it
 * (media, then every record in one sealed transaction), undoing its own media on cancel or failure.
 */
import type { YoujuStore } from '../../data/store/store.ts';
import { listEntryItems } from '../../data/repositories/evidence-read.ts';
import { appendSealedRecords } from '../../data/repositories/restore-repo.ts';
import { RepositoryError } from '../../data/repositories/repository-error.ts';
import { checkPack, type PackProblem } from '../../domain/case-pack/check-pack.ts';
import { HISTORY_PATH, readHistory, type HistoryRecord } from '../../domain/case-pack/history.ts';
import { CASE_PATH, MANIFEST_PATH, chainRecords, shaOfMediaPath } from '../../domain/case-pack/manifest.ts';
import { parseCaseFile } from '../../domain/case/parse.ts';
import type { CaseFile } from '../../domain/case/types.ts';
import { entryBlob, readPackBlob, type ZipEntry } from '../../platform/zip-read.ts';
import type { PackMedia, StoreProvenance } from './pack-media.ts';
import { packHeadOf, type HeadCoverage } from '../../domain/case-pack/case-head.ts';

export interface RestorePlan {
  readonly file: File;
  readonly caseFile: CaseFile;
  readonly records: readonly HistoryRecord[];
  readonly media: readonly { readonly sha256: string; readonly entry: ZipEntry; readonly record: unknown }[];
  readonly head: string;
  /** 'entries-only': a pack made before the case head, whose head does not cover the time zone, debts or borrower. */
  readonly headCovers: HeadCoverage | null;
  readonly withHistory: boolean;
}

const KEEP = [MANIFEST_PATH, CASE_PATH, HISTORY_PATH];

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function provenanceOf(record: unknown, now: number): StoreProvenance {
  const r = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const source = r.source === 'camera' || r.source === 'recording' ? r.source : 'file';
  const name = str(r.name);
  const type = str(r.type);
  return {
    ...(name === undefined ? {} : { name }),
    ...(type === undefined ? {} : { type }),
    ...(typeof r.lastModified === 'number' ? { lastModified: r.lastModified } : {}),
    importedAt: str(r.importedAt) ?? new Date(now).toISOString(),
    source,
  };
}

/** Everything about the pack is checked before anything is written; any problem means nothing is written. */
export async function planOf(
  store: YoujuStore,
  file: File,
  signal: AbortSignal,
  onProgress: (d: number, t: number) => void,
): Promise<
  { plan: RestorePlan; problems?: undefined } | { plan?: undefined; problems: readonly PackProblem[] }
> {
  const read = await readPackBlob(file, KEEP, { signal, onProgress });
  const text = (n: string) => read.texts.get(n) ?? null;
  const verdict = await checkPack(
    read.files,
    text(MANIFEST_PATH),
    text(CASE_PATH),
    (await store.hashing()).hasher,
    text(HISTORY_PATH),
  );
  if (!verdict.ok) return { problems: verdict.problems };
  const parsed = parseCaseFile(text(CASE_PATH) ?? '');
  const history = text(HISTORY_PATH);
  const records = history === null ? null : readHistory(history);
  if (!parsed.ok || (history !== null && records === null)) {
    return { problems: [{ file: CASE_PATH, code: 'case-invalid' } as PackProblem] };
  }
  const caseFile = parsed.value;
  // A pack without history.json (made by `youju pack`) seals case.json's entries and attachments.
  const sealed: HistoryRecord[] = records ? [...records] : [...chainRecords(caseFile)];
  const byShaPath = new Map<string, ZipEntry>();
  for (const [path, entry] of read.entries) {
    const sha = shaOfMediaPath(path);
    if (sha !== null) byShaPath.set(sha, entry);
  }
  const media = sealed
    .filter((r) => r.kind === 'attachment')
    .map((r) => ({ sha256: r.recordId, record: r.record, entry: byShaPath.get(r.recordId) }))
    .filter((m): m is { sha256: string; record: unknown; entry: ZipEntry } => m.entry !== undefined);
  const manifest = JSON.parse(text(MANIFEST_PATH) ?? '{}') as { chain?: { head?: string } };
  const plan: RestorePlan = {
    file,
    caseFile,
    records: sealed,
    media,
    head: manifest.chain?.head ?? '',
    headCovers: packHeadOf(text(MANIFEST_PATH)).covers,
    withHistory: records !== null,
  };
  return { plan };
}

interface ApplyOptions {
  readonly replace: boolean;
  readonly now: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Writes a verified pack: each media file not stored yet (stored, read back, re-hashed), then every record in one
 * sealed transaction. On cancel or failure the media this call stored are removed again, and the error rethrown.
 */
export async function applyRestore(
  store: YoujuStore,
  media: PackMedia,
  plan: RestorePlan,
  options: ApplyOptions,
): Promise<{ head: string; entries: number; sameHead: boolean }> {
  const { db } = store;
  const { now, signal } = options;
  const total = plan.media.reduce((n, m) => n + m.entry.size, 0);
  let done = 0;
  const stored: string[] = [];
  if (!options.replace) {
    // Checked before anything is written: adding the same pack twice must not leave its debts behind.
    const existing = new Set((await listEntryItems(db)).map((item) => item.entry.id));
    const clash = plan.records.find((r) => r.kind === 'entry' && existing.has(r.recordId));
    if (clash !== undefined) throw new RepositoryError('entry-id-exists', clash.recordId);
  }
  try {
    for (const m of plan.media) {
      if (signal?.aborted) throw new RepositoryError('cancelled');
      if (await media.has(m.sha256)) continue;
      const blob = await entryBlob(plan.file, m.entry, signal);
      const base = done;
      const sha = await media.store(blob, provenanceOf(m.record, now), {
        ...(signal === undefined ? {} : { signal }),
        onProgress: (d) => options.onProgress?.(base + d, total),
      });
      stored.push(sha);
      if (sha !== m.sha256) throw new RepositoryError('read-back-mismatch', m.sha256);
      done += m.entry.size;
    }
    if (signal?.aborted) throw new RepositoryError('cancelled');
    const result = await appendSealedRecords(db, plan.records, (await store.hashing()).hasher, {
      replace: options.replace,
      ...(options.replace
        ? { caseFile: { value: plan.caseFile, now } }
        : { missingDebts: { debts: plan.caseFile.debts, now } }),
    });
    const head = result.head?.hash ?? '';
    return { head, entries: plan.caseFile.entries.length, sameHead: head === plan.head };
  } catch (e) {
    for (const sha of stored) await media.discard(sha).catch(() => undefined);
    throw e;
  }
}
