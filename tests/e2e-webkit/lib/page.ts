// Steps the WebKit walk takes, on top of the WebDriver session: waiting by data-testid, taps, typing, choosing,
// screenshots. Taps and typing go through WebDriver's element commands (real input events in WebKit); a value is
// set through the page only where WebDriver has no command for the control.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ARTIFACTS, fail } from '../../e2e/lib/define.ts';
import type { Session } from './webdriver.ts';

/** iPhone 12–15 CSS viewport. MiniBrowser's toolbar keeps its window wider (docs/architecture.md, "iPhone"). */
export const VIEWPORT = { width: 390, height: 844 } as const;

export const byId = (id: string) => `[data-testid="${id}"]`;

let axeSource: Promise<string> | null = null;
const loadAxe = () =>
  (axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

export class Page {
  constructor(
    readonly s: Session,
    readonly origin: string,
  ) {}

  /** Sizes the window so the page's viewport is as close to 390×844 as MiniBrowser allows; returns the viewport. */
  async fitViewport(): Promise<{ width: number; height: number }> {
    await this.s.windowRect({ width: VIEWPORT.width, height: VIEWPORT.height });
    const [iw, ih, ow, oh] = await this.s.execute<number[]>(
      'return [innerWidth, innerHeight, outerWidth, outerHeight]',
    );
    await this.s.windowRect({
      width: VIEWPORT.width + ((ow ?? 0) - (iw ?? 0)),
      height: VIEWPORT.height + ((oh ?? 0) - (ih ?? 0)),
    });
    const [width, height] = await this.s.execute<number[]>('return [innerWidth, innerHeight]');
    return { width: width ?? 0, height: height ?? 0 };
  }

  async goto(hash: string): Promise<void> {
    await this.s.navigate(`${this.origin}/${hash}`);
  }

  /** Polls until `css` matches an element that is rendered (has a box); fails after `timeoutMs`. */
  async waitFor(css: string, timeoutMs = 15_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const shown = await this.s.execute<boolean>(
        `const el = document.querySelector(arguments[0]);
         return !!el && el.getClientRects().length > 0;`,
        css,
      );
      if (shown) return;
      if (Date.now() > until) fail(`not shown within ${timeoutMs} ms: ${css}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** Polls until nothing matches `css` (or nothing matching is rendered). */
  async waitGone(css: string, timeoutMs = 15_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const shown = await this.s.execute<boolean>(
        `return [...document.querySelectorAll(arguments[0])].some((el) => el.getClientRects().length > 0);`,
        css,
      );
      if (!shown) return;
      if (Date.now() > until) fail(`still shown after ${timeoutMs} ms: ${css}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  async until(what: string, body: string, timeoutMs = 15_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await this.s.execute<boolean>(body))) {
      if (Date.now() > until) fail(`${what}: not true within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  async exists(css: string): Promise<boolean> {
    return this.s.execute<boolean>('return !!document.querySelector(arguments[0])', css);
  }

  async tap(css: string): Promise<void> {
    await this.waitFor(css);
    // Into the middle of the screen first: the sticky header and bottom bar would otherwise take the tap.
    await this.s.execute('document.querySelector(arguments[0]).scrollIntoView({ block: "center" })', css);
    await this.s.click(await this.s.find(css));
  }

  async fill(css: string, text: string): Promise<void> {
    await this.waitFor(css);
    const el = await this.s.find(css);
    await this.s.clear(el);
    await this.s.type(el, text);
  }

  /** Chooses an option of a <select> by value, as the change a person makes (React sees a change event). */
  async choose(css: string, value: string): Promise<void> {
    await this.waitFor(css);
    await this.s.execute(
      `const el = document.querySelector(arguments[0]);
       const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
       set.call(el, arguments[1]);
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
      css,
      value,
    );
  }

  async text(css: string): Promise<string> {
    await this.waitFor(css);
    return this.s.execute<string>('return document.querySelector(arguments[0]).innerText', css);
  }

  async attr(css: string, name: string): Promise<string | null> {
    return this.s.execute<string | null>(
      'return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null',
      css,
      name,
    );
  }

  async lang(): Promise<string> {
    return this.s.execute<string>('return document.documentElement.lang');
  }

  async setLanguage(lang: 'zh-CN' | 'en'): Promise<void> {
    await this.choose(byId('lang-switch'), lang);
    await this.until(`language ${lang}`, `return document.documentElement.lang === ${JSON.stringify(lang)}`);
  }

  /**
   * A viewport screenshot under artifacts/screens-webkit/<lang>/<name>.png, for people to look at; `focus` (a
   * data-testid, or an #id) is scrolled to just under the sticky header first.
   */
  async shot(name: string, focus?: string): Promise<string> {
    const file = path.join(ARTIFACTS, 'screens-webkit', await this.lang(), `${name}.png`);
    await mkdir(path.dirname(file), { recursive: true });
    await this.s.execute(
      `const el = arguments[0] && document.querySelector(arguments[0]);
       if (el) {
         el.scrollIntoView({ block: 'start' });
         const header = document.querySelector('header');
         window.scrollBy(0, -((header?.getBoundingClientRect().bottom ?? 0) + 12));
       } else if (!arguments[0]) window.scrollTo(0, 0);`,
      focus ? (focus.startsWith('#') ? focus : byId(focus)) : null,
    );
    // A passing toast ("saved", "ready offline") would cover the screen; transitions settle (they are short).
    await this.waitGone('.toast', 10_000).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await writeFile(file, await this.s.screenshot());
    return file;
  }

  /** Fails on any serious or critical axe violation, as the Chromium suite does (tests/e2e/lib/app.ts). */
  async axe(label: string): Promise<void> {
    await this.waitGone('.toast', 10_000).catch(() => undefined);
    // The page's CSP refuses eval, so axe's source is sent as a script body of its own.
    if (!(await this.s.execute<boolean>('return !!window.axe'))) {
      await this.s.execute(`${await loadAxe()}\n;window.axe = window.axe || axe;`);
    }
    const bad = await this.s.executeAsync<string[]>(
      `const results = await window.axe.run(document);
       return results.violations
         .filter((v) => v.impact === 'serious' || v.impact === 'critical')
         .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' — ' +
           v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));`,
    );
    if (bad.length > 0) fail(`axe in WebKit (${label}):\n  ${bad.join('\n  ')}`);
  }

  /**
   * Catches files the app saves: `<a download>` clicks are kept in the page instead of going to MiniBrowser's
   * download manager, which WebDriver cannot reach. Installed per page load, before the save is tapped.
   */
  async catchDownloads(): Promise<void> {
    await this.s.execute(`
      const w = window;
      if (w.__youjuSaved) return;
      w.__youjuSaved = [];
      // The page's CSP keeps fetch() off blob: URLs, so the blob itself is kept when its URL is made.
      const blobs = new Map();
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob) => {
        const url = createObjectURL.call(URL, blob);
        blobs.set(url, blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function () {
        if (!this.download) return;
        const name = this.download;
        const blob = blobs.get(this.href);
        w.__youjuSaved.push(
          (blob ? blob.arrayBuffer() : Promise.reject(new Error('no blob for ' + this.href))).then((b) => {
            let s = '';
            const bytes = new Uint8Array(b);
            for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            return { name, base64: btoa(s) };
          }),
        );
      };`);
  }

  /** The last file the page saved since catchDownloads. */
  async lastDownload(): Promise<{ name: string; bytes: Buffer }> {
    const r = await this.s.executeAsync<{ name: string; base64: string } | null>(
      'const all = window.__youjuSaved || []; return all.length ? await all[all.length - 1] : null;',
    );
    if (!r) fail('the page saved no file');
    return { name: r.name, bytes: Buffer.from(r.base64, 'base64') };
  }

  /** Gives a file input a file from disk, the way a person picks one (WebDriver sends its path). */
  async pickFile(css: string, file: string): Promise<void> {
    await this.s.type(await this.s.find(css), file);
  }
}
