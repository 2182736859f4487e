/**
 * Whether this copy of the app runs where Safari may delete its data: iOS and iPadOS WebKit in a browser tab.
 * Safari deletes a site's script-writable storage (IndexedDB, localStorage, service-worker registration) after
 * seven days of Safari use without a visit to the site; a web app added to the home screen is exempt
 * (WebKit blog, "Full Third-Party Cookie Blocking and More", 2020-03-24; see docs/architecture.md, "iPhone").
 * Every browser on an iPhone is WebKit, so Chrome or Edge for iOS carry the same risk. Only a real iPhone can show
 * the deletion itself; this module is the detection, tested against the shapes iOS reports.
 */

export interface IosEnv {
  readonly userAgent: string;
  /** navigator.maxTouchPoints: tells an iPad asking for the desktop site (a Mac user agent) from a Mac. */
  readonly maxTouchPoints: number;
  /** Safari's own flag for a page opened from the home screen (navigator.standalone, iOS only). */
  readonly standalone: boolean | undefined;
  /** matchMedia('(display-mode: standalone)') — also true in a home-screen web app. */
  readonly displayModeStandalone: boolean;
}

/** iPhone, iPod and iPad user agents, and iPadOS 13+ which presents itself as a Mac but has a touch screen. */
export function isIosWebKit(env: Pick<IosEnv, 'userAgent' | 'maxTouchPoints'>): boolean {
  if (/\b(iPhone|iPod|iPad)\b/.test(env.userAgent)) return true;
  return /\bMacintosh\b/.test(env.userAgent) && env.maxTouchPoints > 1;
}

/** True in an iOS/iPadOS browser tab; false on the home screen and everywhere else. */
export function evictionRisk(env: IosEnv): boolean {
  if (!isIosWebKit(env)) return false;
  return env.standalone !== true && !env.displayModeStandalone;
}

/** The live environment; safe where navigator or matchMedia is missing (tests, old engines). */
export function currentIosEnv(): IosEnv {
  const nav: (Navigator & { standalone?: boolean }) | undefined =
    typeof navigator === 'undefined' ? undefined : navigator;
  return {
    userAgent: nav?.userAgent ?? '',
    maxTouchPoints: nav?.maxTouchPoints ?? 0,
    standalone: nav?.standalone,
    displayModeStandalone: standaloneDisplay(),
  };
}

function standaloneDisplay(): boolean {
  try {
    return globalThis.matchMedia?.('(display-mode: standalone)').matches ?? false;
  } catch {
    return false;
  }
}
