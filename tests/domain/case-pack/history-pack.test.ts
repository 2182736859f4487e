// @vitest-environment node
// App-made packs (docs/case-pack.md, history file): exported by the app's export code, checked by the in-app reader (Blob random
// access + checkPack) and by `youju verify`, over the whole tamper matrix — both must name the item.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPack } from '../../../src/domain/case-pack/check-pack.ts';
import { readPackBlob } from '../../../src/platform/zip-read.ts';
import { nodeHasher } from '../evidence/node-hasher.ts';
import { historyPackBytes } from './history-fixture.ts';
import { historyTamperCases } from './history-tamper-cases.ts';
import { MEDIA_SHA, writeZip, youjuInProcess, type Entries } from './pack-fixture.ts';
import { matches } from './tamper-cases.ts';

const KEEP = ['manifest.json', 'case.json', 'history.json'];

/** The in-app verifier: what My data runs on a picked File. */
async function inApp(bytes: Uint8Array) {
  const read = await readPackBlob(new Blob([bytes as BlobPart]), KEEP);
  const text = (n: string) => read.texts.get(n) ?? null;
  return checkPack(read.files, text('manifest.json'), text('case.json'), nodeHasher, text('history.json'));
}

let dir: string;
let zip: Uint8Array;
let head: string;
let caseHead: string;
let pack: Entries;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-history-pack-'));
  ({ zip, head, caseHead } = await historyPackBytes());
  pack = Object.entries(unzipSync(zip));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app pack with history.json', () => {
  it('holds the documented files; case.json has the current, non-hidden entries; the manifest the device chain', async () => {
    const names = pack.map(([n]) => n);
    expect(names.slice(0, 2)).toEqual(['case.json', 'history.json']);
    expect(names.filter((n) => n.startsWith('media/'))).toHaveLength(3);
    expect(names.slice(-3)).toEqual(['report.html', 'README.txt', 'manifest.json']);
    const text = (n: string) => new TextDecoder().decode(pack.find(([x]) => x === n)?.[1]);
    const c = JSON.parse(text('case.json')) as { entries: { id: string; notes?: string }[] };
    expect(c.entries.map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(c.entries[0]?.notes).toContain('对方说明天上门');
    const m = JSON.parse(text('manifest.json')) as {
      history: string;
      chain: { links: unknown[]; head: string };
    };
    expect(m.history).toBe('history.json');
    expect(m.chain.links).toHaveLength(8);
    expect(m.chain.head).toBe(head);
    expect(text('README.txt')).toContain('history.json');
    expect(text('report.html')).not.toContain('<script>alert');
  });

  it('is intact for the in-app verifier and for youju verify (exit 0)', async () => {
    expect(await inApp(zip)).toEqual({ ok: true, problems: [] });
    const file = path.join(dir, 'intact.zip');
    writeFileSync(file, zip);
    const r = await youjuInProcess(['verify', file]);
    expect(r.status).toBe(0);
    expect(caseHead).not.toBe(head);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, head: caseHead, problems: [] });
  });

  it('the tamper matrix: both verifiers detect every case and name the item', async () => {
    const cases = historyTamperCases(pack);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const [i, c] of cases.entries()) {
      const file = path.join(dir, `case-${i}.zip`);
      writeZip(file, await c.build(pack));
      const app = await inApp(new Uint8Array(readFileSync(file)));
      expect(app.ok, c.name).toBe(false);
      expect(matches(app.problems, c.expect), `in-app, ${c.name}: ${JSON.stringify(app.problems)}`).toBe(
        true,
      );
      const r = await youjuInProcess(['verify', file]);
      expect(r.status, c.name).toBe(1);
      const cli = JSON.parse(r.stdout) as { problems: { file?: string; entry?: string; code: string }[] };
      expect(matches(cli.problems, c.expect), `cli, ${c.name}: ${r.stdout}`).toBe(true);
    }
  }, 120_000);

  it('a pack without its history.json is reported, and the in-app reader refuses non-zips', async () => {
    const v = await inApp(zip.slice(0, zip.length - 1)).catch((e: unknown) => e);
    expect(v).toMatchObject({ code: 'unreadable' });
    const file = path.join(dir, 'no-history.zip');
    writeZip(
      file,
      pack.filter(([n]) => n !== 'history.json'),
    );
    const r = await youjuInProcess(['verify', file]);
    expect(JSON.parse(r.stdout).problems).toEqual(
      expect.arrayContaining([
        { file: 'history.json', code: 'history-missing' },
        { file: 'history.json', code: 'file-missing' },
      ]),
    );
    expect(MEDIA_SHA).toHaveLength(3);
  });
});
