import type { StaticServer } from '../../e2e/lib/static-server.ts';
import { miniBrowser } from './driver.ts';
import { Page } from './page.ts';
import { Session } from './webdriver.ts';

export interface OpenOptions {
  /** Presents the browser as another, e.g. Safari on an iPhone. */
  readonly userAgent?: string;
  /** WebKit's mock microphone, with the permission granted (WebKitSettings enable-mock-capture-devices). */
  readonly mockMicrophone?: boolean;
}

export interface WkContext {
  /** Opens a fresh MiniBrowser profile; the runner closes whatever is still open when the test ends. */
  readonly open: (options?: OpenOptions) => Promise<Page>;
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

/** A MiniBrowser session: a fresh profile each time (STYLE.md §3). */
export async function openSession(
  driverUrl: string,
  origin: string,
  options: OpenOptions = {},
): Promise<Page> {
  const args = [
    '--automation',
    ...(options.userAgent ? [`--user-agent=${options.userAgent}`] : []),
    ...(options.mockMicrophone ? ['--enable-media-stream=true', '--enable-mock-capture-devices=true'] : []),
  ];
  const session = await Session.create(driverUrl, {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: miniBrowser(), args },
  });
  await session.setTimeouts({ script: 60_000, pageLoad: 30_000 });
  return new Page(session, origin);
}
