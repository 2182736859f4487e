/**
 * The case pack (docs/case-pack.md): a zip holding case.json, the original media, a printable report, a README and
 * manifest.json, which lists every other file's SHA-256 and size and carries the evidence chain over the case.
 * Pure data and hashing through the Hasher port; zipping happens in the CLI or platform layer.
 */
import { serializeCaseFile } from '../case/serialize.ts';
import type { AttachmentRef, CaseFile } from '../case/types.ts';
import { canonicalBytes } from '../evidence/canonical-json.ts';
import { sealRecord, type ChainLink } from '../evidence/chain.ts';
import { GENESIS } from '../evidence/chain.ts';
import type { Hasher, Sha256Hex } from '../shared/ports.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { caseHeadOf } from './case-head.ts';
import { HISTORY_PATH } from './history.ts';

export const PACK_FORMAT = 'youju.case-pack' as const;
export const PACK_VERSION = 1 as const;
export const MANIFEST_PATH = 'manifest.json';
export const CASE_PATH = 'case.json';
export const REPORT_PATH = 'report.html';
export const README_PATH = 'README.txt';
const MEDIA_DIR = 'media/';

export interface PackFile {
  readonly path: string;
  readonly sha256: Sha256Hex;
  readonly size: number;
}

interface Manifest {
  readonly format: typeof PACK_FORMAT;
  readonly version: typeof PACK_VERSION;
  readonly app: { readonly name: string; readonly version: string };
  /** ISO 8601 instant of the export. */
  readonly exportedAt: string;
  readonly timeZone: string;
  /** Every file of the zip except manifest.json, sorted by path (UTF-16 code units). */
  readonly files: readonly PackFile[];
  readonly chain: { readonly links: readonly ChainLink[]; readonly head: Sha256Hex };
  /**
   * The head to keep (case-head.ts): over the chain head and case.json's other top-level fields (time zone, debts,
   * borrower). Absent in packs made before it existed, whose head covers the entries only.
   */
  readonly caseHead: Sha256Hex;
  readonly caseFile: typeof CASE_PATH;
  /**
   * Present in app-made packs (docs/case-pack.md): the file holding every sealed record in chain order. The chain's links
   * are then the device's links verbatim, sealed over those records rather than over case.json.
   */
  readonly history?: typeof HISTORY_PATH;
  /**
   * SHA-256 of the RFC 8785 canonical JSON of this manifest without `seal`. The manifest is not listed in itself,
   * so without this a changed export time or app version would pass unnoticed.
   */
  readonly seal: Sha256Hex;
}

type UnsealedManifest = Omit<Manifest, 'seal'>;

/** The attachment link's record: what case.json says about the file, with the fields in a fixed set. */
const attachmentRecord = (a: AttachmentRef): Record<string, unknown> => ({ ...a });

/**
 * The records the chain seals, in chain order: each entry of case.json in file order (kind `entry`, record = the
 * entry object exactly as in case.json, its attachment refs included), each followed by one `attachment` link per
 * attachment sha256 seen for the first time (record = that first ref: sha256, name, type, size and any unknown
 * fields). The same file attached twice is sealed once; both refs are still sealed inside their entries.
 */
export function chainRecords(
  caseFile: CaseFile,
): readonly { kind: 'entry' | 'attachment'; recordId: string; record: unknown }[] {
  const out: { kind: 'entry' | 'attachment'; recordId: string; record: unknown }[] = [];
  const seen = new Set<string>();
  for (const entry of caseFile.entries) {
    out.push({ kind: 'entry', recordId: entry.id, record: entry });
    for (const a of entry.attachments ?? []) {
      if (seen.has(a.sha256)) continue;
      seen.add(a.sha256);
      out.push({ kind: 'attachment', recordId: a.sha256, record: attachmentRecord(a) });
    }
  }
  return out;
}

type SealError = 'not-canonicalizable';

export async function sealCase(
  caseFile: CaseFile,
  hasher: Hasher,
): Promise<Result<{ links: readonly ChainLink[]; head: Sha256Hex }, SealError>> {
  const links: ChainLink[] = [];
  for (const r of chainRecords(caseFile)) {
    const link = await sealRecord(links.at(-1) ?? null, r.kind, r.recordId, r.record, hasher);
    if (!link.ok) return err(['not-canonicalizable']);
    links.push(link.value);
  }
  return ok({ links, head: links.at(-1)?.hash ?? GENESIS });
}

