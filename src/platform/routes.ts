import { ENTRY_KINDS, type EntryKind } from '../domain/case/types.ts';
import { CLAIM_IDS, type ClaimId } from '../domain/rules/claim-ids.ts';
import { TOPICS, type Topic } from '../domain/rules/rule.ts';

/**
 * Every address of the app, said once: the typed route, the one parser (hash → route) and the one serializer
 * (route → hash), with a builder per screen. A hash router needs no server rewrites and works from the service
 * worker's cache. Features link with `routes.<area>.<screen>(…)` and read the current route with `useRoute()`
 * (use-route.ts); nothing else reads or writes `location.hash`. See docs/architecture.md.
 *
 * Anything the parser does not recognise falls back to the nearest screen it does (an unknown sub-path to its area's
 * first screen, an unknown area to Today), so an old or mistyped link never leaves the user on a blank page.
 */

/**
 * The "I just received…" flows, in the order the chooser shows them (data-testid `received-<id>`). Only the ids live
 * here, because the first screen parses them from the hash; the steps are in features/today/received-specs.ts.
 */
export const RECEIVED_FLOWS = [
  'sued-sms',
  'court-papers',
  'payment-order',
  'public-notice',
  'arbitration-award',
  'mediation-notice',
  'lawyer-letter',
  'debt-sold',
  'credit-error',
] as const;
export type ReceivedFlow = (typeof RECEIVED_FLOWS)[number];

/** Today: the list, one debt's stage, an "I just received…" flow, the calm help page. */
export type TodayView =
  | { readonly kind: 'list' }
  | { readonly kind: 'debt'; readonly debtId: string }
  | { readonly kind: 'received'; readonly flow?: ReceivedFlow }
  | { readonly kind: 'support' };

/** The log: the timeline (of one debt), the new-entry form, an entry with its history, the form for a correction. */
type LogView =
  | { readonly view: 'timeline'; readonly debtId?: string }
  | { readonly view: 'new'; readonly kind?: EntryKind; readonly debtId?: string }
  | { readonly view: 'entry'; readonly id: string }
  | { readonly view: 'amend'; readonly id: string };

/** "Is this lawful?": the hub, the rule catalogue (by topic), the claims checker; an unknown claim id is `null`. */
type LawfulView =
  | { readonly kind: 'hub' }
  | { readonly kind: 'rules'; readonly topic?: Topic }
  | { readonly kind: 'claims' }
  | { readonly kind: 'claim'; readonly id: ClaimId | null };

/** "Check my log" over the whole case or one debt; it sits under the lawful tab. */
type FindingsView = { readonly kind: 'overall' } | { readonly kind: 'debt'; readonly debtId: string };

/** Letters: the picker (a debt preselected), a letter's composer, the cost check. */
export type LettersView =
  | { readonly kind: 'picker'; readonly debtId?: string }
  | { readonly kind: 'cost' }
  | { readonly kind: 'letter'; readonly templateId: string; readonly debtId?: string };

export type Route =
  | { readonly area: 'today'; readonly view: TodayView }
  | { readonly area: 'log'; readonly view: LogView }
  | { readonly area: 'lawful'; readonly view: LawfulView }
  | { readonly area: 'findings'; readonly view: FindingsView }
  | { readonly area: 'letters'; readonly view: LettersView }
  | { readonly area: 'my-data' }
  /** The app lock's settings (features/lock), reached from My data. */
  | { readonly area: 'lock' }
  /** Full-screen visit mode, outside the bottom navigation. */
  | { readonly area: 'visit' };
type Area = Route['area'];

/** The five tabs of the bottom navigation, in order. */
export const TABS = ['today', 'log', 'lawful', 'letters', 'my-data'] as const;
export type Tab = (typeof TABS)[number];

/** A hash made by this module; `navigate()` takes nothing else, so no screen hand-writes an address. */
export type Href = string & { readonly __href: true };

const TAB_OF: Readonly<Record<Area, Tab | null>> = {
  today: 'today',
  log: 'log',
  lawful: 'lawful',
  findings: 'lawful',
  letters: 'letters',
  'my-data': 'my-data',
  lock: 'my-data',
  visit: null,
};

/** The areas that have screens of their own, and each one's view type. */
interface Views {
  readonly today: TodayView;
  readonly log: LogView;
  readonly lawful: LawfulView;
  readonly findings: FindingsView;
  readonly letters: LettersView;
}
export type ViewArea = keyof Views;
export type ViewOf<A extends ViewArea> = Views[A];

