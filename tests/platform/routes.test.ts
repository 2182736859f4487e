import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../src/domain/case/types.ts';
import { CLAIM_IDS } from '../../src/domain/rules/claim-ids.ts';
import { TOPICS } from '../../src/domain/rules/rule.ts';
import {
  HOME,
  RECEIVED_FLOWS,
  TABS,
  hrefOf,
  parseRoute,
  routes,
  tabOf,
  viewIn,
  type Route,
} from '../../src/platform/routes.ts';

// Ids come from the user's own case file: spaces, slashes, Chinese, and the characters a URL gives meaning to.
const AWKWARD_IDS = ['d1', 'd 1', 'a/b', '招商银行-信用卡', 'x?y=1&z#w', '100%', '+plus'];

/** Every screen of the app, each variant at least once. */
const EVERY_ROUTE: readonly Route[] = [
  HOME,
  { area: 'today', view: { kind: 'support' } },
  { area: 'today', view: { kind: 'received' } },
  ...RECEIVED_FLOWS.map((flow): Route => ({ area: 'today', view: { kind: 'received', flow } })),
  ...AWKWARD_IDS.map((debtId): Route => ({ area: 'today', view: { kind: 'debt', debtId } })),
  { area: 'log', view: { view: 'timeline' } },
  { area: 'log', view: { view: 'new' } },
  ...ENTRY_KINDS.map((kind): Route => ({ area: 'log', view: { view: 'new', kind } })),
  ...AWKWARD_IDS.flatMap((id): Route[] => [
    { area: 'log', view: { view: 'timeline', debtId: id } },
    { area: 'log', view: { view: 'new', debtId: id } },
    { area: 'log', view: { view: 'new', kind: 'call', debtId: id } },
    { area: 'log', view: { view: 'entry', id } },
    { area: 'log', view: { view: 'amend', id } },
  ]),
  { area: 'lawful', view: { kind: 'hub' } },
  { area: 'lawful', view: { kind: 'rules' } },
  ...TOPICS.map((topic): Route => ({ area: 'lawful', view: { kind: 'rules', topic } })),
  { area: 'lawful', view: { kind: 'claims' } },
  ...CLAIM_IDS.map((id): Route => ({ area: 'lawful', view: { kind: 'claim', id } })),
  { area: 'findings', view: { kind: 'overall' } },
  ...AWKWARD_IDS.map((debtId): Route => ({ area: 'findings', view: { kind: 'debt', debtId } })),
  { area: 'letters', view: { kind: 'picker' } },
  { area: 'letters', view: { kind: 'cost' } },
  ...AWKWARD_IDS.flatMap((id): Route[] => [
    { area: 'letters', view: { kind: 'picker', debtId: id } },
    { area: 'letters', view: { kind: 'letter', templateId: 'payment-order-objection', debtId: id } },
  ]),
  { area: 'letters', view: { kind: 'letter', templateId: 'payment-order-objection' } },
  { area: 'my-data' },
  { area: 'lock' },
  { area: 'visit' },
];

