// Steps shared by the specs, written against the app's data-testid attributes.
import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ARTIFACTS, assert, fail } from './define.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const TABS = ['today', 'log', 'lawful', 'letters', 'my-data'] as const;
export type Tab = (typeof TABS)[number];
/** The screen each of these tabs opens on (its data-testid), once its lazy chunk has loaded. */
export const TAB_SCREENS = { log: 'log-timeline', lawful: 'lawful-hub', letters: 'letters-picker' } as const;
export type ScreenTab = keyof typeof TAB_SCREENS;
export const SCREEN_TABS = Object.keys(TAB_SCREENS) as ScreenTab[];
export const screenOf = (tab: Tab): string | null =>
  tab in TAB_SCREENS ? TAB_SCREENS[tab as ScreenTab] : null;

const byId = (page: Page, id: string) => page.getByTestId(id);

/** Opens the app and waits until either the onboarding or the shell is on screen. */
export async function openApp(page: Page, origin: string, route: Tab = 'today'): Promise<void> {
  await page.goto(`${origin}/#/${route}`);
  await page.locator('[data-testid="onboarding"], [data-testid="nav-today"]').first().waitFor();
}

/** Walks the three onboarding screens if they are showing; returns how many screens were seen. */
export async function skipOnboarding(page: Page): Promise<number> {
  await page.locator('[data-testid="onboarding"], [data-testid="nav-today"]').first().waitFor();
  if (!(await byId(page, 'onboarding').isVisible())) return 0;
  let screens = 1;
  while (!(await byId(page, 'onboarding-done').isVisible())) {
    await byId(page, 'onboarding-next').click();
    screens++;
    assert(screens <= 10, 'onboarding never offered onboarding-done');
  }
  await byId(page, 'onboarding-done').click();
  await byId(page, 'onboarding').waitFor({ state: 'hidden' });
  await byId(page, 'nav-today').waitFor();
  return screens;
}

export async function setLanguage(page: Page, lang: Lang): Promise<void> {
  await byId(page, 'lang-switch').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

export async function currentLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang || 'unknown');
}

export async function gotoTab(page: Page, tab: Tab): Promise<void> {
  await byId(page, `nav-${tab}`).click();
  await page.waitForFunction((t) => location.hash === `#/${t}`, tab);
}

/**
 * Lets finite CSS animations finish: axe measures colour contrast on whatever frame it sees, and a toast fading in
 * would otherwise be judged at half opacity.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 3_000)),
    ]),
  );
}

/** Fails on any serious or critical axe violation (WCAG rules axe runs by default). */
export async function axeCheck(page: Page, label = page.url()): Promise<void> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length === 0) return;
  const lines = bad.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  fail(`axe (${label}):\n  ${lines.join('\n  ')}`);
}

/**
 * A 360×740 screenshot under artifacts/screens/<lang>/<name>.png, for people to look at. `focus` names a
 * data-testid to scroll into view first, so the screenshot shows what the step is about.
 */
export async function shot(page: Page, name: string, focus?: string): Promise<string> {
  const file = path.join(ARTIFACTS, 'screens', await currentLang(page), `${name}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  if (focus) {
    // Top of the element just under the sticky header, rather than wherever minimal scrolling would leave it.
    await byId(page, focus)
      .first()
      .evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        const header = document.querySelector('header');
        window.scrollBy(0, -((header?.getBoundingClientRect().bottom ?? 0) + 12));
      });
  }
  await settleAnimations(page);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

export interface NewDebt {
  creditor: string;
  kind: string;
  principal?: string;
  firstMissed?: string;
}

export async function fillDebtForm(page: Page, debt: NewDebt): Promise<void> {
  const form = byId(page, 'debt-form');
  await form.waitFor();
  await byId(page, 'debt-creditor').fill(debt.creditor);
  await byId(page, 'debt-kind').selectOption(debt.kind);
  if (debt.principal !== undefined) await byId(page, 'debt-principal').fill(debt.principal);
  if (debt.firstMissed !== undefined) await byId(page, 'debt-first-missed').fill(debt.firstMissed);
}

/**
 * Waits until the debts list below Today has loaded (its code comes in its own chunk and its rows from a live
 * query), so a count of its rows means something.
 */
export async function debtsListed(page: Page): Promise<void> {
  await page.locator('[data-testid="debt-item"], [data-testid="debts-empty"]').first().waitFor();
}

/** Adds a debt from the today screen and waits for its row. */
export async function addDebt(page: Page, debt: NewDebt): Promise<void> {
  await debtsListed(page);
  const before = await byId(page, 'debt-item').count();
  await byId(page, 'debt-add').click();
  await fillDebtForm(page, debt);
  await byId(page, 'debt-save').click();
  await byId(page, 'debt-form').waitFor({ state: 'hidden' });
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="debt-item"]').length > n,
    before,
  );
}

export async function debtRowTexts(page: Page): Promise<string[]> {
  return byId(page, 'debt-item').allInnerTexts();
}

/** Exports the case file from "my data" and returns its text. */
export async function exportCase(page: Page): Promise<string> {
  await gotoTab(page, 'my-data');
  const [download] = await Promise.all([page.waitForEvent('download'), byId(page, 'export-case').click()]);
  const file = await download.path();
  return readFile(file, 'utf8');
}

/** Chooses a file in "my data" and waits for either the import summary or the error list. */
export async function chooseImportFile(page: Page, file: string): Promise<'summary' | 'errors'> {
  await gotoTab(page, 'my-data');
  await byId(page, 'import-case-input').setInputFiles(file);
  const shown = page.locator('[data-testid="import-summary"], [data-testid="import-errors"]').first();
  await shown.waitFor();
  return (await byId(page, 'import-errors').isVisible()) ? 'errors' : 'summary';
}

/** Imports a valid case file in the given mode and waits until the import is done. */
export async function importCase(page: Page, file: string, mode: 'replace' | 'merge'): Promise<void> {
  const outcome = await chooseImportFile(page, file);
  if (outcome === 'errors') {
    const errors = await byId(page, 'import-error').allInnerTexts();
    fail(`import of ${path.basename(file)} showed errors:\n  ${errors.join('\n  ')}`);
  }
  const modeControl = byId(page, `import-mode-${mode}`);
  // An empty profile has nothing to replace or merge with, so the screen asks no question then.
  if ((await modeControl.count()) > 0) {
    await chooseMode(modeControl);
  }
  await byId(page, 'import-confirm').click();
  await byId(page, 'import-done').waitFor();
}

async function chooseMode(modeControl: ReturnType<Page['getByTestId']>): Promise<void> {
  // A radio button or a plain button: both are fine for the contract.
  const isToggle = await modeControl.evaluate((el) => el instanceof HTMLInputElement);
  if (isToggle) await modeControl.check();
  else await modeControl.click();
}
