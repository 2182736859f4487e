// Watches a profile for case content escaping where it must not go (architecture.md, Privacy): the console, any
// URL (the address bar at every step, every request the page or its service worker makes, with its headers),
// Content-Security-Policy violations, localStorage/sessionStorage, history.state, document.title, download names
// and the caches. Specs seed the app with distinctive values and call `probe` after every step; `problems` lists
// every leak.
import type { BrowserContext, Download, Page } from 'playwright-core';

/** One sensitive value a user would type: what it is (for messages) and the text itself. */
export interface Sensitive {
  readonly what: string;
  readonly value: string;
}

/** The ways a value can be spelled when it leaks: as typed, percent-encoded (either case), JSON \u-escaped. */
function spellings(value: string): string[] {
  const encoded = encodeURIComponent(value);
  const escaped = [...value]
    .map((c) => (c.charCodeAt(0) > 0x7e ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c))
    .join('');
  return [...new Set([value, encoded, encoded.toLowerCase(), escaped, escaped.toUpperCase()])];
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

export interface PrivacyWatch {
  /** Every leak seen so far, as "<where> (<step>): <what> in <excerpt>". */
  readonly problems: readonly string[];
  /** CSP violations reported by the page (each is a problem too, unless expected by `expectCspViolation`). */
  readonly cspViolations: readonly string[];
  /** How many console messages, requests and probes were checked (for the report). */
  readonly counts: { console: number; requests: number; probes: number; downloads: number };
  /** The step being walked, named in problems. */
  step: string;
  /** Checks what the page shows about itself now: URL, title, storage, history.state. */
  probe(page: Page, label?: string): Promise<void>;
  /** Checks a download's suggested file name. */
  checkDownload(download: Download): void;
  /** Checks every Cache Storage entry's URL (the service worker's precache and any runtime cache). */
  checkCaches(page: Page): Promise<void>;
  /** Checks free text (e.g. another database's dump) for the sensitive values. */
  checkText(where: string, text: string): void;
  /** Runs `during` and returns the CSP violations it caused, which are then not counted as problems. */
  expectCspViolation(during: () => Promise<void>): Promise<string[]>;
}

const SEEN_BINDING = '__youjuPrivacySeen';
const CSP_BINDING = '__youjuPrivacyCsp';

/**
 * In every page before its own scripts, so that nothing passes unseen between two probes: console methods
 * serialise their arguments deeply (objects, errors with their stacks) and report them, then call the original;
 * every URL change (hashchange, popstate, pushState/replaceState with its state), every Storage.setItem and every
 * document.title assignment is reported as it happens; so are CSP violations. A string, because tsx's compiled
 * functions can refer to helpers that do not exist in the page.
 */
const INIT_SCRIPT = `(() => {
  // Looked up at call time: the bindings may be installed after this script has run.
  const report = (...a) => { const f = globalThis[${JSON.stringify(SEEN_BINDING)}]; if (f) f(...a); };
  const csp = (...a) => { const f = globalThis[${JSON.stringify(CSP_BINDING)}]; if (f) f(...a); };
  const text = (v) => {
    if (typeof v === 'string') return v;
    if (v instanceof Error) return v.name + ': ' + v.message + '\\n' + (v.stack || '');
    try {
      const seen = new WeakSet();
      return JSON.stringify(v, (k, x) => {
        if (x instanceof Error) return { name: x.name, message: x.message, stack: x.stack };
        if (typeof x === 'object' && x !== null) {
          if (seen.has(x)) return '[cycle]';
          seen.add(x);
          if (typeof Node !== 'undefined' && x instanceof Node) return (x.outerHTML || x.textContent || '').slice(0, 20000);
        }
        return x;
      }) ?? String(v);
    } catch (e) {
      return String(v);
    }
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'group', 'groupCollapsed', 'assert']) {
    const original = console[method];
    if (typeof original !== 'function') continue;
    console[method] = function (...args) {
      try { report('console.' + method, args.map(text).join(' ')); } catch (e) {}
      return original.apply(this, args);
    };
  }
  const url = (where) => () => { try { report(where, location.href); } catch (e) {} };
  addEventListener('hashchange', url('location.href on hashchange'));
  addEventListener('popstate', url('location.href on popstate'));
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method];
    history[method] = function (state, unused, target) {
      try { report('history.' + method, text(state) + ' ' + String(target)); } catch (e) {}
      return original.apply(this, arguments);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    try { report((this === sessionStorage ? 'sessionStorage' : 'localStorage') + '.setItem', String(key) + '=' + String(value)); } catch (e) {}
    return setItem.apply(this, arguments);
  };
  const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
  if (title && title.set) {
    Object.defineProperty(Document.prototype, 'title', {
      ...title,
      set(value) {
        try { report('document.title set', String(value)); } catch (e) {}
        title.set.call(this, value);
      },
    });
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    try {
      csp(e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber + ' sample ' + (e.sample || ''));
    } catch (err) {}
  });
})();`;

export async function watchPrivacy(
  context: BrowserContext,
  values: readonly Sensitive[],
): Promise<PrivacyWatch> {
  const problems: string[] = [];
  const cspViolations: string[] = [];
  const counts = { console: 0, requests: 0, probes: 0, downloads: 0 };
  let expecting: string[] | null = null;

  const leaks = (text: string): string[] =>
    values.filter((v) => spellings(v.value).some((s) => text.includes(s))).map((v) => v.what);
  const check = (where: string, text: string) => {
    const found = leaks(text);
    if (found.length > 0) {
      problems.push(`${where} (${watch.step}): ${found.join(', ')} in ${JSON.stringify(text.slice(0, 300))}`);
    }
  };
  const checkUrl = (where: string, url: string) => {
    const decoded = safeDecode(url);
    check(where, decoded === url ? url : `${url} ${decoded}`);
  };

  const watch: PrivacyWatch = {
    problems,
    cspViolations,
    counts,
    step: 'start',
    async probe(page, label) {
      counts.probes += 1;
      const where = label ?? watch.step;
      const seen = await page.evaluate(() => {
        // No named inner functions: tsx would wrap them in an `__name` helper the page does not have.
        const stores: Record<'local' | 'session', [string, string][]> = { local: [], session: [] };
        for (const [which, s] of [
          ['local', localStorage],
          ['session', sessionStorage],
        ] as const) {
          for (let i = 0; i < s.length; i++) {
            const k = s.key(i) ?? '';
            stores[which].push([k, s.getItem(k) ?? '']);
          }
        }
        let state: string;
        try {
          state = JSON.stringify(history.state) ?? '';
        } catch {
          state = String(history.state);
        }
        return { href: location.href, title: document.title, ...stores, state };
      });
      checkUrl(`location.href at ${where}`, seen.href);
      check(`document.title at ${where}`, seen.title);
      check(`history.state at ${where}`, seen.state);
      for (const [k, v] of seen.local) check(`localStorage[${k}] at ${where}`, `${k}=${v}`);
      for (const [k, v] of seen.session) check(`sessionStorage[${k}] at ${where}`, `${k}=${v}`);
    },
    checkDownload(download) {
      counts.downloads += 1;
      check('download file name', download.suggestedFilename());
      checkUrl('download URL', download.url());
    },
    async checkCaches(page) {
      const urls = await page.evaluate(async () => {
        const out: string[] = [];
        for (const name of await caches.keys()) {
          out.push(`cache:${name}`);
          for (const req of await (await caches.open(name)).keys()) out.push(req.url);
        }
        return out;
      });
      for (const url of urls) checkUrl('Cache Storage', url);
    },
    checkText: check,
    async expectCspViolation(during) {
      const mine: string[] = [];
      expecting = mine;
      try {
        await during();
        // The violation event is queued as a task; let it arrive.
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        expecting = null;
      }
      return mine;
    },
  };

  await context.exposeBinding(SEEN_BINDING, (_source, where: unknown, text: unknown) => {
    checkUrl(String(where), String(text));
  });
  await context.exposeBinding(CSP_BINDING, (_source, text: unknown) => {
    const line = String(text);
    if (expecting) {
      expecting.push(line);
      return;
    }
    cspViolations.push(line);
    problems.push(`CSP violation (${watch.step}): ${line}`);
  });
  await context.addInitScript({ content: INIT_SCRIPT });
  // Chromium's own view of the console as well (service workers included): covers messages logged before the
  // wrapper, by the browser itself, or by code holding an early reference to a console method.
  context.on('console', (message) => {
    counts.console += 1;
    check(`console ${message.type()} (browser)`, message.text());
  });
  context.on('request', (request) => {
    counts.requests += 1;
    checkUrl(`request ${request.method()}`, request.url());
    for (const [name, value] of Object.entries(request.headers())) {
      checkUrl(`request header ${name} of ${request.url()}`, value);
    }
    const body = request.postData();
    if (body !== null) check(`request body to ${request.url()}`, body);
    // Requests to another origin are failed by the runner itself (lib/browser.ts).
  });
  return watch;
}
