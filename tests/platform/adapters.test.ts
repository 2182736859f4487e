// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { localDateOf, todayIn } from '../../src/platform/clock.ts';
import { isMobile, saveTextFile, type SaveEnv } from '../../src/platform/download.ts';
import { createIdGen } from '../../src/platform/id.ts';
import { estimateStorage, persistenceStatus, requestPersistence } from '../../src/platform/storage.ts';

const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36';

function env(nav: SaveEnv['navigator']): SaveEnv & { clicks: string[] } {
  const clicks: string[] = [];
  const document = window.document;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(`${this.download}@${this.href}`);
  });
  return {
    navigator: nav,
    document,
    createObjectURL: () => 'blob:x',
    revokeObjectURL: () => undefined,
    clicks,
  };
}

describe('saveTextFile', () => {
  it('downloads through <a download> on a desktop even where share exists', async () => {
    const share = vi.fn();
    const e = env({ userAgent: DESKTOP, maxTouchPoints: 0, share, canShare: () => true });
    expect(await saveTextFile('a.json', '{}', 'application/json', e)).toBe('downloaded');
    expect(share).not.toHaveBeenCalled();
    expect(e.clicks).toEqual(['a.json@blob:x']);
  });

  it('shares the file on a phone that can share files', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    const e = env({ userAgent: ANDROID, maxTouchPoints: 5, share, canShare: () => true });
    expect(await saveTextFile('a.json', '{"x":1}', 'application/json', e)).toBe('shared');
    const file = (share.mock.calls[0]?.[0] as { files: File[] }).files[0];
    expect(file?.name).toBe('a.json');
    expect(await file?.text()).toBe('{"x":1}');
    expect(e.clicks).toEqual([]);
  });

  it('treats a closed share sheet as a choice, not an error, and does not download', async () => {
    const share = vi.fn().mockRejectedValue(new DOMException('cancelled', 'AbortError'));
    const e = env({ userAgent: ANDROID, maxTouchPoints: 5, share, canShare: () => true });
    expect(await saveTextFile('a.json', '{}', 'application/json', e)).toBe('cancelled');
    expect(e.clicks).toEqual([]);
  });

  it('falls back to a download when sharing fails or cannot take files', async () => {
    const share = vi.fn().mockRejectedValue(new DOMException('no activation', 'NotAllowedError'));
    const e = env({ userAgent: ANDROID, maxTouchPoints: 5, share, canShare: () => true });
    expect(await saveTextFile('a.json', '{}', 'application/json', e)).toBe('downloaded');
    const e2 = env({ userAgent: ANDROID, maxTouchPoints: 5, share, canShare: () => false });
    expect(await saveTextFile('b.json', '{}', 'application/json', e2)).toBe('downloaded');
  });

  it('recognises iPadOS, which reports itself as a Mac with touch', () => {
    expect(
      isMobile({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', maxTouchPoints: 5 }),
    ).toBe(true);
    expect(
      isMobile({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', maxTouchPoints: 0 }),
    ).toBe(false);
  });
});

describe('storage', () => {
  it('reports unsupported where the API is missing', async () => {
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await persistenceStatus({})).toBe('unsupported');
    expect(await estimateStorage({})).toBeNull();
  });

  it('asks only when not yet persistent and maps the answer', async () => {
    const persist = vi.fn().mockResolvedValue(false);
    expect(await requestPersistence({ persisted: async () => false, persist })).toBe('denied');
    expect(persist).toHaveBeenCalledOnce();
    const persist2 = vi.fn();
    expect(await requestPersistence({ persisted: async () => true, persist: persist2 })).toBe('granted');
    expect(persist2).not.toHaveBeenCalled();
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('x')) })).toBe('denied');
  });

  it('estimates usage and quota', async () => {
    expect(await estimateStorage({ estimate: async () => ({ usage: 5, quota: 10 }) })).toEqual({
      usage: 5,
      quota: 10,
    });
    expect(await estimateStorage({ estimate: async () => ({}) })).toBeNull();
  });
});

describe('ids and clock', () => {
  it('makes short prefixed ids from a UUID', () => {
    const gen = createIdGen(() => '3f9a1c2e-7b4d-4c1a-9e2f-0123456789ab');
    expect(gen.next('d')).toBe('d-3f9a1c2e');
    expect(createIdGen().next('e')).toMatch(/^e-[0-9a-f]{8}$/);
  });

  it('gives the calendar day in the case zone, not the machine zone', () => {
    const instant = Date.parse('2026-11-02T16:30:00Z'); // 00:30 on Nov 3 in Shanghai
    expect(localDateOf(instant, 'Asia/Shanghai')).toBe('2026-11-03');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-11-02');
    expect(todayIn('Asia/Shanghai', { now: () => instant })).toBe('2026-11-03');
  });
});
