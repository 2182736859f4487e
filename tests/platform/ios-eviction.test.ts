import { describe, expect, it } from 'vitest';
import { evictionRisk, isIosWebKit, type IosEnv } from '../../src/platform/ios-eviction.ts';

// User agents in the exact shapes these browsers send (public UA samples).
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1';
const IPAD_OLD =
  'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1';
// iPadOS 13+ asks for the desktop site by default and sends a Mac user agent.
const MAC_SHAPED =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 13; 22081212C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const LINUX_WEBKIT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15';

const tab = (userAgent: string, maxTouchPoints = 5): IosEnv => ({
  userAgent,
  maxTouchPoints,
  standalone: false,
  displayModeStandalone: false,
});

describe('isIosWebKit', () => {
  it('knows iPhones and iPads, whichever browser app, and iPadOS presenting itself as a Mac', () => {
    expect(isIosWebKit(tab(IPHONE_SAFARI))).toBe(true);
    expect(isIosWebKit(tab(IPHONE_CHROME))).toBe(true);
    expect(isIosWebKit(tab(IPAD_OLD))).toBe(true);
    expect(isIosWebKit(tab(MAC_SHAPED, 5))).toBe(true);
  });

  it('does not take a Mac without a touch screen, Android or desktop WebKit for an iPhone', () => {
    expect(isIosWebKit(tab(MAC_SHAPED, 0))).toBe(false);
    expect(isIosWebKit(tab(MAC_SHAPED, 1))).toBe(false);
    expect(isIosWebKit(tab(ANDROID_CHROME))).toBe(false);
    expect(isIosWebKit(tab(LINUX_WEBKIT, 0))).toBe(false);
  });
});

describe('evictionRisk', () => {
  it('is true in a Safari (or any iOS browser) tab', () => {
    expect(evictionRisk(tab(IPHONE_SAFARI))).toBe(true);
    expect(evictionRisk(tab(IPHONE_CHROME))).toBe(true);
    expect(evictionRisk({ ...tab(IPHONE_SAFARI), standalone: undefined })).toBe(true);
  });

  it('is false once opened from the home screen, by either signal', () => {
    expect(evictionRisk({ ...tab(IPHONE_SAFARI), standalone: true })).toBe(false);
    expect(evictionRisk({ ...tab(IPHONE_SAFARI), displayModeStandalone: true })).toBe(false);
  });

  it('is false off iOS, installed or not', () => {
    expect(evictionRisk(tab(ANDROID_CHROME))).toBe(false);
    expect(evictionRisk(tab(LINUX_WEBKIT, 0))).toBe(false);
  });
});