describe('routes: every address said once', () => {
  it.each(EVERY_ROUTE.map((route) => [hrefOf(route), route] as const))(
    '%s reads back as the route it was built from',
    (href, route) => {
      expect(href.startsWith('#/')).toBe(true);
      expect(parseRoute(href)).toEqual(route);
    },
  );

  it('gives every screen its own address', () => {
    const hrefs = EVERY_ROUTE.map(hrefOf);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('builds with the builders what the serializer writes', () => {
    const cases: [string, Route][] = [
      [routes.tab('today'), HOME],
      [routes.tab('lawful'), { area: 'lawful', view: { kind: 'hub' } }],
      [routes.today.list(), HOME],
      [routes.today.debt('d 1'), { area: 'today', view: { kind: 'debt', debtId: 'd 1' } }],
      [routes.today.received(), { area: 'today', view: { kind: 'received' } }],
      [
        routes.today.received('court-papers'),
        { area: 'today', view: { kind: 'received', flow: 'court-papers' } },
      ],
      [routes.today.support(), { area: 'today', view: { kind: 'support' } }],
      [routes.log.timeline(), { area: 'log', view: { view: 'timeline' } }],
      [routes.log.timeline('d1'), { area: 'log', view: { view: 'timeline', debtId: 'd1' } }],
      [routes.log.new(), { area: 'log', view: { view: 'new' } }],
      [routes.log.new(undefined, 'd1'), { area: 'log', view: { view: 'new', debtId: 'd1' } }],
      [routes.log.new('visit', 'd1'), { area: 'log', view: { view: 'new', kind: 'visit', debtId: 'd1' } }],
      [routes.log.entry('e/1'), { area: 'log', view: { view: 'entry', id: 'e/1' } }],
      [routes.log.amend('e/1'), { area: 'log', view: { view: 'amend', id: 'e/1' } }],
      [routes.lawful.hub(), { area: 'lawful', view: { kind: 'hub' } }],
      [routes.lawful.rules(), { area: 'lawful', view: { kind: 'rules' } }],
      [routes.lawful.rules('calls'), { area: 'lawful', view: { kind: 'rules', topic: 'calls' } }],
      [routes.lawful.claims(), { area: 'lawful', view: { kind: 'claims' } }],
      [routes.lawful.claim('court-sms'), { area: 'lawful', view: { kind: 'claim', id: 'court-sms' } }],
      [routes.lawful.findings(), { area: 'findings', view: { kind: 'overall' } }],
      [routes.lawful.findings(null), { area: 'findings', view: { kind: 'overall' } }],
      [routes.lawful.findings('d1'), { area: 'findings', view: { kind: 'debt', debtId: 'd1' } }],
      [routes.letters.picker(), { area: 'letters', view: { kind: 'picker' } }],
      [routes.letters.picker('d1'), { area: 'letters', view: { kind: 'picker', debtId: 'd1' } }],
      [routes.letters.draft('t1'), { area: 'letters', view: { kind: 'letter', templateId: 't1' } }],
      [routes.letters.draft('t1', null), { area: 'letters', view: { kind: 'letter', templateId: 't1' } }],
      [
        routes.letters.draft('t1', 'd1'),
        { area: 'letters', view: { kind: 'letter', templateId: 't1', debtId: 'd1' } },
      ],
      [routes.letters.cost(), { area: 'letters', view: { kind: 'cost' } }],
      [routes.myData.home(), { area: 'my-data' }],
      [routes.lock.security(), { area: 'lock' }],
      [routes.visit(), { area: 'visit' }],
    ];
    for (const [href, route] of cases) {
      expect(parseRoute(href), href).toEqual(route);
      expect(hrefOf(route), href).toBe(href);
    }
  });
});

describe('routes: links made before these builders still open the same screen', () => {
  // Written out by hand as earlier versions of the app wrote them, so a bookmark or a shared link keeps working.
  it.each<[string, Route]>([
    ['#/today', HOME],
    ['#/today/debt/d%201', { area: 'today', view: { kind: 'debt', debtId: 'd 1' } }],
    ['#/today/received', { area: 'today', view: { kind: 'received' } }],
    ['#/today/received/payment-order', { area: 'today', view: { kind: 'received', flow: 'payment-order' } }],
    ['#/today/support', { area: 'today', view: { kind: 'support' } }],
    ['#/log', { area: 'log', view: { view: 'timeline' } }],
    ['#/log?debt=d1', { area: 'log', view: { view: 'timeline', debtId: 'd1' } }],
    ['#/log/new', { area: 'log', view: { view: 'new' } }],
    ['#/log/new?kind=call&debt=d1', { area: 'log', view: { view: 'new', kind: 'call', debtId: 'd1' } }],
    ['#/log/new?debt=d+1', { area: 'log', view: { view: 'new', debtId: 'd 1' } }],
    ['#/log/entry/e1', { area: 'log', view: { view: 'entry', id: 'e1' } }],
    ['#/log/entry/e1/amend', { area: 'log', view: { view: 'amend', id: 'e1' } }],
    ['#/lawful', { area: 'lawful', view: { kind: 'hub' } }],
    ['#/lawful/rules/visits', { area: 'lawful', view: { kind: 'rules', topic: 'visits' } }],
    ['#/lawful/claims/overdue-is-crime', { area: 'lawful', view: { kind: 'claim', id: 'overdue-is-crime' } }],
    ['#/lawful/findings', { area: 'findings', view: { kind: 'overall' } }],
    ['#/lawful/findings/d%201', { area: 'findings', view: { kind: 'debt', debtId: 'd 1' } }],
    ['#/letters', { area: 'letters', view: { kind: 'picker' } }],
    ['#/letters?debt=d%201', { area: 'letters', view: { kind: 'picker', debtId: 'd 1' } }],
    ['#/letters/cost', { area: 'letters', view: { kind: 'cost' } }],
    [
      '#/letters/payment-order-objection?debt=d%201',
      { area: 'letters', view: { kind: 'letter', templateId: 'payment-order-objection', debtId: 'd 1' } },
    ],
    ['#/my-data', { area: 'my-data' }],
    // The app lock's settings lived under My data before they had an address of their own.
    ['#/my-data/security', { area: 'lock' }],
    ['#/visit', { area: 'visit' }],
    ['#today', HOME],
    ['#log/new', { area: 'log', view: { view: 'new' } }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});

describe('routes: a bad or unknown address falls back to the nearest screen, never throws', () => {
  it.each<[string, Route]>([
    ['', HOME],
    ['#', HOME],
    ['#/', HOME],
    ['#/nowhere', HOME],
    ['#/%E0%A4%A', HOME],
    ['#/TODAY', HOME],
    ['#/today/debt', HOME],
    ['#/today/debt/', HOME],
    ['#/today/elsewhere', HOME],
    ['#/today/debt/%E0%A4%A', HOME],
    ['#/today/received/not-a-flow', { area: 'today', view: { kind: 'received' } }],
    ['#/log/elsewhere?debt=d1', { area: 'log', view: { view: 'timeline', debtId: 'd1' } }],
    ['#/log/new?kind=fax', { area: 'log', view: { view: 'new' } }],
    ['#/log/new?debt=', { area: 'log', view: { view: 'new' } }],
    ['#/log/entry', { area: 'log', view: { view: 'timeline' } }],
    ['#/log/entry/%E0%A4%A/amend', { area: 'log', view: { view: 'timeline' } }],
    ['#/lawful/elsewhere', { area: 'lawful', view: { kind: 'hub' } }],
    ['#/lawful/rules/not-a-topic', { area: 'lawful', view: { kind: 'rules' } }],
    ['#/lawful/claims/not-a-claim', { area: 'lawful', view: { kind: 'claim', id: null } }],
    ['#/lawful/findings/%E0%A4%A', { area: 'findings', view: { kind: 'overall' } }],
    ['#/letters/%E0%A4%A?debt=d1', { area: 'letters', view: { kind: 'picker', debtId: 'd1' } }],
    ['#/my-data/elsewhere', { area: 'my-data' }],
    ['#/visit/extra?x=1', { area: 'visit' }],
  ])('%j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('an unknown claim has no address of its own: it goes back to the claims list', () => {
    expect(hrefOf({ area: 'lawful', view: { kind: 'claim', id: null } })).toBe(routes.lawful.claims());
  });

  it('reads any string at all as some route, and that route round-trips', () => {
    // A fixed-seed generator over the characters that matter to the parser, so a failure can be replayed.
    const alphabet = [
      '#',
      '/',
      '?',
      '&',
      '=',
      '%',
      'E0',
      'A4',
      'today',
      'log',
      'lawful',
      'letters',
      'findings',
      'new',
      'entry',
      'amend',
      'debt',
      'kind',
      'call',
      'rules',
      'claims',
      'cost',
      'my-data',
      'security',
      'visit',
      ' ',
      '+',
      '招',
    ];
    let seed = 20261207;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 1000; i++) {
      const length = next() % 10;
      let hash = '';
      for (let j = 0; j < length; j++) hash += alphabet[next() % alphabet.length];
      const route = parseRoute(hash);
      expect(parseRoute(hrefOf(route)), hash).toEqual(route);
    }
  });
});

describe('routes: tabs and views', () => {
  it('lights the tab the screen belongs to; visit mode lights none', () => {
    expect(TABS.map((tab) => tabOf(parseRoute(routes.tab(tab))))).toEqual(TABS);
    expect(tabOf(parseRoute(routes.lawful.findings('d1')))).toBe('lawful');
    expect(tabOf(parseRoute(routes.lock.security()))).toBe('my-data');
    expect(tabOf(parseRoute(routes.letters.cost()))).toBe('letters');
    expect(tabOf(parseRoute(routes.visit()))).toBeNull();
  });

  it("gives an area's own view, or the area's first screen when the route is elsewhere", () => {
    const entry = parseRoute(routes.log.entry('e1'));
    expect(viewIn(entry, 'log')).toEqual({ view: 'entry', id: 'e1' });
    expect(viewIn(entry, 'today')).toEqual({ kind: 'list' });
    expect(viewIn(entry, 'letters')).toEqual({ kind: 'picker' });
    expect(viewIn(entry, 'lawful')).toEqual({ kind: 'hub' });
    expect(viewIn(entry, 'findings')).toEqual({ kind: 'overall' });
    expect(viewIn(parseRoute(routes.lawful.findings('d1')), 'lawful')).toEqual({ kind: 'hub' });
  });
});
