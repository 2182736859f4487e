// Fuzzing through the UI: a sample of the generated hostile case files (tests/fuzz/hostile-cases.ts) and
// hostile case packs (tests/fuzz/hostile-packs.ts) goes through the REAL import and restore controls of My data,
// into a profile that already holds a restored case with media, in both languages. After each file: a clear,
// translated error is on screen (no crash, no empty screen, no raw key), and the whole IndexedDB database —
// every object store, keys and values, Blob bytes as SHA-256 — is byte-identical to before. Every file in every
// language counts as one assertion; the counts are printed. Error states are screenshotted at 360×740.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parseCaseFile } from '../../src/domain/case/parse.ts';
import {
  flipByte,
  readZip,
  writeInputs,
  writeZip,
  youjuInProcess,
} from '../domain/case-pack/pack-fixture.ts';
import { generateHostileCases } from '../fuzz/hostile-cases.ts';
import { generateHostilePacks, type FuzzPack } from '../fuzz/hostile-packs.ts';
import { LANGS, gotoTab, openApp, setLanguage, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { REPO_ROOT, assert, assertEqual, e2e, fail } from './lib/define.ts';
import { dumpIdb, firstDifference } from './lib/idb-dump.ts';

interface FuzzFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Every key of every namespace of one language, as i18next would print a missing one (`ns:key` and `key`). */
async function keysOf(lang: Lang): Promise<Set<string>> {
  const dir = path.join(REPO_ROOT, 'locales', lang);
  const keys = new Set<string>();
  const walk = (ns: string, prefix: string, node: unknown) => {
    if (typeof node !== 'object' || node === null) {
      const key = prefix.replace(/_(one|other|zero|few|many|two)$/, '');
      keys.add(key);
      keys.add(`${ns}:${key}`);
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(ns, prefix ? `${prefix}.${k}` : k, v);
  };
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.json')) continue;
    walk(file.replace(/\.json$/, ''), '', JSON.parse(await readFile(path.join(dir, file), 'utf8')));
  }
  return keys;
}

/**
 * At least 20 hostile case files: every structural case the parser refuses, every third wrong-type case, and the
 * valid-but-hostile ones (a 3 MB note, deep unknown fields, a BOM), which clash with the profile's ids on merge.
 */
function caseSample(): { file: FuzzFile; valid: boolean; label: string }[] {
  const all = generateHostileCases().map((c, i) => ({ ...c, i, valid: parseCaseFile(c.text).ok }));
  const typed = all.filter((c) => /^(entry|debt|top)\./.test(c.name));
  const structural = all.filter((c) => !/^(entry|debt|top)\./.test(c.name));
  const picked = [...structural, ...typed.filter((c) => !c.valid).filter((_, k) => k % 3 === 0)];
  return picked.map((c) => ({
    file: { name: `fuzz-case-${c.i}.json`, bytes: Buffer.from(c.text, 'utf8') },
    valid: c.valid,
    label: c.name,
  }));
}

const PACK_PICKS: readonly RegExp[] = [
  /^truncated at (0|22)$/,
  // The last byte cut off, then cuts at seeded offsets (which shift a little: the base pack records when it
  // was made, so its length varies from run to run).
  /^truncated at \d{3,}$/,
  /^bit flip at/,
  /^empty file$/,
  /^json instead of zip$/,
  /^random bytes #0$/,
  /^extra file named "\.\.\/x"$/,
  /^media renamed to "\.\.\/\.\.\/etc\/passwd"$/,
  /^media renamed to "media\\\\\.\.\\\\x"$/,
  /^duplicate /,
  /deeply nested$/,
  /with a deep field$/,
  /with a 2 MB string$/,
  /is an array$/,
  /^manifest\.json missing$/,
  /^manifest\.[a-z]+ = /,
  /^manifest\.files\[0\]\.sha256/,
  /^manifest\.chain\.links\[0\]\.hash/,
  /^case\.json: (duplicate entry ids|duplicate debt ids|entries is an object|a __proto__ key)$/,
];

/** At most this many of one pattern, so the sample spreads over the kinds of damage. */
const PER_PICK = 2;

async function buildPacks(
  dir: string,
): Promise<{ base: string; sample: { name: string; file: FuzzFile }[] }> {
  const { caseFile, media } = writeInputs(dir);
  const base = path.join(dir, 'base.zip');
  const made = await youjuInProcess(['pack', caseFile, '--media', media, '-o', base]);
  assertEqual(made.status, 0, `youju pack for the fuzz base (${made.stderr})`);
  const bytes = new Uint8Array(await readFile(base));
  const entries = readZip(base);
  const generated: FuzzPack[] = [
    ...generateHostilePacks(bytes, entries),
    // A file whose bytes no longer match its hash in the manifest, the plainest tampering of all.
    {
      name: 'media bytes changed (hash mismatch)',
      entries: entries.map(([n, d]) => [n, n.startsWith('media/') ? flipByte(d) : d]),
    },
  ];
  const sample: { name: string; file: FuzzFile }[] = [];
  for (const pick of PACK_PICKS) {
    const found = generated.filter((p) => pick.test(p.name)).slice(0, PER_PICK);
    if (found.length === 0) fail(`no generated pack matches ${pick}`);
    for (const p of found) sample.push({ name: p.name, file: await packFile(dir, sample.length, p) });
  }
  sample.push({
    name: 'media bytes changed (hash mismatch)',
    file: await packFile(dir, sample.length, generated.at(-1) as FuzzPack),
  });
  return { base, sample };
}

async function packFile(dir: string, i: number, p: FuzzPack): Promise<FuzzFile> {
  const name = `fuzz-pack-${i}.zip`;
  if (p.bytes) return { name, bytes: Buffer.from(p.bytes) };
  const file = path.join(dir, name);
  writeZip(file, p.entries ?? []);
  return { name, bytes: await readFile(file) };
}

const CJK = /[\u4e00-\u9fff]/;

/** The message is words in `lang`: not empty, not a bare code, no raw key, nothing left to interpolate. */
function checkWords(text: string, lang: Lang, keys: Set<string>, what: string): void {
  const t = text.trim();
  if (t === '') fail(`${what}: empty message`);
  if (/^[\w.:-]+$/.test(t)) fail(`${what}: a bare code or key, not words: "${t}"`);
  if (t.includes('{{')) fail(`${what}: an uninterpolated placeholder: "${t}"`);
  for (const line of t.split('\n')) {
    if (keys.has(line.trim())) fail(`${what}: a raw i18n key: "${line}"`);
  }
  if (lang === 'zh-CN' && !CJK.test(t)) fail(`${what}: no Chinese in a zh-CN message: "${t.slice(0, 120)}"`);
  if (lang === 'en' && !/[A-Za-z]{3}/.test(t))
    fail(`${what}: no English in an en message: "${t.slice(0, 120)}"`);
}

/** The app is still itself: no error boundary, the navigation and My data are on screen. */
async function checkAlive(page: Page, what: string): Promise<void> {
  if ((await page.locator('.error-fallback').count()) > 0) fail(`${what}: the error screen is showing`);
  assert(await page.getByTestId('nav-my-data').isVisible(), `${what}: the navigation is gone`);
  assert(await page.getByTestId('restore-section').isVisible(), `${what}: My data is gone`);
}

/** Marks what is on screen now, so the outcome of the next file cannot be mistaken for the last one's. */
async function markStale(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluateAll((els) => els.forEach((el) => el.setAttribute('data-stale', '1')));
}

/** What can appear in a section after a file is picked; `fresh` leaves out what `markStale` marked. */
const outcomes = (scope: string, items: readonly string[], fresh = false) =>
  items.map((item) => `${scope} ${item}${fresh ? ':not([data-stale])' : ''}`).join(', ');
const CASE_SCOPE = '[aria-labelledby="import-title"]';
const CASE_ITEMS = ['[role="alert"]', '[data-testid="import-summary"]', '[data-testid="import-done"]'];
const PACK_SCOPE = '[data-testid="restore-section"]';
const PACK_ITEMS = [
  'restore-problems',
  'restore-unreadable',
  'restore-summary',
  'restore-failed',
  'restore-cancelled',
].map((id) => `[data-testid="${id}"]`);

interface Tally {
  files: number;
  byOutcome: Record<string, number>;
}

const count = (t: Tally, outcome: string) => {
  t.files += 1;
  t.byOutcome[outcome] = (t.byOutcome[outcome] ?? 0) + 1;
};

export const hostileFilesThroughTheUi = e2e(
  async ({ page, origin }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'youju-ui-fuzz-'));
    try {
      const cases = caseSample();
      const { base, sample: packs } = await buildPacks(dir);
      assert(cases.filter((c) => !c.valid).length >= 20, `at least 20 invalid case files (${cases.length})`);
      assert(packs.length >= 10, `at least 10 hostile packs (${packs.length})`);

      await openApp(page, origin);
      await skipOnboarding(page);
      // A profile that already holds data: the intact base pack restored (debt, entries, chain, media Blobs).
      await gotoTab(page, 'my-data');
      await page.getByTestId('import-pack-input').setInputFiles(base);
      await page.getByTestId('restore-summary').waitFor({ timeout: 30_000 });
      await page.getByTestId('restore-confirm').click();
      await page.getByTestId('restore-done').waitFor({ timeout: 30_000 });
      const before = await dumpIdb(page);
      assert(
        (before.counts.mediaChunks ?? 0) > 0,
        `the seeded profile holds media: ${JSON.stringify(before.counts)}`,
      );
      assert((before.counts.entries ?? 0) > 0, 'the seeded profile holds entries');

      const caseTally: Tally = { files: 0, byOutcome: {} };
      const packTally: Tally = { files: 0, byOutcome: {} };
      const shots = new Set<string>();
      /** One screenshot per kind of error state and language, with the section's heading at the top. */
      const shootOnce = async (lang: Lang, name: string, section: string) => {
        if (shots.has(`${lang}/${name}`)) return;
        shots.add(`${lang}/${name}`);
        await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
        await page.locator(section).evaluate((el) => {
          el.scrollIntoView({ block: 'start' });
          window.scrollBy(0, -((document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 12));
        });
        await shot(page, `fuzz-${name}`);
      };
      const unchanged = async (what: string) => {
        const after = await dumpIdb(page);
        if (after.text !== before.text) {
          fail(
            `${what}: the database changed (${JSON.stringify(after.counts)}) ${firstDifference(before.text, after.text)}`,
          );
        }
      };

      for (const lang of LANGS) {
        await setLanguage(page, lang);
        const keys = await keysOf(lang);
        await gotoTab(page, 'my-data');

        for (const c of cases) {
          const what = `${lang} case file ${c.file.name} (${c.label})`;
          await markStale(page, outcomes(CASE_SCOPE, CASE_ITEMS));
          await page.getByTestId('import-case-input').setInputFiles({
            name: c.file.name,
            mimeType: 'application/json',
            buffer: c.file.bytes,
          });
          const shown = page.locator(outcomes(CASE_SCOPE, CASE_ITEMS, true)).first();
          await shown.waitFor({ timeout: 30_000 });
          let outcome: string;
          if ((await shown.getAttribute('data-testid')) === 'import-summary') {
            // A valid file: merging it would reuse the profile's ids, which must be refused whole.
            if (!c.valid) fail(`${what}: the parser refused it in Node but the screen accepted it`);
            await markStale(page, outcomes(CASE_SCOPE, CASE_ITEMS));
            await page.getByTestId('import-mode-merge').check();
            await page.getByTestId('import-confirm').click();
            const next = page.locator(outcomes(CASE_SCOPE, CASE_ITEMS, true)).first();
            await next.waitFor({ timeout: 30_000 });
            if ((await next.getAttribute('data-testid')) === 'import-done') {
              fail(`${what}: merged into a profile whose ids it reuses`);
            }
            outcome = 'clash';
            // The ids already in use are the point here: the list, not the summary above it.
            await shootOnce(lang, 'case-clash', `${CASE_SCOPE} [role="alert"]:not([data-stale])`);
          } else if ((await shown.getAttribute('data-testid')) === 'import-done') {
            fail(`${what}: imported`);
          } else {
            outcome = (await page.getByTestId('import-error').count()) > 0 ? 'errors' : 'alert';
            const errors = await page.getByTestId('import-error').count();
            if (c.label === 'truncated') await shootOnce(lang, 'case-not-json', CASE_SCOPE);
            if (errors >= 2 || outcome === 'alert') await shootOnce(lang, `case-${outcome}`, CASE_SCOPE);
          }
          const alert = page.locator(outcomes(CASE_SCOPE, ['[role="alert"]'], true)).first();
          checkWords(await alert.innerText(), lang, keys, what);
          for (const item of await page.getByTestId('import-error').allInnerTexts()) {
            checkWords(item, lang, keys, `${what}, an error`);
          }
          await checkAlive(page, what);
          await unchanged(what);
          count(caseTally, outcome);
          if ((await page.getByTestId('import-cancel').count()) > 0)
            await page.getByTestId('import-cancel').click();
        }

        for (const p of packs) {
          const what = `${lang} pack ${p.file.name} (${p.name})`;
          await markStale(page, outcomes(PACK_SCOPE, PACK_ITEMS));
          await page.getByTestId('import-pack-input').setInputFiles({
            name: p.file.name,
            mimeType: 'application/zip',
            buffer: p.file.bytes,
          });
          const shown = page.locator(outcomes(PACK_SCOPE, PACK_ITEMS, true)).first();
          await shown.waitFor({ timeout: 60_000 });
          const outcome = (await shown.getAttribute('data-testid')) ?? '?';
          if (outcome !== 'restore-problems' && outcome !== 'restore-unreadable') {
            fail(`${what}: expected a refusal, the screen shows ${outcome}: ${await shown.innerText()}`);
          }
          checkWords(await shown.innerText(), lang, keys, what);
          for (const item of await page.getByTestId('restore-problem').allInnerTexts()) {
            checkWords(item, lang, keys, `${what}, a problem`);
          }
          await shootOnce(lang, `pack-${outcome.replace('restore-', '')}`, PACK_SCOPE);
          await checkAlive(page, what);
          await unchanged(what);
          count(packTally, outcome.replace('restore-', ''));
        }
      }

      await page.reload();
      await page.getByTestId('nav-today').waitFor();
      await unchanged('after a reload');
      console.log(
        `     UI fuzz: ${caseTally.files} case-file assertions ${JSON.stringify(caseTally.byOutcome)} ` +
          `(${cases.length} files × ${LANGS.length} languages), ${packTally.files} pack assertions ` +
          `${JSON.stringify(packTally.byOutcome)} (${packs.length} packs × ${LANGS.length} languages); ` +
          `database ${JSON.stringify(before.counts)} unchanged after each`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  { timeoutMs: 480_000 },
);
