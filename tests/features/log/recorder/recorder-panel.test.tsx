// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../../../src/data/db.ts';
import { RecorderPanel } from '../../../../src/features/log/recorder/recorder-panel.tsx';
import { i18n, loadNamespaces } from '../../../../src/i18n/i18n.ts';
import { openFreshDb, renderWithDb } from '../../debts/debts-test-utils.tsx';

let db: YoujuDb;

beforeEach(async () => {
  db = await openFreshDb();
  await loadNamespaces(['recorder']);
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  vi.stubGlobal(
    'MediaRecorder',
    Object.assign(function () {}, { isTypeSupported: () => true }),
  );
});
afterEach(() => {
  cleanup();
  db.close();
  vi.unstubAllGlobals();
});

function denyMicrophone() {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia: () => Promise.reject(Object.assign(new Error('denied'), { name: 'NotAllowedError' })),
    },
  });
}

describe('the recorder without a microphone', () => {
  it('says in Chinese that permission was refused and that logging still works, and stores nothing', async () => {
    denyMicrophone();
    const onSaved = vi.fn();
    const busy: boolean[] = [];
    await renderWithDb(
      <RecorderPanel purpose="log" onSaved={onSaved} onBusyChange={(b) => busy.push(b)} />,
      db,
    );
    fireEvent.click(screen.getByTestId('recorder-start'));
    const alert = await screen.findByTestId('recorder-error');
    expect(alert.getAttribute('data-code')).toBe('permission-denied');
    expect(alert.textContent).toContain('没有麦克风权限');
    expect(alert.textContent).toContain('不录音也可以照常记录');
    // It can be tried again after changing the browser setting.
    expect(screen.getByTestId('recorder-start')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    // A form around it held its Save while the microphone was being asked for, then let go.
    expect(busy).toEqual([false, true, false]);
    expect(await db.table('recordings').count()).toBe(0);
  });

  it('says it in English too', async () => {
    denyMicrophone();
    await renderWithDb(<RecorderPanel purpose="log" onSaved={() => {}} />, db, 'en');
    fireEvent.click(screen.getByTestId('recorder-start'));
    const alert = await screen.findByTestId('recorder-error');
    expect(alert.textContent).toContain('No permission to use the microphone');
    await i18n.changeLanguage('zh-CN');
  });

  it('explains a browser without MediaRecorder instead of failing silently', async () => {
    denyMicrophone();
    vi.stubGlobal('MediaRecorder', undefined);
    await renderWithDb(<RecorderPanel purpose="visit" onSaved={() => {}} />, db);
    fireEvent.click(screen.getByTestId('recorder-start'));
    const alert = await screen.findByTestId('recorder-error');
    expect(alert.getAttribute('data-code')).toBe('no-media-recorder');
    expect(alert.textContent).toContain('手机自带的录音机');
  });
});

/** Just enough MediaRecorder for start/stop without slices. */
class QuietRecorder extends EventTarget {
  static isTypeSupported = () => true;
  state = 'inactive';
  mimeType = 'audio/webm;codecs=opus';
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    setTimeout(() => this.dispatchEvent(new Event('stop')), 0);
  }
}

describe('leaving the screen while the microphone is still opening', () => {
  it('stops the microphone once it opens and keeps nothing to recover', async () => {
    vi.stubGlobal('MediaRecorder', QuietRecorder);
    const track = Object.assign(new EventTarget(), { stop: vi.fn() });
    let open: (stream: unknown) => void = () => undefined;
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => new Promise((resolve) => (open = resolve)) },
    });
    const { unmount } = await renderWithDb(<RecorderPanel purpose="visit" onSaved={() => {}} />, db);
    fireEvent.click(screen.getByTestId('recorder-start'));
    unmount();
    open({ getTracks: () => [track], getAudioTracks: () => [track] });
    await vi.waitFor(() => expect(track.stop).toHaveBeenCalled());
    await vi.waitFor(async () => {
      const rows = (await db.table('recordings').toArray()) as { state: string }[];
      expect(rows.map((r) => r.state)).toEqual(['discarded']);
    });
  });
});
