// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../../../src/data/db.ts';
import { RecorderPanel } from '../../../../src/features/log/recorder/recorder-panel.tsx';
import { i18n, loadNamespaces } from '../../../../src/i18n/i18n.ts';
import { openFreshDb, renderWithDb } from '../../debts/debts-test-utils.tsx';

let db: YoujuDb;

/** A MediaRecorder that hands over one slice of sound once started, as Safari's does (MP4). */
class OneSliceRecorder extends EventTarget {
  static isTypeSupported = (type: string) => type.startsWith('audio/mp4');
  state = 'inactive';
  mimeType = 'audio/mp4; codecs=mp4a';
  start() {
    this.state = 'recording';
    setTimeout(() => {
      const event = Object.assign(new Event('dataavailable'), {
        data: new Blob(['sound'], { type: 'audio/mp4' }),
      });
      this.dispatchEvent(event);
    }, 0);
  }
  stop() {
    this.state = 'inactive';
    setTimeout(() => this.dispatchEvent(new Event('stop')), 0);
  }
}

beforeEach(async () => {
  db = await openFreshDb();
  await i18n.changeLanguage('zh-CN');
  await loadNamespaces(['recorder']);
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  vi.stubGlobal('MediaRecorder', OneSliceRecorder);
  const track = Object.assign(new EventTarget(), { stop: vi.fn() });
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia: () => Promise.resolve({ getTracks: () => [track], getAudioTracks: () => [track] }),
    },
  });
});
afterEach(() => {
  cleanup();
  db.close();
  vi.unstubAllGlobals();
});

/** Every slice write fails with `error`, as the engine reports it. */
function refuseSlices(error: DOMException) {
  db.table('recordingSlices').hook('creating', () => {
    throw error;
  });
}

async function recordOnce(lng: 'zh-CN' | 'en' = 'zh-CN'): Promise<string> {
  await renderWithDb(<RecorderPanel purpose="log" onSaved={() => {}} />, db, lng);
  await loadNamespaces(['recorder']);
  fireEvent.click(screen.getByTestId('recorder-start'));
  const note = await screen.findByText((_, el) => el?.className === 'recorder-note');
  return note.textContent ?? '';
}

describe('a recording the browser will not store', () => {
  it('says the browser refused it (private browsing), not that the phone is full', async () => {
    refuseSlices(
      new DOMException('Error preparing Blob/File data to be stored in object store', 'UnknownError'),
    );
    const text = await recordOnce();
    expect(text).toContain('浏览器没能把录音存进本机');
    expect(text).toContain('无痕浏览');
    expect(text).not.toContain('存储空间不足');
  });

  it('still says the phone is full when the quota is used up', async () => {
    refuseSlices(new DOMException('quota', 'QuotaExceededError'));
    const text = await recordOnce();
    expect(text).toContain('存储空间不足');
  });

  it('says it in English too', async () => {
    refuseSlices(
      new DOMException('Error preparing Blob/File data to be stored in object store', 'UnknownError'),
    );
    expect(await recordOnce('en')).toContain('private (incognito) window');
    await i18n.changeLanguage('zh-CN');
  });
});
