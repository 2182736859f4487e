/**
 * Checks a case pack from what a reader saw in the zip (each file's SHA-256 and size) plus the two texts it kept:
 * manifest.json and case.json. Every problem is reported, as codes naming the file, the entry or the chain link,
 * so that a person checking a pack sees exactly what was changed, added, removed or reordered.
 */
import { parseCaseFile } from '../case/parse.ts';
import type { CaseFile } from '../case/types.ts';
import { recordKey, verifyChain, type ChainProblemCode } from '../evidence/verify-chain.ts';
import { isSha256Hex, type Hasher } from '../shared/ports.ts';
import {
  CASE_PATH,
  MANIFEST_PATH,
  PACK_FORMAT,
  PACK_VERSION,
  chainRecords,
  manifestSealOf,
  shaOfMediaPath,
  type PackFile,
} from './manifest.ts';
import {
  HISTORY_PATH,
  caseHistoryMismatches,
  historyContent,
  readHistory,
  type HistoryProblemCode,
} from './history.ts';
import { caseHeadOf } from './case-head.ts';
import { firstOutOfOrder } from './chain-order.ts';
import { isFolderEntry } from './zip-frame.ts';

type PackProblemCode =
  | 'unsafe-path'
  | 'duplicate-path'
  | 'manifest-missing'
  | 'manifest-invalid'
  | 'manifest-changed'
  | 'case-missing'
  | 'case-invalid'
  | 'file-missing'
  | 'file-added'
  | 'file-changed'
  | 'size-mismatch'
  | 'attachment-missing'
  | 'attachment-changed'
  | 'history-missing'
  | 'history-invalid'
  | 'record-out-of-order'
  | 'case-history-mismatch'
  | 'case-head-mismatch'
  | ChainProblemCode
  | HistoryProblemCode;

export interface PackProblem {
  readonly code: PackProblemCode;
  readonly file?: string;
  /** Entry id, or the attachment sha256 for attachment links. */
  readonly entry?: string;
  /** Position of the chain link in manifest.json, for chain problems about one link. */
  readonly link?: number;
  readonly sha256?: string;
}

export interface PackVerdict {
  readonly ok: boolean;
  readonly problems: readonly PackProblem[];
}

export interface FileFacts {
  readonly sha256: string;
  readonly size: number;
}

/**
 * A zip entry name that would be safe to extract anywhere: relative, forward slashes, no `.`/`..` segments, no
 * empty segments, no drive letters or control characters (zip-slip, CVE-2018-1002200 family).
 */
export function isSafePath(path: string): boolean {
  if (path === '' || path.length > 255) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\\:\u0000-\u001f\u007f]/.test(path) || path.startsWith('/')) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface ManifestView {
  readonly raw: Record<string, unknown>;
  readonly files: readonly PackFile[];
  readonly links: readonly unknown[];
  readonly head: string;
  /** An app-made pack: the chain is sealed over history.json's records. */
  readonly history: boolean;
}

/** The manifest's fields this check relies on, or null when they do not have the documented shape. */
function readManifest(text: string): ManifestView | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.format !== PACK_FORMAT || raw.version !== PACK_VERSION) return null;
  if (raw.caseFile !== CASE_PATH || !isObject(raw.chain) || !Array.isArray(raw.chain.links)) return null;
  if (typeof raw.chain.head !== 'string' || !Array.isArray(raw.files)) return null;
  if (raw.history !== undefined && raw.history !== HISTORY_PATH) return null;
  if (raw.caseHead !== undefined && !isSha256Hex(raw.caseHead)) return null;
  const files: PackFile[] = [];
  for (const f of raw.files as unknown[]) {
    if (!isObject(f) || typeof f.path !== 'string' || !isSha256Hex(f.sha256)) return null;
    if (!Number.isSafeInteger(f.size) || (f.size as number) < 0) return null;
    if (!isSafePath(f.path) || f.path === MANIFEST_PATH) return null;
    const last = files.at(-1);
    if (last !== undefined && !(last.path < f.path)) return null;
    files.push({ path: f.path, sha256: f.sha256, size: f.size as number });
  }
  const history = raw.history === HISTORY_PATH;
  return { raw, files, links: raw.chain.links as unknown[], head: raw.chain.head, history };
}

