// Builds an .ics file and reads it back with a small RFC 5545 unfolding parser written here, so the test does not
// trust the code under test to read its own output.
import { describe, expect, it } from 'vitest';
import { buildIcs, foldLine } from '../../../src/domain/calendar/ics.ts';
import type { IcsTexts } from '../../../src/domain/calendar/ics-types.ts';
import { DEADLINE_IDS } from '../../../src/domain/deadlines/types.ts';
import type { Deadline, DeadlineId } from '../../../src/domain/deadlines/types.ts';

interface Prop {
  readonly name: string;
  readonly params: Record<string, string>;
  readonly value: string;
}

const unfold = (text: string): string[] =>
  text.split('\r\n').reduce<string[]>((lines, l) => {
    if (l.startsWith(' ') || l.startsWith('\t')) lines[lines.length - 1] += l.slice(1);
    else lines.push(l);
    return lines;
  }, []);

const parseProp = (line: string): Prop => {
  const colon = line.indexOf(':');
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return {
    name,
    params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
};

const unescape = (v: string): string =>
  v.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Components as nested objects: { name, props, children }. */
interface Component {
  readonly name: string;
  readonly props: Prop[];
  readonly children: Component[];
}

function parseIcs(text: string): Component {
  const root: Component = { name: 'ROOT', props: [], children: [] };
  const stack: Component[] = [root];
  for (const line of unfold(text)) {
    if (line === '') continue;
    const p = parseProp(line);
    const top = stack[stack.length - 1] ?? root;
    if (p.name === 'BEGIN') {
      const c: Component = { name: p.value, props: [], children: [] };
      top.children.push(c);
      stack.push(c);
    } else if (p.name === 'END') {
      expect(top.name).toBe(p.value);
      stack.pop();
    } else top.props.push(p);
  }
  expect(stack).toHaveLength(1);
  const [calendar] = root.children;
  if (calendar === undefined) throw new Error('no component');
  return calendar;
}

const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);

const deadline = (over: Partial<Deadline> = {}): Deadline => ({
  id: 'payment-order-objection',
  debtId: 'd1',
  due: '2026-11-25',
  startDay: '2026-11-10',
  from: 'e7',
  counting: 'court-art-85',
  holidayData: 'official',
  citationIds: ['minsufa-2023-227'],
  estimate: false,
  notes: [],
  passed: false,
  period: { unit: 'days', count: 15 },
  ...over,
});

const byId = Object.fromEntries(DEADLINE_IDS.map((id) => [id, { summary: `deadline ${id}` }])) as Record<
  DeadlineId,
  { summary: string }
>;

const LONG_ZH =
  '支付令异议期限：收到支付令之日起15日内以书面形式提出异议，逾期未提出的，债权人可以申请强制执行；请核对法院送达渠道，例如12368。';

const TEXTS: IcsTexts = {
  calendarName: '有据：期限',
  alarm: '3天后到期',
  byId: {
    ...byId,
    'payment-order-objection': {
      summary: '支付令异议截止, 书面; 提交\\原件',
      description: `${LONG_ZH}\n第二行`,
    },
  },
};

const NOW = Date.parse('2026-11-25T12:34:56Z');