export async function manifestSealOf(
  manifest: Record<string, unknown>,
  hasher: Hasher,
): Promise<Sha256Hex | null> {
  const rest = Object.fromEntries(Object.entries(manifest).filter(([key]) => key !== 'seal'));
  const bytes = canonicalBytes(rest);
  return bytes.ok ? hasher.sha256(bytes.value) : null;
}

const byPath = (a: PackFile, b: PackFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

interface BuildManifestInput {
  readonly app: { readonly name: string; readonly version: string };
  readonly exportedAt: string;
  readonly caseFile: CaseFile;
  /** Every file written to the pack except manifest.json, in any order. */
  readonly files: readonly PackFile[];
  /**
   * App-made packs: the device's chain (its links verbatim) and history.json among `files`. Without it the chain
   * is sealed over case.json's entries and attachments.
   */
  readonly deviceChain?: readonly ChainLink[];
}

/** Only the link's own fields: a stored chain row also carries its record. */
const linkOnly = ({ seq, kind, recordId, recordHash, prev, hash }: ChainLink): ChainLink => ({
  seq,
  kind,
  recordId,
  recordHash,
  prev,
  hash,
});

export async function buildManifest(
  input: BuildManifestInput,
  hasher: Hasher,
): Promise<Result<Manifest, SealError>> {
  const device = input.deviceChain;
  const chain =
    device === undefined
      ? await sealCase(input.caseFile, hasher)
      : ok({ links: device.map(linkOnly), head: device.at(-1)?.hash ?? GENESIS });
  if (!chain.ok) return chain;
  const caseHead = await caseHeadOf(chain.value.head, serializeCaseFile(input.caseFile), hasher);
  if (caseHead === null) return err(['not-canonicalizable']);
  const unsealed: UnsealedManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    app: { name: input.app.name, version: input.app.version },
    exportedAt: input.exportedAt,
    timeZone: input.caseFile.timeZone,
    files: [...input.files].sort(byPath).map(({ path, sha256, size }) => ({ path, sha256, size })),
    chain: chain.value,
    caseHead,
    caseFile: CASE_PATH,
    ...(device === undefined ? {} : { history: HISTORY_PATH }),
  };
  const seal = await manifestSealOf({ ...unsealed }, hasher);
  if (seal === null) return err(['not-canonicalizable']);
  return ok({ ...unsealed, seal });
}

/** The manifest as written to the pack: 2-space JSON, final newline. */
export const manifestText = (m: Manifest): string => `${JSON.stringify(m, null, 2)}\n`;

/** A safe file-name extension (lower-case letters and digits, 1–10), or null. */
export function safeExtension(ext: string | undefined): string | null {
  const e = ext?.toLowerCase();
  return e !== undefined && /^[a-z0-9]{1,10}$/.test(e) ? e : null;
}

export const mediaPath = (sha256: string, ext: string | null): string =>
  `${MEDIA_DIR}${sha256}${ext === null ? '' : `.${ext}`}`;

/** The sha256 a media path names (`media/<sha256>` or `media/<sha256>.<ext>`), or null. */
export function shaOfMediaPath(path: string): string | null {
  const m = /^media\/([0-9a-f]{64})(?:\.[a-z0-9]{1,10})?$/.exec(path);
  return m?.[1] ?? null;
}

const TYPE_EXT: Readonly<Record<string, string>> = {
  'audio/mp4': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'video/mp4': 'mp4',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
};

const extOfName = (name: unknown): string | null =>
  typeof name !== 'string' || !name.includes('.')
    ? null
    : safeExtension(name.slice(name.lastIndexOf('.') + 1));

/** The media file extension for an attachment: from its original name, else from its MIME type (codecs dropped). */
export function extensionFor(ref: { readonly name?: unknown; readonly type?: unknown }): string | null {
  const type = typeof ref.type === 'string' ? (ref.type.split(';')[0]?.trim() ?? '') : '';
  return extOfName(ref.name) ?? TYPE_EXT[type] ?? null;
}