/** Every name must be safe and appear once; a folder entry (`media/`) is judged by its name without the `/`. */
function checkPaths(zipFiles: readonly (readonly [string, FileFacts])[], problems: PackProblem[]): void {
  const seen = new Set<string>();
  for (const [path, facts] of zipFiles) {
    const name = isFolderEntry(path, facts.size) ? path.slice(0, -1) : path;
    if (!isSafePath(name)) problems.push({ file: path, code: 'unsafe-path' });
    if (seen.has(path)) problems.push({ file: path, code: 'duplicate-path' });
    seen.add(path);
  }
}

function compareFiles(
  manifest: ManifestView,
  zip: ReadonlyMap<string, FileFacts>,
  problems: PackProblem[],
): void {
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.path);
    const actual = zip.get(f.path);
    if (actual === undefined) {
      problems.push({ file: f.path, code: 'file-missing' });
      continue;
    }
    if (actual.sha256 !== f.sha256) problems.push({ file: f.path, code: 'file-changed' });
    if (actual.size !== f.size) problems.push({ file: f.path, code: 'size-mismatch' });
  }
  for (const path of zip.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path)) problems.push({ file: path, code: 'file-added' });
  }
}

function checkAttachments(
  caseFile: CaseFile,
  zip: ReadonlyMap<string, FileFacts>,
  problems: PackProblem[],
): void {
  const media = new Map<string, { path: string; facts: FileFacts }[]>();
  for (const [path, facts] of zip) {
    const sha = shaOfMediaPath(path);
    if (sha !== null) media.set(sha, [...(media.get(sha) ?? []), { path, facts }]);
  }
  const reported = new Set<string>();
  for (const entry of caseFile.entries) {
    for (const a of entry.attachments ?? []) {
      const found = media.get(a.sha256);
      if (found === undefined) {
        problems.push({ entry: entry.id, sha256: a.sha256, code: 'attachment-missing' });
        continue;
      }
      for (const { path, facts } of found) {
        // The file's own bytes must still hash to the name case.json knows it by.
        if (facts.sha256 !== a.sha256 && !reported.has(path)) {
          reported.add(path);
          problems.push({ file: path, entry: entry.id, code: 'attachment-changed' });
        }
      }
    }
  }
}

async function checkChain(
  manifest: ManifestView,
  sealed: readonly { kind: string; recordId: string; record: unknown }[],
  hasher: Hasher,
  problems: PackProblem[],
): Promise<void> {
  const records = new Map<string, unknown>();
  for (const r of sealed) records.set(recordKey(r.kind, r.recordId), r.record);
  const verdict = await verifyChain({ links: manifest.links, records, expectedHead: manifest.head }, hasher);
  if (verdict.ok) return;
  for (const p of verdict.problems) {
    if (p.code === 'head-mismatch') problems.push({ file: MANIFEST_PATH, code: p.code });
    else
      problems.push({
        ...(p.recordId === undefined ? {} : { entry: p.recordId }),
        ...(p.index === null ? {} : { link: p.index }),
        code: p.code,
      });
  }
}

/**
 * App-made packs: the chain is checked over history.json's records, which must be in chain order, point only at
 * entries sealed before them, and agree with case.json (the current, non-hidden entries in save order). Every
 * sealed attachment needs its media file, whose bytes hash to its name.
 */