const FIRST_VIEW: Views = {
  today: { kind: 'list' },
  log: { view: 'timeline' },
  lawful: { kind: 'hub' },
  findings: { kind: 'overall' },
  letters: { kind: 'picker' },
};

/** What an area shows: the route's own view when the route is in that area, else the area's first screen. */
export function viewIn<A extends ViewArea>(route: Route, area: A): Views[A] {
  // TypeScript cannot narrow a union by a generic key; the equal areas are what make the cast sound.
  if (route.area === area && 'view' in route) return route.view as Views[A];
  return FIRST_VIEW[area];
}

/** The tab a route is under (visit mode highlights none). */
export const tabOf = (route: Route): Tab | null => TAB_OF[route.area];

export const HOME: Route = { area: 'today', view: { kind: 'list' } };

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string | null | undefined): value is T =>
    value !== null && value !== undefined && (list as readonly string[]).includes(value);
const isKind = oneOf(ENTRY_KINDS);
const isTopic = oneOf(TOPICS);
const isClaimId = oneOf(CLAIM_IDS);
const isFlow = oneOf(RECEIVED_FLOWS);

const withDebt = (debt: string | null): { debtId?: string } => (debt ? { debtId: debt } : {});

function parseToday([sub, arg]: readonly string[]): TodayView {
  if (sub === 'debt' && arg) return { kind: 'debt', debtId: arg };
  if (sub === 'support') return { kind: 'support' };
  if (sub === 'received') return isFlow(arg) ? { kind: 'received', flow: arg } : { kind: 'received' };
  return { kind: 'list' };
}

function parseLog([sub, arg, action]: readonly string[], query: URLSearchParams): LogView {
  const debt = withDebt(query.get('debt'));
  if (sub === 'new') {
    const kind = query.get('kind');
    return { view: 'new', ...(isKind(kind) ? { kind } : {}), ...debt };
  }
  if (sub === 'entry' && arg)
    return action === 'amend' ? { view: 'amend', id: arg } : { view: 'entry', id: arg };
  return { view: 'timeline', ...debt };
}

function parseLawful([sub, arg]: readonly string[]): Route {
  if (sub === 'findings') {
    return { area: 'findings', view: arg ? { kind: 'debt', debtId: arg } : { kind: 'overall' } };
  }
  if (sub === 'rules')
    return { area: 'lawful', view: isTopic(arg) ? { kind: 'rules', topic: arg } : { kind: 'rules' } };
  if (sub === 'claims') {
    return {
      area: 'lawful',
      view: arg ? { kind: 'claim', id: isClaimId(arg) ? arg : null } : { kind: 'claims' },
    };
  }
  return { area: 'lawful', view: { kind: 'hub' } };
}

function parseLetters([sub]: readonly string[], query: URLSearchParams): LettersView {
  const debt = withDebt(query.get('debt'));
  if (!sub) return { kind: 'picker', ...debt };
  if (sub === 'cost') return { kind: 'cost' };
  return { kind: 'letter', templateId: sub, ...debt };
}

