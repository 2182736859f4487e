/**
 * The app's case pack export (docs/case-pack.md), independent of storage so that the bench runs the
 * very same code in Node: case.json (current, non-hidden entries), history.json (every sealed record in chain
 * order), media/<sha256>.<ext> (the stored originals), report.html, README.txt and manifest.json (the device's
 * chain links verbatim), streamed into a sink.
 */
import type { CaseFile } from '../domain/case/types.ts';
import { serializeCaseFile } from '../domain/case/serialize.ts';
import { caseHeadOf } from '../domain/case-pack/case-head.ts';
import { packToolFiles, type PackTools } from '../domain/case-pack/pack-tools.ts';
import {
  HISTORY_PATH,
  historyContent,
  historyText,
  type HistoryRecord,
} from '../domain/case-pack/history.ts';
import {
  CASE_PATH,
  MANIFEST_PATH,
  README_PATH,
  REPORT_PATH,
  buildManifest,
  extensionFor,
  manifestText,
  mediaPath,
  type PackFile,
} from '../domain/case-pack/manifest.ts';
import { readmeText } from '../domain/case-pack/readme-text.ts';
import { reportHtml } from '../domain/case-pack/report-html.ts';
import { GENESIS, type ChainLink } from '../domain/evidence/chain.ts';
import type { Finding } from '../domain/rules/evaluate.ts';
import type { Hasher } from '../domain/shared/ports.ts';
import { PackExportError, streamPack, type PackSink, type PackSource } from './zip-write.ts';

/** A chain row as stored: the link plus the record exactly as it was hashed. */
export interface SealedLink extends ChainLink {
  readonly record: unknown;
}

interface AppPackInput {
  /** The case's debts, borrower, time zone and other top-level fields; `entries` is replaced. */
  readonly caseBase: CaseFile;
  /** The device's chain, in order. */
  readonly chain: readonly SealedLink[];
  /** The stored original of an attachment (a Blob over its stored slices). */
  readonly mediaBlob: (sha256: string) => Promise<Blob>;
  readonly exportedAt: string;
  readonly app: { readonly name: string; readonly version: string };
  readonly findings: readonly Finding[];
  /** The checkers the pack carries (verify.py). */
  readonly tools: PackTools;
}

interface AppPackOptions {
  readonly hasher: Hasher;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

interface AppPackResult {
  /** The chain head (what the device shows and the backup reminder compares). */
  readonly head: string;
  /** The head to keep (case-head.ts): the chain head plus the time zone, debts and borrower. */
  readonly caseHead: string;
  /** Every file of the zip, manifest.json included. */
  readonly files: number;
  /** Entries in case.json. */
  readonly entries: number;
}

/** The case file the pack holds: the case's own fields with the timeline's entries (current, not hidden). */
export function packCaseFile(caseBase: CaseFile, records: readonly HistoryRecord[]): CaseFile {
  return { ...caseBase, entries: historyContent(records).entries };
}

export async function exportAppPack(
  input: AppPackInput,
  sink: PackSink,
  options: AppPackOptions,
): Promise<AppPackResult> {
  const records: HistoryRecord[] = input.chain.map(({ kind, recordId, record }) => ({
    kind,
    recordId,
    record,
  }));
  const content = historyContent(records);
  const caseFile: CaseFile = { ...input.caseBase, entries: content.entries };
  const head = input.chain.at(-1)?.hash ?? GENESIS;
  const caseText = serializeCaseFile(caseFile);
  const caseHead = await caseHeadOf(head, caseText, options.hasher);
  if (caseHead === null) throw new PackExportError('failed', CASE_PATH);
  const media: PackSource[] = [];
  for (const [sha256, record] of content.attachments) {
    if (options.signal?.aborted) throw new PackExportError('cancelled');
    const path = mediaPath(sha256, extensionFor(record));
    const blob = await input.mediaBlob(sha256).catch(() => {
      throw new PackExportError('media-missing', path);
    });
    media.push({ path, blob, sha256 });
  }
  const sources: PackSource[] = [
    { path: CASE_PATH, text: caseText },
    { path: HISTORY_PATH, text: historyText(records) },
    ...media,
    ...packToolFiles(input.tools),
    {
      path: REPORT_PATH,
      text: reportHtml({
        caseFile,
        exportedAt: input.exportedAt,
        chainHead: head,
        caseHead,
        findings: input.findings,
      }),
    },
    { path: README_PATH, text: readmeText(caseHead, true) },
  ];
  const manifest = async (files: readonly PackFile[]) => {
    const m = await buildManifest(
      { app: input.app, exportedAt: input.exportedAt, caseFile, files, deviceChain: input.chain },
      options.hasher,
    );
    if (!m.ok) throw new PackExportError('failed', MANIFEST_PATH);
    return manifestText(m.value);
  };
  const files = await streamPack(sources, { path: MANIFEST_PATH, text: manifest }, sink, {
    mtime: new Date(input.exportedAt),
    hasher: options.hasher,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  return { head, caseHead, files: files.length + 1, entries: caseFile.entries.length };
}
