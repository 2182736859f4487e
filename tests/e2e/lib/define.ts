import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './static-server.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const ARTIFACTS = path.join(REPO_ROOT, 'artifacts');

export interface E2eContext {
  /** A fresh persistent Chromium profile per test (installability and service workers need a real profile). */
  readonly context: BrowserContext;
  readonly page: Page;
  /** e.g. http://127.0.0.1:4173 */
  readonly origin: string;
  readonly server: StaticServer;
  /** Requests to any origin other than the app's seen so far in this test (the runner fails the test on any). */
  readonly foreignRequests: readonly string[];
}

export interface E2eOptions {
  readonly timeoutMs?: number;
  /** navigator.language of the profile; the app picks its first language from it. */
  readonly locale?: string;
  /** Extra Chromium switches for this test only, e.g. FAKE_MICROPHONE. */
  readonly browserArgs?: readonly string[];
}

/** Chromium's fake microphone (a tone) with the permission prompt answered yes (STYLE.md §3). */
export const FAKE_MICROPHONE: readonly string[] = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export interface E2eTest {
  readonly kind: 'youju-e2e';
  readonly timeoutMs: number;
  readonly locale: string;
  readonly browserArgs?: readonly string[];
  readonly run: (t: E2eContext) => Promise<void>;
}

/** A spec file exports each test as a named constant: `export const addsADebt = e2e(async (t) => { ... })`. */
export function e2e(run: (t: E2eContext) => Promise<void>, options: E2eOptions = {}): E2eTest {
  return {
    kind: 'youju-e2e',
    timeoutMs: options.timeoutMs ?? 90_000,
    locale: options.locale ?? 'zh-CN',
    ...(options.browserArgs ? { browserArgs: options.browserArgs } : {}),
    run,
  };
}

export function isE2eTest(value: unknown): value is E2eTest {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'youju-e2e';
}

export function fail(message: string): never {
  throw new Error(message);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}
