/**
 * `youju pack <case.json> --media <dir> -o <pack.zip>`: builds a case pack (docs/case-pack.md). Every attachment
 * must be found in the media folder (named by its sha256, optionally with an extension, or by its `name`) and
 * hash to the declared sha256; otherwise nothing is written and the message names the entry and the file.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import pkg from '../../../package.json';
import { serializeCaseFile } from '../../domain/case/serialize.ts';
import type { AttachmentRef, CaseFile } from '../../domain/case/types.ts';
import {
  CASE_PATH,
  MANIFEST_PATH,
  README_PATH,
  REPORT_PATH,
  buildManifest,
  extensionFor,
  manifestText,
  mediaPath,
  safeExtension,
  sealCase,
} from '../../domain/case-pack/manifest.ts';
import { readmeText } from '../../domain/case-pack/readme-text.ts';
import { reportHtml } from '../../domain/case-pack/report-html.ts';
import { caseHeadOf } from '../../domain/case-pack/case-head.ts';
import { packToolFiles } from '../../domain/case-pack/pack-tools.ts';
import { fitsZip32 } from '../../domain/case-pack/zip-frame.ts';
import { evaluate } from '../../domain/rules/evaluate.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { readCaseArg } from '../read-case.ts';
import { readPackTools } from '../pack-tools.ts';
import { PackWriteError, hashFile, nodeHasher, writePack, type PackSource } from '../pack-io.ts';

const USAGE = '<case.json> --media <dir> -o <pack.zip>';

interface Options {
  readonly file: string;
  readonly media: string | null;
  readonly out: string;
}

function parseArgs(args: readonly string[]): Options | null {
  let file: string | undefined;
  let media: string | null = null;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--media') media = args[++i] ?? null;
    else if (arg === '-o' || arg === '--out') out = args[++i];
    else if (arg.startsWith('-') || file !== undefined) return null;
    else file = arg;
  }
  return file === undefined || out === undefined || media === '' ? null : { file, media, out };
}

const extOf = (name: string | undefined): string | null =>
  name === undefined || !name.includes('.') ? null : safeExtension(name.slice(name.lastIndexOf('.') + 1));

interface Found {
  readonly sha256: string;
  readonly file: string;
  readonly ext: string | null;
}

class PackInputError extends Error {}

const TOO_LARGE =
  'the pack would be over 4 GiB, which a zip without Zip64 cannot hold; nothing was written (keep some large recordings elsewhere)';

/** Each distinct attachment with the entry that first refers to it. */
function attachmentsOf(c: CaseFile): { entryId: string; ref: AttachmentRef }[] {
  const seen = new Set<string>();
  const out: { entryId: string; ref: AttachmentRef }[] = [];
  for (const e of c.entries)
    for (const ref of e.attachments ?? [])
      if (!seen.has(ref.sha256)) {
        seen.add(ref.sha256);
        out.push({ entryId: e.id, ref });
      }
  return out;
}

