// The no-network promise (STYLE.md §2.12): no request ever leaves the app's origin, and the CSP would stop one
// that tried.
import {
  screenOf,
  TABS,
  addDebt,
  chooseImportFile,
  exportCase,
  gotoTab,
  openApp,
  setLanguage,
  skipOnboarding,
} from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';
import { creditCardFixture, invalidFixture } from './lib/fixtures.ts';

export const noRequestLeavesTheOrigin = e2e(async ({ page, origin, foreignRequests }) => {
  await openApp(page, origin);
  await skipOnboarding(page);
  await addDebt(page, { creditor: '某消费金融公司', kind: 'consumer-finance', principal: '5000' });
  for (const lang of ['en', 'zh-CN'] as const) {
    await setLanguage(page, lang);
    for (const tab of TABS) {
      await gotoTab(page, tab);
      const screen = screenOf(tab);
      if (screen) await page.getByTestId(screen).waitFor();
    }
  }
  await exportCase(page);
  assertEqual(await chooseImportFile(page, creditCardFixture()), 'summary', 'valid fixture outcome');
  await page.reload();
  await page.getByTestId('nav-today').waitFor();
  assertEqual(
    await chooseImportFile(page, invalidFixture('several-errors.json').file),
    'errors',
    'invalid outcome',
  );
  await gotoTab(page, 'today');
  await page.getByTestId('debt-item').first().getByTestId('debt-edit').click();
  await page.getByTestId('debt-form').waitFor();
  assertEqual(foreignRequests, [], 'requests to other origins');
});

export const cspBlocksCrossOriginFetch = e2e(async ({ page, context, origin }) => {
  await openApp(page, origin);
  const csp = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
  );
  for (const directive of [
    "default-src 'self'",
    "connect-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
  ]) {
    assert(csp.includes(directive), `CSP meta has ${directive}: ${csp}`);
  }
  // Offline too, so that even a broken CSP could not reach the network from this test.
  await context.setOffline(true);
  const outcome = await page.evaluate(async () => {
    const violations: { blockedURI: string; directive: string }[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push({ blockedURI: e.blockedURI, directive: e.effectiveDirective }),
    );
    let rejected = false;
    try {
      await fetch('https://example.com/');
    } catch {
      rejected = true;
    }
    // The violation event is queued as a task; let it run.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { rejected, violations };
  });
  assert(outcome.rejected, 'the cross-origin fetch was rejected');
  assert(
    outcome.violations.some(
      (v) => v.directive === 'connect-src' && v.blockedURI.startsWith('https://example.com'),
    ),
    `a connect-src violation was reported: ${JSON.stringify(outcome.violations)}`,
  );
});
