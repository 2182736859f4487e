/**
 * verify.html's script: the same checks as `youju verify`, run in the browser on a zip dropped into the page, with
 * no network (docs/case-pack.md, "Checking a pack without youju"). It is the app's own reader (platform/zip-read)
 * and checker (domain/case-pack/check-pack) bundled into one inline script by src/build/verify-page.ts, so its
 * verdicts and problem codes are those of the CLI by construction; tests/verify-page/verify-html.test.ts holds
 * it to that in Chromium.
 */
import { checkPack } from '../domain/case-pack/check-pack.ts';
import { HISTORY_PATH } from '../domain/case-pack/history.ts';
import { CASE_PATH, MANIFEST_PATH } from '../domain/case-pack/manifest.ts';
import { packReport, unreadableReport } from '../domain/case-pack/pack-verdict.ts';
import { webCryptoHasher } from '../platform/hasher.ts';
import { PackReadError, readPackBlob } from '../platform/zip-read.ts';

type Report = ReturnType<typeof unreadableReport> | ReturnType<typeof packReport>;

/** `youju verify`'s exit codes, shown so that a result can be compared with the CLI's. */
const EXIT = { intact: 0, changed: 1, unreadable: 2 } as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function verify(
  file: File,
  expectedHead: string | undefined,
): Promise<{ exit: number; report: Report }> {
  try {
    const pack = await readPackBlob(file, [MANIFEST_PATH, CASE_PATH, HISTORY_PATH]);
    const manifest = pack.texts.get(MANIFEST_PATH) ?? null;
    const verdict = await checkPack(
      pack.files,
      manifest,
      pack.texts.get(CASE_PATH) ?? null,
      webCryptoHasher,
      pack.texts.get(HISTORY_PATH) ?? null,
    );
    const report = packReport(verdict, manifest, expectedHead);
    return { exit: report.ok ? EXIT.intact : EXIT.changed, report };
  } catch (e) {
    const code = e instanceof PackReadError ? e.code : 'unreadable';
    const entry = e instanceof PackReadError ? e.file : undefined;
    return { exit: EXIT.unreadable, report: unreadableReport(entry ?? file.name, code) };
  }
}

const VERDICT_TEXT: Record<number, string> = {
  [EXIT.intact]:
    '完好：每个文件、每条记录都与封存时一致。 / Intact: every file and record is as it was sealed.',
  [EXIT.changed]:
    '有改动：下面列出的文件或记录被改动、增删或调换了顺序，或案件链头与另存的不同。 / Changed: the files or records below were changed, added, removed or reordered, or the case head differs from the one kept.',
  [EXIT.unreadable]: '无法读取：这不是完整的 zip 文件。 / Unreadable: this is not a whole zip file.',
};

function show(exit: number, report: Report): void {
  const out = $('result');
  out.hidden = false;
  out.dataset.exit = String(exit);
  $('verdict-text').textContent = VERDICT_TEXT[exit] ?? '';
  $('head').textContent = report.head ?? '—';
  $('notice').hidden = !('notice' in report && report.notice !== undefined);
  const list = $('problems');
  list.replaceChildren(
    ...report.problems.map((p) => {
      const li = document.createElement('li');
      const where = Object.entries(p)
        .filter(([k]) => k !== 'code')
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(', ');
      li.textContent = where === '' ? p.code : `${p.code} — ${where}`;
      return li;
    }),
  );
  $('json').textContent = JSON.stringify(report, null, 2);
}

async function run(file: File): Promise<void> {
  const typed = $<HTMLInputElement>('expected').value.trim().toLowerCase();
  const headOk = typed === '' || /^[0-9a-f]{64}$/.test(typed.replace(/\s+/g, ''));
  $('expected-error').hidden = headOk;
  if (!headOk) return;
  $('status').textContent = '正在核对… / Checking…';
  const { exit, report } = await verify(file, typed === '' ? undefined : typed.replace(/\s+/g, ''));
  $('status').textContent = '';
  show(exit, report);
}

const input = $<HTMLInputElement>('file');
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file !== undefined) void run(file);
});
const drop = $('drop');
drop.addEventListener('dragover', (e) => e.preventDefault());
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  if (file !== undefined) void run(file);
});
