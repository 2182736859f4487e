// verify.html, the page inside every case pack that checks the pack it came in (docs/case-pack.md, "Checking a
// pack without youju"): src/verify-page/main.ts with the app's zip reader and checker, bundled by Vite into one
// inline script, in one self-contained page. The page is generated into src/domain/case-pack/verify.html and
// committed, so that the app (with ?raw) and the CLI (from disk) put the very same bytes into their packs;
// `npm run build:verify-page` rewrites it and tests/build/verify-page.test.ts fails when it is out of date.
import path from 'node:path';
import { build, type Rolldown } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const VERIFY_PAGE_FILE = path.join(ROOT, 'src', 'domain', 'case-pack', 'verify.html');

/** The bundled script, one IIFE. */
async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: {
        entry: path.join(ROOT, 'src', 'verify-page', 'main.ts'),
        formats: ['iife'],
        name: 'youjuVerifyPage',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const [chunk] = chunks;
  if (chunk === undefined || chunks.length !== 1) throw new Error('verify page: expected one script');
  return chunk.code;
}

/**
 * The page. Its CSP allows no request at all (default-src 'none'): the checker reads only the file dropped in.
 * 'wasm-unsafe-eval' is for hash-wasm's streamed SHA-256 (platform/hasher.ts).
 */
export async function verifyPageHtml(): Promise<string> {
  // Inside <script>, "</script" would end the element early; "<\/" means the same to JavaScript.
  const script = (await bundle()).replace(/<\/(script)/gi, '<\\/$1').trimEnd();
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'">
<title>核对案件包 · Check a case pack</title>
<style>
body{font:16px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;max-width:44rem;margin:0 auto;padding:1rem;color:#1a1a1a}
h1{font-size:1.3rem}
#drop{border:2px dashed #1f4e79;border-radius:.5rem;padding:1rem;margin:1rem 0}
label{display:block;margin:.5rem 0}
input[type=text]{width:100%;box-sizing:border-box;font:inherit;font-family:monospace;padding:.4rem}
#result[data-exit="0"] #verdict-text{color:#14532d}
#result[data-exit="1"] #verdict-text,#result[data-exit="2"] #verdict-text{color:#9b1c1c}
#verdict-text{font-weight:bold}
code,pre,#head{font-family:monospace;word-break:break-all;white-space:pre-wrap}
pre{background:#f4f4f4;padding:.5rem;font-size:.85rem}
.error{color:#9b1c1c}
</style>
</head>
<body>
<h1>核对案件包 / Check a case pack</h1>
<p>把“有据”导出的案件包（.zip）拖到下面，或点“选择文件”。核对只在本机进行，不联网，文件不会上传。<br>
Drop a case pack (.zip) exported by 有据 (youju) below, or choose it. The check runs on this device only, with no
network; nothing is uploaded.</p>
<label for="expected">另行保存的案件链头（可不填） / Case head kept elsewhere (optional)</label>
<input id="expected" type="text" autocomplete="off" spellcheck="false" inputmode="latin">
<p id="expected-error" class="error" hidden>案件链头应为 64 位十六进制字符。 / A case head is 64 hexadecimal characters.</p>
<div id="drop">
<label for="file">选择文件 / Choose the pack</label>
<input id="file" type="file" accept=".zip,application/zip">
</div>
<p id="status" role="status"></p>
<section id="result" hidden aria-live="polite">
<p id="verdict-text"></p>
<p>案件链头 / Case head: <span id="head"></span></p>
<p id="notice" hidden>此包早于“案件链头”：链头只覆盖记录和附件，不覆盖时区、欠款和本人信息。 / This pack was made before the
case head: its head covers the records and attachments only, not the time zone, debts or borrower.</p>
<ul id="problems"></ul>
<details><summary>与 youju verify 相同的输出 / The same output as youju verify</summary><pre id="json"></pre></details>
</section>
<script>
${script}
</script>
</body>
</html>
`;
}