/** A path segment, or null when its percent-encoding is broken (a mangled link falls back instead of throwing). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** `#/log/entry/e1/amend` → the route it names; anything unknown (including no hash) falls back as described above. */
export function parseRoute(hash: string): Route {
  const [path = '', queryText = ''] = hash.replace(/^#\/?/, '').split('?');
  const raw = path.split('/').map(decodeSegment);
  const [area, ...rest] = raw;
  // A broken segment below the area drops the rest of the path: the area's first screen, not a wrong one.
  const firstBad = rest.indexOf(null);
  const sub = (firstBad === -1 ? rest : rest.slice(0, firstBad)).filter((p): p is string => p !== null);
  const query = new URLSearchParams(queryText);
  switch (area) {
    case 'today':
      return { area: 'today', view: parseToday(sub) };
    case 'log':
      return { area: 'log', view: parseLog(sub, query) };
    case 'lawful':
      return parseLawful(sub);
    case 'letters':
      return { area: 'letters', view: parseLetters(sub, query) };
    case 'my-data':
      // Before the lock screen had its own address it lived at `#/my-data/security`; bookmarks of it still work.
      return sub[0] === 'security' ? { area: 'lock' } : { area: 'my-data' };
    case 'lock':
      return { area: 'lock' };
    case 'visit':
      return { area: 'visit' };
    default:
      return HOME;
  }
}

const segment = (value: string): string => `/${encodeURIComponent(value)}`;
/** Query values as path segments are written (`%20`, not `+`), which is how the app's links have always been written. */
const href = (path: string, params: Readonly<Record<string, string | undefined>> = {}): Href => {
  const query = Object.entries(params)
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `#/${path}${query === '' ? '' : `?${query}`}` as Href;
};

function hrefOfToday(v: TodayView): Href {
  switch (v.kind) {
    case 'list':
      return href('today');
    case 'debt':
      return href(`today/debt${segment(v.debtId)}`);
    case 'received':
      return href(`today/received${v.flow ? segment(v.flow) : ''}`);
    case 'support':
      return href('today/support');
  }
}

function hrefOfLog(v: LogView): Href {
  switch (v.view) {
    case 'timeline':
      return href('log', { debt: v.debtId });
    case 'new':
      return href('log/new', { kind: v.kind, debt: v.debtId });
    case 'entry':
      return href(`log/entry${segment(v.id)}`);
    case 'amend':
      return href(`log/entry${segment(v.id)}/amend`);
  }
}

function hrefOfLawful(v: LawfulView): Href {
  switch (v.kind) {
    case 'hub':
      return href('lawful');
    case 'rules':
      return href(`lawful/rules${v.topic ? segment(v.topic) : ''}`);
    case 'claims':
      return href('lawful/claims');
    case 'claim':
      // An unknown claim has no address of its own; its nearest screen is the claims list.
      return href(`lawful/claims${v.id ? segment(v.id) : ''}`);
  }
}

function hrefOfLetters(v: LettersView): Href {
  switch (v.kind) {
    case 'picker':
      return href('letters', { debt: v.debtId });
    case 'cost':
      return href('letters/cost');
    case 'letter':
      return href(`letters${segment(v.templateId)}`, { debt: v.debtId });
  }
}

/** The one serializer: `parseRoute(hrefOf(route))` gives the route back (tests/platform/routes.test.ts). */
export function hrefOf(route: Route): Href {
  switch (route.area) {
    case 'today':
      return hrefOfToday(route.view);
    case 'log':
      return hrefOfLog(route.view);
    case 'lawful':
      return hrefOfLawful(route.view);
    case 'findings':
      return href(`lawful/findings${route.view.kind === 'debt' ? segment(route.view.debtId) : ''}`);
    case 'letters':
      return hrefOfLetters(route.view);
    case 'my-data':
    case 'lock':
    case 'visit':
      return href(route.area);
  }
}

/** Builders for every screen's address, grouped by area. */
export const routes = {
  tab: (tab: Tab): Href => href(tab),
  today: {
    list: (): Href => hrefOf(HOME),
    debt: (debtId: string): Href => hrefOfToday({ kind: 'debt', debtId }),
    received: (flow?: ReceivedFlow): Href =>
      hrefOfToday(flow ? { kind: 'received', flow } : { kind: 'received' }),
    support: (): Href => hrefOfToday({ kind: 'support' }),
  },
  log: {
    timeline: (debtId?: string): Href => hrefOfLog({ view: 'timeline', ...withDebt(debtId ?? null) }),
    new: (kind?: EntryKind, debtId?: string): Href =>
      hrefOfLog({ view: 'new', ...(kind ? { kind } : {}), ...withDebt(debtId ?? null) }),
    entry: (id: string): Href => hrefOfLog({ view: 'entry', id }),
    amend: (id: string): Href => hrefOfLog({ view: 'amend', id }),
  },
  lawful: {
    hub: (): Href => hrefOfLawful({ kind: 'hub' }),
    rules: (topic?: Topic): Href => hrefOfLawful(topic ? { kind: 'rules', topic } : { kind: 'rules' }),
    claims: (): Href => hrefOfLawful({ kind: 'claims' }),
    claim: (id: ClaimId): Href => hrefOfLawful({ kind: 'claim', id }),
    findings: (debtId?: string | null): Href =>
      hrefOf({ area: 'findings', view: debtId ? { kind: 'debt', debtId } : { kind: 'overall' } }),
  },
  letters: {
    picker: (debtId?: string | null): Href => hrefOfLetters({ kind: 'picker', ...withDebt(debtId ?? null) }),
    draft: (templateId: string, debtId?: string | null): Href =>
      hrefOfLetters({ kind: 'letter', templateId, ...withDebt(debtId ?? null) }),
    cost: (): Href => hrefOfLetters({ kind: 'cost' }),
  },
  myData: { home: (): Href => href('my-data') },
  lock: { security: (): Href => href('lock') },
  visit: (): Href => href('visit'),
} as const;
