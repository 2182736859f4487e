import type { StaticServer } from '../../e2e/lib/static-server.ts';
import { MINIBROWSER } from './driver.ts';
import { Page } from './page.ts';
import { Session } from './webdriver.ts';

export interface WkContext {
  /** Opens a fresh MiniBrowser profile; the runner closes whatever is still open when the test ends. */
  readonly open: (options?: { readonly userAgent?: string }) => Promise<Page>;
  /** Closes the profile a page belongs to (one session at a time: WebKitWebDriver drives one browser). */
  readonly close: (page: Page) => Promise<void>;
  readonly origin: string;
  readonly server: StaticServer;
}

export interface WkTest {
  readonly kind: 'youju-webkit';
  readonly timeoutMs: number;
  readonly run: (t: WkContext) => Promise<void>;
}

/** A spec file (tests/e2e-webkit/*.wk.ts) exports each test as a named constant. */
export function wk(run: (t: WkContext) => Promise<void>, options: { timeoutMs?: number } = {}): WkTest {
  return { kind: 'youju-webkit', timeoutMs: options.timeoutMs ?? 180_000, run };
}

export function isWkTest(value: unknown): value is WkTest {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'youju-webkit';
}

/** A MiniBrowser session: a fresh profile each time (STYLE.md §3); `userAgent` lets it present as an iPhone. */
export async function openSession(driverUrl: string, origin: string, userAgent?: string): Promise<Page> {
  const args = ['--automation', ...(userAgent ? [`--user-agent=${userAgent}`] : [])];
  const session = await Session.create(driverUrl, {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args },
  });
  await session.setTimeouts({ script: 60_000, pageLoad: 30_000 });
  return new Page(session, origin);
}
