// A small W3C WebDriver client (https://www.w3.org/TR/webdriver2/) over fetch, for WebKitWebDriver: the few
// commands the WebKit walk needs, typed, with no dependency (STYLE.md §3).

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export interface ElementRef {
  readonly [ELEMENT_KEY]: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class WebDriverError extends Error {
  constructor(
    readonly command: string,
    readonly error: string,
    message: string,
  ) {
    super(`${command}: ${error}: ${message}`);
  }
}

async function call(base: string, method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  const json = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const v = json.value as { error?: string; message?: string } | null;
    throw new WebDriverError(`${method} ${url}`, v?.error ?? String(response.status), v?.message ?? '');
  }
  return json.value;
}

export class Session {
  private constructor(
    private readonly base: string,
    readonly id: string,
  ) {}

  static async create(driverUrl: string, capabilities: Record<string, unknown>): Promise<Session> {
    const value = (await call(driverUrl, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    })) as { sessionId: string };
    return new Session(driverUrl, value.sessionId);
  }

  private cmd(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown): Promise<unknown> {
    return call(this.base, method, `/session/${this.id}${url}`, body);
  }

  async navigate(url: string): Promise<void> {
    await this.cmd('POST', '/url', { url });
  }

  async refresh(): Promise<void> {
    await this.cmd('POST', '/refresh');
  }

  async setTimeouts(t: { script?: number; pageLoad?: number; implicit?: number }): Promise<void> {
    await this.cmd('POST', '/timeouts', t);
  }

  async windowRect(rect?: Partial<Rect>): Promise<Rect> {
    return (await (rect ? this.cmd('POST', '/window/rect', rect) : this.cmd('GET', '/window/rect'))) as Rect;
  }

  /** Runs `body` as a function body in the page; `arguments[i]` are the args. */
  async execute<T>(body: string, ...args: unknown[]): Promise<T> {
    return (await this.cmd('POST', '/execute/sync', { script: body, args })) as T;
  }

  /** Runs `body` as an async function body in the page and returns what it returns (a promise is awaited). */
  async executeAsync<T>(body: string, ...args: unknown[]): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(async () => { ${body} }).then(
        (value) => done({ ok: true, value }),
        (e) => done({ ok: false, error: String((e && e.stack) || e) }),
      );`;
    const r = (await this.cmd('POST', '/execute/async', { script, args })) as
      { ok: true; value: T } | { ok: false; error: string };
    if (!r.ok) throw new Error(`in the page: ${r.error}`);
    return r.value;
  }

  async find(css: string): Promise<ElementRef> {
    return (await this.cmd('POST', '/element', { using: 'css selector', value: css })) as ElementRef;
  }

  async click(el: ElementRef): Promise<void> {
    await this.cmd('POST', `/element/${el[ELEMENT_KEY]}/click`);
  }

  async clear(el: ElementRef): Promise<void> {
    await this.cmd('POST', `/element/${el[ELEMENT_KEY]}/clear`);
  }

  async type(el: ElementRef, text: string): Promise<void> {
    await this.cmd('POST', `/element/${el[ELEMENT_KEY]}/value`, { text });
  }

  /** The viewport as PNG bytes. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from((await this.cmd('GET', '/screenshot')) as string, 'base64');
  }

  async close(): Promise<void> {
    await this.cmd('DELETE', '');
  }
}