async function checkHistory(
  manifest: ManifestView,
  historyJson: string | null,
  caseFile: CaseFile | null,
  zip: ReadonlyMap<string, FileFacts>,
  hasher: Hasher,
  problems: PackProblem[],
): Promise<void> {
  if (historyJson === null) {
    problems.push({ file: HISTORY_PATH, code: 'history-missing' });
    return;
  }
  const records = readHistory(historyJson);
  if (records === null) {
    problems.push({ file: HISTORY_PATH, code: 'history-invalid' });
    return;
  }
  await checkChain(manifest, records, hasher, problems);
  const outOfOrder = firstOutOfOrder(manifest.links, records);
  if (outOfOrder !== null) problems.push({ entry: outOfOrder, code: 'record-out-of-order' });
  const content = historyContent(records);
  for (const p of content.problems) {
    problems.push({
      entry: p.recordId,
      code: p.code,
      ...(p.sha256 === undefined ? {} : { sha256: p.sha256 }),
    });
  }
  const media = new Map<string, { path: string; facts: FileFacts }>();
  for (const [path, facts] of zip) {
    const sha = shaOfMediaPath(path);
    if (sha !== null) media.set(sha, { path, facts });
  }
  for (const sha256 of content.attachments.keys()) {
    const found = media.get(sha256);
    if (found === undefined) problems.push({ entry: sha256, sha256, code: 'attachment-missing' });
    else if (
      found.facts.sha256 !== sha256 &&
      // case.json's refs may have named this file already (by the entry that shows it).
      !problems.some((p) => p.code === 'attachment-changed' && p.file === found.path)
    )
      problems.push({ file: found.path, entry: sha256, code: 'attachment-changed' });
  }
  if (caseFile === null) return;
  for (const id of caseHistoryMismatches(caseFile.entries, content.entries)) {
    problems.push({ file: CASE_PATH, entry: id, code: 'case-history-mismatch' });
  }
}

/**
 * `files`: every entry the zip holds, duplicates included (a Map works when the reader already merged them).
 * `manifestJson` / `caseJsonText` / `historyJson`: the texts of manifest.json, case.json and history.json, or null
 * when the zip has none.
 */
export async function checkPack(
  files: Iterable<readonly [string, FileFacts]>,
  manifestJson: string | null,
  caseJsonText: string | null,
  hasher: Hasher,
  historyJson: string | null = null,
): Promise<PackVerdict> {
  const list = [...files];
  // Folder entries hold nothing: how a zip was written does not change what it contains.
  const zip = new Map(list.filter(([path, facts]) => !isFolderEntry(path, facts.size)));
  const problems: PackProblem[] = [];
  checkPaths(list, problems);
  const caseFile = caseJsonText === null ? null : parseCaseFile(caseJsonText);
  if (caseJsonText === null) problems.push({ file: CASE_PATH, code: 'case-missing' });
  else if (caseFile !== null && !caseFile.ok) problems.push({ file: CASE_PATH, code: 'case-invalid' });
  const parsedCase = caseFile?.ok === true ? caseFile.value : null;
  if (parsedCase !== null) checkAttachments(parsedCase, zip, problems);

  if (manifestJson === null) {
    problems.push({ file: MANIFEST_PATH, code: 'manifest-missing' });
    return { ok: false, problems };
  }
  const manifest = readManifest(manifestJson);
  if (manifest === null) {
    problems.push({ file: MANIFEST_PATH, code: 'manifest-invalid' });
    return { ok: false, problems };
  }
  if ((await manifestSealOf(manifest.raw, hasher)) !== manifest.raw.seal) {
    problems.push({ file: MANIFEST_PATH, code: 'manifest-changed' });
  }
  compareFiles(manifest, zip, problems);
  if (manifest.history) await checkHistory(manifest, historyJson, parsedCase, zip, hasher, problems);
  else if (parsedCase !== null) {
    const records = chainRecords(parsedCase);
    await checkChain(manifest, records, hasher, problems);
    // The links find their records by id, so case.json's order is checked against the links' order separately.
    const outOfOrder = firstOutOfOrder(manifest.links, records);
    if (outOfOrder !== null) problems.push({ entry: outOfOrder, code: 'record-out-of-order' });
  }
  // The case head must be the one case.json and the chain give (a pack from before it existed has none).
  if (manifest.raw.caseHead !== undefined && caseJsonText !== null && parsedCase !== null) {
    if ((await caseHeadOf(manifest.head, caseJsonText, hasher)) !== manifest.raw.caseHead)
      problems.push({ file: MANIFEST_PATH, code: 'case-head-mismatch' });
  }
  return { ok: problems.length === 0, problems };
}
