// @vitest-environment node
// verify.html, taken out of the pack itself and opened from file:// in headless Chromium (no server, no network),
// against `youju verify` on the same zips: intact CLI and app packs, the whole tamper matrix of both, a pack
// re-zipped by Python's zipfile (folder entries included), --head, a pack from before the case head and files
// that are not whole zips. Both must give the same exit code and the same JSON, problem codes included.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../e2e/lib/browser.ts';
import { historyPackBytes } from '../domain/case-pack/history-fixture.ts';
import { historyTamperCases } from '../domain/case-pack/history-tamper-cases.ts';
import {
  editManifest,
  readZip,
  writeInputs,
  writeZip,
  youjuInProcess,
  type Entries,
} from '../domain/case-pack/pack-fixture.ts';
import { tamperCases } from '../domain/case-pack/tamper-cases.ts';

let dir: string;
let browser: Browser;
let page: Page;
let pageUrl: string;
let cliPack: Entries;
let appPack: Entries;
const requests: string[] = [];
const at = (name: string) => path.join(dir, name);

interface Outcome {
  status: number;
  verdict: unknown;
}

async function inPage(file: string, head?: string): Promise<Outcome> {
  await page.goto(pageUrl);
  if (head !== undefined) await page.fill('#expected', head);
  await page.setInputFiles('#file', file);
  await page.waitForSelector('#result:not([hidden])', { timeout: 30_000 });
  const status = Number(await page.getAttribute('#result', 'data-exit'));
  return { status, verdict: JSON.parse((await page.textContent('#json')) ?? '') as unknown };
}

async function both(file: string, head?: string): Promise<[Outcome, Outcome]> {
  const cli = await youjuInProcess(['verify', file, ...(head === undefined ? [] : ['--head', head])]);
  return [{ status: cli.status, verdict: JSON.parse(cli.stdout) as unknown }, await inPage(file, head)];
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-verify-html-'));
  const inputs = writeInputs(dir);
  const r = await youjuInProcess(['pack', inputs.caseFile, '--media', inputs.media, '-o', at('cli.zip')]);
  expect(r.status, r.stderr).toBe(0);
  cliPack = readZip(at('cli.zip'));
  const html = cliPack.find(([n]) => n === 'verify.html')?.[1];
  if (html === undefined) throw new Error('the pack holds no verify.html');
  writeFileSync(at('verify.html'), html);
  pageUrl = pathToFileURL(at('verify.html')).href;
  appPack = Object.entries(unzipSync((await historyPackBytes()).zip));
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage();
  page.on('request', (req) => {
    if (!req.url().startsWith('file:')) requests.push(req.url());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('verify.html agrees with youju verify', () => {
  it('on intact CLI and app packs, which both carry it, and on a pack re-zipped by Python', async () => {
    writeZip(at('app.zip'), appPack);
    const appHtml = appPack.find(([n]) => n === 'verify.html')?.[1];
    expect(new TextDecoder().decode(appHtml)).toBe(readFileSync(at('verify.html'), 'utf8'));
    // Python's zipfile writes a folder entry for media/ and deflates every file: the contents are the same.
    execFileSync('python3', [
      '-c',
      `import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as out:
    out.writestr('media/', b'')
    for info in src.infolist():
        out.writestr(info.filename, src.read(info))`,
      at('cli.zip'),
      at('rezipped.zip'),
    ]);
    for (const file of [at('cli.zip'), at('app.zip'), at('rezipped.zip')]) {
      const [cli, html] = await both(file);
      expect(cli.status, file).toBe(0);
      expect(html, file).toEqual(cli);
    }
    expect(requests).toEqual([]);
  }, 120_000);

  it('on the whole tamper matrix of CLI packs and of app packs', async () => {
    const cases = [
      ...tamperCases(cliPack).map((c) => ({ ...c, pack: cliPack, name: `cli: ${c.name}` })),
      ...historyTamperCases(appPack).map((c) => ({ ...c, pack: appPack, name: `app: ${c.name}` })),
    ];
    expect(cases.length).toBeGreaterThan(60);
    for (const [i, c] of cases.entries()) {
      writeZip(at(`tamper-${i}.zip`), await c.build(c.pack));
      const [cli, html] = await both(at(`tamper-${i}.zip`));
      expect(cli.status, c.name).toBe(1);
      expect(html, c.name).toEqual(cli);
    }
    expect(requests).toEqual([]);
  }, 600_000);

  it('on a head kept elsewhere, a pack made before the case head, and what is not a whole zip', async () => {
    const { head } = JSON.parse((await youjuInProcess(['verify', at('cli.zip')])).stdout) as { head: string };
    for (const kept of [head.toUpperCase(), 'a'.repeat(64)]) {
      const [cli, html] = await both(at('cli.zip'), kept);
      expect(html, kept).toEqual(cli);
    }
    writeZip(
      at('old.zip'),
      await editManifest(cliPack, (m) => void delete (m as { caseHead?: string }).caseHead, true),
    );
    const [oldCli, oldHtml] = await both(at('old.zip'));
    expect(oldHtml.verdict).toMatchObject({ notice: 'head-covers-entries-only' });
    expect(await page.isVisible('#notice')).toBe(true);
    expect(oldHtml).toEqual(oldCli);
    const bytes = readFileSync(at('cli.zip'));
    for (const [name, data] of [
      ['text', new TextEncoder().encode('not a zip at all')],
      ['first-half', bytes.subarray(0, bytes.length / 2)],
      ['all-but-one-byte', bytes.subarray(0, bytes.length - 1)],
    ] as const) {
      writeFileSync(at(`${name}.zip`), data);
      const [cli, html] = await both(at(`${name}.zip`));
      expect(cli.status, name).toBe(2);
      // The CLI names the path it was given, the page the file's name: the same file either way.
      expect(html, name).toEqual({
        ...cli,
        verdict: JSON.parse(JSON.stringify(cli.verdict).replaceAll(`${dir}${path.sep}`, '')) as unknown,
      });
    }
  }, 120_000);
});
