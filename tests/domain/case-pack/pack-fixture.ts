// A small case with three generated media files, and the helpers the tamper matrix uses to rebuild packs.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { CliIo } from '../../../src/cli/command.ts';
import { COMMANDS } from '../../../src/cli/command-list.ts';
import { runCli } from '../../../src/cli/run-cli.ts';
import { manifestSealOf } from '../../../src/domain/case-pack/manifest.ts';
import { nodeHasher } from '../evidence/node-hasher.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Deterministic bytes; the first file carries zip signatures in its data on purpose. */
function bytes(n: number, seed: number, prefix = ''): Uint8Array {
  const out = new Uint8Array(n);
  out.set(new TextEncoder().encode(prefix));
  for (let i = prefix.length; i < n; i++) out[i] = (i * 31 + seed * 17 + (i >> 3)) & 255;
  return out;
}

export const MEDIA = [
  { file: 'rec.m4a', type: 'audio/mp4', data: bytes(3000, 1, 'PK\x07\x08PK\x01\x02PK\x03\x04') },
  { file: 'photo.jpg', type: 'image/jpeg', data: bytes(1200, 2) },
  { file: 'letter.pdf', type: 'application/pdf', data: bytes(700, 3) },
] as const;

export const MEDIA_SHA = MEDIA.map((m) => sha(m.data));

export function fixtureCase(): Record<string, unknown> {
  const ref = (i: number) => ({
    sha256: MEDIA_SHA[i],
    name: MEDIA[i]?.file,
    type: MEDIA[i]?.type,
    size: MEDIA[i]?.data.length,
  });
  return {
    format: 'youju.case',
    version: 1,
    timeZone: 'Asia/Shanghai',
    borrower: { name: '张三' },
    debts: [{ id: 'd1', creditor: '某银行信用卡中心', kind: 'credit-card' }],
    entries: [
      {
        id: 'e1',
        debtId: 'd1',
        kind: 'call',
        at: '2026-11-02T22:31:00+08:00',
        answered: true,
        collector: { side: 'agency', name: '某催收公司 <b>' },
        notes: '对方说明天上门 <script>alert(1)</script>',
        attachments: [ref(0)],
      },
      {
        id: 'e2',
        debtId: 'd1',
        kind: 'visit',
        at: '2026-11-01T02:00:00Z',
        visit: { collectors: 1 },
        attachments: [ref(1)],
      },
      { id: 'e3', kind: 'letter', at: '2026-11-03T09:00:00+08:00', attachments: [ref(2), ref(0)] },
    ],
  };
}

/** Writes case.json and media/ (one file named by sha256, the others by name) into `dir`. */
export function writeInputs(dir: string): { caseFile: string; media: string } {
  const media = path.join(dir, 'media');
  mkdirSync(media, { recursive: true });
  MEDIA.forEach((m, i) => writeFileSync(path.join(media, i === 1 ? `${MEDIA_SHA[i]}.jpg` : m.file), m.data));
  const caseFile = path.join(dir, 'case.json');
  writeFileSync(caseFile, JSON.stringify(fixtureCase(), null, 2));
  return { caseFile, media };
}

export function memoryIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readText: (p) => Promise.resolve(readFileSync(p, 'utf8')),
    stdout: () => out,
    stderr: () => err,
  };
}

/** Runs a youju command in-process (the same code the spawned CLI runs, without a process per check). */
export async function youjuInProcess(args: string[]) {
  const io = memoryIo();
  const status = await runCli(args, io, COMMANDS);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

export type Entries = [string, Uint8Array][];

export const readZip = (file: string): Entries => Object.entries(unzipSync(readFileSync(file)));

/** A zip of these entries in this order; duplicate names are kept (zipSync would merge them). */
export function writeZip(file: string, entries: Entries): void {
  const names = new Map<string, number>();
  // fflate's zipSync takes an object, so duplicates are written under a placeholder and renamed in the bytes.
  const obj: Record<string, Uint8Array> = {};
  const renames: [string, string][] = [];
  for (const [name, data] of entries) {
    const n = names.get(name) ?? 0;
    names.set(name, n + 1);
    const key = n === 0 ? name : `${name.slice(0, -1)}${String.fromCharCode(0x41 + n)}`;
    if (key !== name) renames.push([key, name]);
    obj[key] = data;
  }
  let zip = Buffer.from(zipSync(obj, { level: 6 }));
  for (const [from, to] of renames) zip = Buffer.from(zip.toString('latin1').split(from).join(to), 'latin1');
  writeFileSync(file, zip);
}

export function flipByte(data: Uint8Array, at = Math.floor(data.length / 2)): Uint8Array {
  const copy = data.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

interface ManifestJson {
  chain: { links: Record<string, unknown>[]; head: string };
  files: { path: string; sha256: string; size: number }[];
  seal: string;
}

/** Edits manifest.json; `reseal` recomputes its seal, as a careful forger would. */
export async function editManifest(
  entries: Entries,
  edit: (m: ManifestJson) => void,
  reseal: boolean,
): Promise<Entries> {
  const out: Entries = [];
  for (const [name, data] of entries) {
    if (name !== 'manifest.json') {
      out.push([name, data]);
      continue;
    }
    const m = JSON.parse(decoder.decode(data)) as ManifestJson;
    edit(m);
    if (reseal) m.seal = (await manifestSealOf({ ...m }, nodeHasher)) ?? '';
    out.push([name, encoder.encode(JSON.stringify(m, null, 2))]);
  }
  return out;
}

export const fileSha = sha;
