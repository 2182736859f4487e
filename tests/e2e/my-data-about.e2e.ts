// My data in the built app: the version from package.json, the licence and a working link to this site's own
// source; the firmer backup nudge once seven records exist and none was ever backed up; the note to export before
// switching phones or sites. Screenshots at 360×740 in both languages, each axe-checked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  LANGS,
  axeCheck,
  gotoTab,
  importCase,
  openApp,
  setLanguage,
  shot,
  skipOnboarding,
} from './lib/app.ts';
import { REPO_ROOT, assert, assertEqual, e2e } from './lib/define.ts';
import { creditCardFixture } from './lib/fixtures.ts';

const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

export const myDataShowsVersionSourceAndNudge = e2e(
  async ({ page, origin }) => {
    await openApp(page, origin);
    await skipOnboarding(page);
    // Seven records, never backed up: past the nudge's five records, and "never" counts as old.
    await importCase(page, creditCardFixture(), 'replace');
    await gotoTab(page, 'my-data');
    const reminder = page.getByTestId('backup-reminder');
    await reminder.waitFor();
    assertEqual(await reminder.getAttribute('data-level'), 'nudge', 'the reminder level');

    const link = page.getByTestId('source-link');
    assertEqual(await link.getAttribute('href'), 'source.zip', 'the source link is relative');
    const source = await page.evaluate(async () => {
      const a = document.querySelector<HTMLAnchorElement>('[data-testid="source-link"]');
      const r = await fetch(a?.href ?? '');
      const head = new Uint8Array(await r.arrayBuffer()).slice(0, 2);
      return { url: r.url, status: r.status, magic: String.fromCharCode(...head) };
    });
    assertEqual(source, { url: `${origin}/source.zip`, status: 200, magic: 'PK' }, 'the source archive');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assertEqual(download.suggestedFilename(), `youju-${version}-source.zip`, 'the source download name');

    for (const lang of LANGS) {
      await setLanguage(page, lang);
      const shown = await page.getByTestId('app-version').innerText();
      assert(shown.includes(version), `${lang}: the version is shown (${shown})`);
      assert(
        (await page.getByTestId('about-section').innerText()).includes('AGPL-3.0-or-later'),
        `${lang}: the licence is named`,
      );
      assert((await page.getByTestId('move-note').innerText()).length > 40, `${lang}: the move note`);
      await shot(page, 'my-data-nudge', 'pack-section');
      await axeCheck(page, `my data (nudge), ${lang}`);
      await shot(page, 'my-data-about', 'about-section');
      await axeCheck(page, `my data (about), ${lang}`);
    }
  },
  { timeoutMs: 180_000 },
);
