// The recorder end to end: record 6 s with the fake microphone, close the page mid-recording, reopen, recover; the
// recovered audio decodes (≥ 4 s) and is in the hash chain, which still verifies. Discard asks first. Recorder and
// recovery screens are screenshotted and axe-checked in both languages.
import type { Page } from 'playwright-core';
import { axeCheck, openApp, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { FAKE_MICROPHONE, assert, assertEqual, e2e } from './lib/define.ts';
import { decodeStoredAudio, readStore, verifyStoredChainFromPage } from './lib/evidence.ts';

async function check(page: Page, name: string, focus?: string): Promise<void> {
  await shot(page, name, focus);
  await axeCheck(page, name);
}

/** Seconds shown by the running timer (m:ss). */
async function elapsedSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('recorder-elapsed').first().textContent()) ?? '';
  const [m = '0', s = '0'] = text.trim().split(':');
  return Number(m) * 60 + Number(s);
}

function recoverIn(lang: Lang) {
  return e2e(
    async ({ context, page, origin }) => {
      await context.grantPermissions(['microphone'], { origin });
      await openApp(page, origin);
      await skipOnboarding(page);
      const linksBefore = (await readStore(page, 'chain')).length;

      // Visit mode starts recording at once; the panel's banner and timer are what a user sees while recording.
      await page.getByTestId('visit-open').click();
      await page.getByTestId('recorder-recording').waitFor();
      await page.getByTestId('recorder-banner').waitFor();
      await check(page, 'recorder-recording');
      await page.waitForFunction(
        () => {
          const [m = '0', s = '0'] = (
            document.querySelector('[data-testid="recorder-elapsed"]')?.textContent ?? ''
          ).split(':');
          return Number(m) * 60 + Number(s) >= 6;
        },
        undefined,
        { timeout: 20_000 },
      );
      assert((await elapsedSeconds(page)) >= 6, 'recorded at least 6 s');
      const recordings = await readStore(page, 'recordings');
      assertEqual(recordings.length, 1, 'one recording row');
      const rec = recordings[0] as { id: string; state: string; startedAt: number; lastSliceAt: number };
      assertEqual(rec.state, 'recording', 'row state while recording');
      const slices = (await readStore(page, 'recordingSlices')).filter((s) => s.recordingId === rec.id);
      assert(slices.length >= 5, `slices are stored as they arrive (got ${slices.length} after 6 s)`);

      // The tab dies mid-recording: no unload handlers, no stop().
      await page.close({ runBeforeUnload: false });
      const again = await context.newPage();
      await again.goto(`${origin}/#/today`);
      const item = again.locator(`[data-testid="recovery-item"][data-recording-id="${rec.id}"]`);
      await item.waitFor();
      await check(again, 'recovery', 'recovery');

      // Discard asks first; keeping it changes nothing.
      await item.getByTestId('recovery-discard').click();
      await item.getByTestId('recovery-discard-confirm').waitFor();
      await check(again, 'recovery-discard-confirm', 'recovery');
      await item.getByTestId('recovery-discard-cancel').click();
      assertEqual((await readStore(again, 'recordings')).length, 1, 'the recording is kept after "keep"');

      await item.getByTestId('recovery-recover').click();
      await again.getByTestId('recovery-done').waitFor({ timeout: 30_000 });
      await check(again, 'recovery-done', 'recovery');

      const { rows, verdict } = await verifyStoredChainFromPage(again);
      assert(verdict.ok, `the stored chain verifies: ${JSON.stringify(verdict)}`);
      assert(rows.length >= linksBefore + 2, 'the chain head moved by the attachment and the note');
      const attachment = rows.find((r) => r.kind === 'attachment');
      assert(attachment, 'the recovered recording is sealed in the chain');
      const record = attachment.record as {
        sha256: string;
        source: string;
        type?: string;
        recovered?: { lastSliceAt: string };
      };
      assertEqual(record.source, 'recording', 'attachment source');
      assert(record.recovered?.lastSliceAt, 'the attachment says where the recording was cut off');
      const note = rows.find((r) => r.kind === 'entry');
      const entry = note?.record as { kind: string; notes?: string; attachments?: { sha256: string }[] };
      assertEqual(entry.kind, 'note', 'a note entry explains the cut');
      assertEqual(entry.attachments?.[0]?.sha256, record.sha256, 'the note carries the recording');
      assert((entry.notes ?? '').length > 0, 'the note says when the recording was cut off');

      const decoded = await decodeStoredAudio(again, record.sha256);
      assertEqual(decoded.sha256, record.sha256, 'stored bytes hash to the sealed sha256');
      assert(
        decoded.duration !== null && decoded.duration >= 4,
        `the recovered audio decodes to ≥ 4 s (got ${decoded.duration ?? decoded.error})`,
      );
      const left = (await readStore(again, 'recordings')).filter(
        (r) => r.state === 'recording' || r.state === 'stopped',
      );
      assertEqual(left.length, 0, 'nothing is left to recover');
      await again.getByTestId('recovery-item').waitFor({ state: 'detached' });
    },
    {
      timeoutMs: 150_000,
      locale: lang === 'en' ? 'en-US' : 'zh-CN',
      browserArgs: FAKE_MICROPHONE,
    },
  );
}

export const recorderRecoverZhCN = recoverIn('zh-CN');
export const recorderRecoverEn = recoverIn('en');

/** The panel as the log form embeds it: start, a running timer, stop → stored and read back → "saved". */
function panelIn(lang: Lang) {
  return e2e(
    async ({ context, page, origin }) => {
      await context.grantPermissions(['microphone'], { origin });
      await openApp(page, origin);
      await skipOnboarding(page);
      await page.goto(`${origin}/#/log/new?kind=call`);
      const panel = page.getByTestId('recorder-panel');
      await panel.waitFor();
      await check(page, 'recorder-idle', 'recorder-panel');
      await panel.getByTestId('recorder-start').click();
      await panel.getByTestId('recorder-recording').waitFor();
      await page.waitForTimeout(3_500);
      await check(page, 'recorder-panel-recording', 'recorder-panel');
      await panel.getByTestId('recorder-stop').click();
      await panel.getByTestId('recorder-saved').waitFor({ timeout: 30_000 });
      await check(page, 'recorder-saved', 'recorder-panel');

      const stored = (await readStore(page, 'attachments')).filter((a) => a.source === 'recording');
      assertEqual(stored.length, 1, 'one recording attachment stored');
      const sha = String(stored[0]?.sha256);
      const decoded = await decodeStoredAudio(page, sha);
      assertEqual(decoded.sha256, sha, 'stored bytes hash to the attachment sha256');
      assert(
        decoded.duration !== null && decoded.duration >= 2,
        `the saved recording decodes (got ${decoded.duration ?? decoded.error})`,
      );
      const open = (await readStore(page, 'recordings')).filter(
        (r) => r.state === 'recording' || r.state === 'stopped',
      );
      assertEqual(open.length, 0, 'a saved recording is not offered for recovery');
      assertEqual((await readStore(page, 'recordingSlices')).length, 0, 'its slices are gone');
      assertEqual(await page.getByTestId('recovery').count(), 0, 'no recovery card');
    },
    {
      timeoutMs: 120_000,
      locale: lang === 'en' ? 'en-US' : 'zh-CN',
      browserArgs: FAKE_MICROPHONE,
    },
  );
}

export const recorderPanelZhCN = panelIn('zh-CN');
export const recorderPanelEn = panelIn('en');