describe('.ics export', () => {
  const ics = buildIcs([deadline(), deadline({ id: 'limitation', due: '2029-06-15', from: undefined })], {
    now: NOW,
    uidDomain: 'youju.local',
    texts: TEXTS,
  });

  it('uses CRLF line endings only and folds every line to at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('never splits a multi-byte character when folding', () => {
    for (const line of ics.split('\r\n')) expect(line).not.toContain('\uFFFD');
    const folded = foldLine(`DESCRIPTION:${'期'.repeat(40)}`);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    }
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i === 0 ? p : p.slice(1)))
        .join(''),
    ).toBe(`DESCRIPTION:${'期'.repeat(40)}`);
  });

  it('parses back into a VCALENDAR with one all-day VEVENT per deadline', () => {
    const cal = parseIcs(ics);
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')?.value).toBe('2.0');
    expect(prop(cal, 'PRODID')?.value).toBeTruthy();
    expect(unescape(prop(cal, 'X-WR-CALNAME')?.value ?? '')).toBe('有据：期限');
    const events = cal.children.filter((c) => c.name === 'VEVENT');
    expect(events).toHaveLength(2);
    const [first, second] = events as [Component, Component];
    expect(prop(first, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261125' });
    expect(prop(first, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20261126' });
    expect(prop(first, 'DTSTAMP')?.value).toBe('20261125T123456Z');
    expect(prop(first, 'UID')?.value).toBe('d1.payment-order-objection.e7@youju.local');
    expect(prop(second, 'UID')?.value).toBe('d1.limitation.2026-11-10@youju.local');
    expect(prop(second, 'DTSTART')?.value).toBe('20290615');
    expect(prop(second, 'SUMMARY')?.value).toBe('deadline limitation');
    expect(prop(second, 'DESCRIPTION')).toBeUndefined();
  });

  it('escapes commas, semicolons, backslashes and newlines in SUMMARY and DESCRIPTION', () => {
    const [event] = parseIcs(ics).children.filter((c) => c.name === 'VEVENT') as [Component];
    expect(prop(event, 'SUMMARY')?.value).toBe('支付令异议截止\\, 书面\\; 提交\\\\原件');
    expect(unescape(prop(event, 'SUMMARY')?.value ?? '')).toBe('支付令异议截止, 书面; 提交\\原件');
    expect(unescape(prop(event, 'DESCRIPTION')?.value ?? '')).toBe(`${LONG_ZH}\n第二行`);
  });

  it('has a display alarm 3 days before (or as asked)', () => {
    const [event] = parseIcs(ics).children.filter((c) => c.name === 'VEVENT') as [Component];
    const [alarm] = event.children as [Component];
    expect(alarm.name).toBe('VALARM');
    expect(prop(alarm, 'ACTION')?.value).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER')?.value).toBe('-P3D');
    expect(unescape(prop(alarm, 'DESCRIPTION')?.value ?? '')).toBe('3天后到期');
    const one = buildIcs([deadline()], {
      now: NOW,
      uidDomain: 'youju.local',
      texts: TEXTS,
      alarmDaysBefore: 1,
    });
    expect(one).toContain('TRIGGER:-P1D\r\n');
  });

  it('per-deadline texts override the per-id default; unsafe id characters are encoded in the UID', () => {
    const d = deadline({ debtId: 'd 1,x' });
    const out = buildIcs([d], {
      now: NOW,
      uidDomain: 'youju.local',
      texts: { ...TEXTS, byKey: { 'd 1,x.payment-order-objection.e7': { summary: '某银行：异议' } } },
    });
    const [event] = parseIcs(out).children as [Component];
    expect(prop(event, 'SUMMARY')?.value).toBe('某银行：异议');
    expect(prop(event, 'UID')?.value).toBe('d%201%2Cx.payment-order-objection.e7@youju.local');
  });

  it('an empty list is still a valid calendar', () => {
    const cal = parseIcs(buildIcs([], { now: NOW, uidDomain: 'youju.local', texts: TEXTS }));
    expect(cal.children).toHaveLength(0);
  });
});

describe('.ics export of the 2026-12 deadline ids', () => {
  it('R57, R79: a review, a hearing and a printed day each become an all-day event on their exact day', () => {
    // A printed day has no period (docs/stages.md).
    const { id, due, startDay, from, holidayData, citationIds, estimate, notes, passed, debtId } = deadline();
    const printed: Deadline = {
      ...{ debtId, startDay, holidayData, citationIds, estimate, notes, passed, id, due },
      ...(from === undefined ? {} : { from }),
      id: 'stated',
      due: '2026-12-05',
      counting: 'as-printed',
    };
    const ics = buildIcs(
      [
        deadline({ id: 'review-ruling', due: '2026-11-23' }),
        { ...printed, id: 'hearing', due: '2026-12-10', startDay: '2026-11-16' },
        printed,
      ],
      { now: NOW, uidDomain: 'youju.local', texts: TEXTS },
    );
    const events = parseIcs(ics).children.filter((c) => c.name === 'VEVENT');
    const summaries = events.map((e) => e.props.find((p) => p.name === 'SUMMARY')?.value);
    expect(summaries).toEqual(['deadline review-ruling', 'deadline hearing', 'deadline stated']);
    const starts = events.map((e) => e.props.find((p) => p.name === 'DTSTART')?.value);
    expect(starts).toEqual(['20261123', '20261210', '20261205']);
  });
});
