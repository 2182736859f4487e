// Fault injection for the fault specs: a disk that fills up, and a tab that dies in the middle of a
// write, both inside the real Chromium IndexedDB. An init script wraps IDBObjectStore.prototype.put/add in every
// page of the context; nothing happens until a test sets a plan on window with setFaults().
import type { BrowserContext, Page } from 'playwright-core';
import { assert } from './define.ts';
import { readStore } from './evidence.ts';

export interface FaultPlan {
  /** Object stores whose writes are affected; an empty list means every store. */
  readonly stores: readonly string[];
  /** How many writes to those stores succeed before the fault strikes. */
  readonly after: number;
  /**
   * 'quota': the write throws QuotaExceededError, as Chromium does when the origin's quota is used up.
   * 'hold': the write is issued, then its transaction is kept open for `holdMs` and the page says so on the
   * console, so that the test can close the page with the transaction still open.
   */
  readonly kind: 'quota' | 'hold';
  readonly holdMs?: number;
}

/** The console line a held page prints just before it stops. */
export const HOLD_SIGNAL = 'youju-fault:holding';

declare global {
  interface Window {
    __youjuFaults?: FaultPlan & { seen: number; struck: number };
  }
}

function injected(signal: string): void {
  const wrap = (method: 'put' | 'add') => {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      const plan = window.__youjuFaults;
      if (plan && (plan.stores.length === 0 || plan.stores.includes(this.name))) {
        plan.seen += 1;
        if (plan.seen > plan.after) {
          plan.struck += 1;
          if (plan.kind === 'quota') {
            throw new DOMException(
              'The quota has been exceeded (injected by the e2e test).',
              'QuotaExceededError',
            );
          }
          if (plan.struck === 1) {
            const request = original.apply(this, args);
            // Keep the transaction open without blocking the page: a chain of small reads on it, and no early
            // commit(), so that closing the page lands while this write is issued and not committed.
            const tx = this.transaction;
            Object.defineProperty(tx, 'commit', { value: () => undefined });
            const until = performance.now() + (plan.holdMs ?? 10_000);
            const keepOpen = (store: IDBObjectStore) => {
              if (performance.now() >= until) return;
              store.count().onsuccess = () => keepOpen(store);
            };
            keepOpen(this);
            console.log(signal);
            return request;
          }
        }
      }
      return original.apply(this, args);
    };
  };
  wrap('put');
  wrap('add');
}

/** Installs the wrapper in every page of the context opened from now on. */
export async function installFaults(context: BrowserContext): Promise<void> {
  // tsx keeps function names through an `__name` helper that the page does not have; define a stand-in.
  await context.addInitScript({
    content: `var __name = (f) => f;\n(${injected.toString()})(${JSON.stringify(HOLD_SIGNAL)});`,
  });
}

export async function setFaults(page: Page, plan: FaultPlan | null): Promise<void> {
  await page.evaluate((p) => {
    if (p) window.__youjuFaults = { ...p, seen: 0, struck: 0 };
    else delete window.__youjuFaults;
  }, plan);
}

/** How many writes the current plan has refused or held. */
export async function faultsStruck(page: Page): Promise<number> {
  return page.evaluate(() => window.__youjuFaults?.struck ?? 0);
}

export const STORES = [
  'meta',
  'debts',
  'entries',
  'attachments',
  'mediaChunks',
  'settings',
  'chain',
  'recordings',
  'recordingSlices',
] as const;

export type Dump = Record<(typeof STORES)[number], Record<string, unknown>[]>;

/** Every row of every store, as raw IndexedDB returns them (Blobs as their size and type). */
export async function dumpDb(page: Page): Promise<Dump> {
  const dump: Partial<Dump> = {};
  for (const store of STORES) dump[store] = await readStore(page, store);
  return dump as Dump;
}

/** Names the stores whose rows differ, with their row counts. */
export function diffDumps(before: Dump, after: Dump, ignore: readonly string[] = []): string[] {
  return STORES.filter((s) => !ignore.includes(s)).flatMap((s) =>
    JSON.stringify(before[s]) === JSON.stringify(after[s])
      ? []
      : [`${s}: ${before[s].length} rows before, ${after[s].length} after`],
  );
}

export function assertSameDb(before: Dump, after: Dump, what: string, ignore: readonly string[] = []): void {
  const diff = diffDumps(before, after, ignore);
  assert(diff.length === 0, `${what}: the database changed:\n  ${diff.join('\n  ')}`);
}

/**
 * Starts an action, waits until the page says it is holding inside a write, then closes the page as a crash
 * would (no unload handlers). The action is not awaited first: the page may be too busy to answer it.
 */
export async function closeWhenHeld(page: Page, start: () => Promise<void>): Promise<void> {
  const held = page.waitForEvent('console', {
    predicate: (m) => m.text() === HOLD_SIGNAL,
    timeout: 60_000,
  });
  const started = start().catch(() => undefined);
  await held;
  await page.close({ runBeforeUnload: false });
  await started;
}