async function findMedia(c: CaseFile, dir: string | null): Promise<Found[]> {
  const wanted = attachmentsOf(c);
  if (wanted.length === 0) return [];
  if (dir === null) throw new PackInputError(`entry ${wanted[0]?.entryId}: attachments need --media <dir>`);
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch {
    throw new PackInputError(`cannot read media folder ${dir}`);
  }
  const candidatesOf = (ref: AttachmentRef): string[] => [
    ...names.filter((n) => n === ref.sha256 || n.startsWith(`${ref.sha256}.`)),
    ...(ref.name !== undefined && names.includes(ref.name) ? [ref.name] : []),
  ];
  // Before hashing gigabytes: the smallest file that could be each attachment must still fit a zip without Zip64.
  const smallest = await Promise.all(
    wanted.map(async ({ ref }) => {
      const sizes = await Promise.all(
        candidatesOf(ref).map(async (n) => (await stat(path.join(dir, n))).size),
      );
      return sizes.length === 0 ? 0 : Math.min(...sizes);
    }),
  );
  if (!fitsZip32(smallest)) throw new PackInputError(TOO_LARGE);
  const found: Found[] = [];
  for (const { entryId, ref } of wanted) {
    const candidates = candidatesOf(ref);
    if (candidates.length === 0) {
      throw new PackInputError(
        `entry ${entryId}: attachment ${ref.sha256}${ref.name === undefined ? '' : ` (${ref.name})`} not found in ${dir}`,
      );
    }
    let mismatch: string | null = null;
    let chosen: string | null = null;
    for (const name of candidates) {
      const facts = await hashFile(path.join(dir, name));
      if (facts.sha256 === ref.sha256) {
        chosen = name;
        break;
      }
      mismatch ??= `entry ${entryId}: ${path.join(dir, name)} hashes to ${facts.sha256}, not the declared ${ref.sha256}`;
    }
    if (chosen === null) throw new PackInputError(mismatch ?? `entry ${entryId}: no file`);
    const ext = extOf(chosen) ?? extensionFor(ref);
    found.push({ sha256: ref.sha256, file: path.join(dir, chosen), ext });
  }
  return found;
}

export const packCommand: Command = {
  name: 'pack',
  summary:
    'Build a verifiable case pack (zip) from a case file and its media; prints { ok, head, chainHead } as JSON (head: the case head to keep).',
  usage: USAGE,
  async run(args, io) {
    const options = parseArgs(args);
    if (options === null) {
      io.err(`usage: youju pack ${USAGE}\n`);
      return EXIT.usage;
    }
    const caseFile = await readCaseArg('pack', options.file, io);
    if (caseFile === null) return EXIT.failed;
    try {
      const media = await findMedia(caseFile, options.media);
      const exportedAt = new Date().toISOString();
      const chain = await sealCase(caseFile, nodeHasher);
      if (!chain.ok) throw new PackInputError('case file cannot be sealed (not canonical JSON)');
      const findings = evaluate(caseFile, { now: Date.parse(exportedAt) });
      const caseText = serializeCaseFile(caseFile);
      const caseHead = await caseHeadOf(chain.value.head, caseText, nodeHasher);
      if (caseHead === null) throw new PackInputError('case file cannot be sealed (not canonical JSON)');
      const sources: PackSource[] = [
        { path: CASE_PATH, text: caseText },
        ...media.map((m) => ({ path: mediaPath(m.sha256, m.ext), file: m.file, sha256: m.sha256 })),
        ...packToolFiles(readPackTools()),
        {
          path: REPORT_PATH,
          text: reportHtml({ caseFile, exportedAt, chainHead: chain.value.head, caseHead, findings }),
        },
        { path: README_PATH, text: readmeText(caseHead) },
      ];
      const manifest = async (files: Parameters<typeof buildManifest>[0]['files']) => {
        const m = await buildManifest(
          { app: { name: pkg.name, version: pkg.version }, exportedAt, caseFile, files },
          nodeHasher,
        );
        if (!m.ok) throw new PackInputError('manifest cannot be sealed');
        return manifestText(m.value);
      };
      const files = await writePack(
        options.out,
        sources,
        { path: MANIFEST_PATH, text: manifest },
        new Date(exportedAt),
      );
      // `head` is the value to keep and to give `youju verify --head`; `chainHead` covers the records only.
      const printed = { ok: true, head: caseHead, chainHead: chain.value.head, files: files.length + 1 };
      io.out(`${JSON.stringify(printed, null, 2)}\n`);
      return EXIT.ok;
    } catch (e) {
      if (e instanceof PackInputError) io.err(`youju pack: ${e.message}\n`);
      else if (e instanceof PackWriteError)
        io.err(
          e.code === 'media-changed'
            ? `youju pack: ${e.path} changed while it was being packed\n`
            : e.code === 'too-large'
              ? `youju pack: ${TOO_LARGE}\n`
              : `youju pack: cannot write ${e.path}\n`,
        );
      else throw e;
      return EXIT.failed;
    }
  },
};
