// @vitest-environment jsdom
// jsdom only for DOMParser, to check that the string is well-formed XML; the renderer itself is pure.
import { describe, expect, it } from 'vitest';
import { patternOf } from '../../../src/domain/rules/pattern.ts';
import { layoutPattern, patternSvg } from '../../../src/domain/rules/pattern-svg.ts';
import type { PatternLabels } from '../../../src/domain/rules/pattern-svg.ts';
import { call, caseOf, findingsOf, missed } from './helpers.ts';

const LABELS: PatternLabels = {
  title: '催收联系的规律 <script>alert(1)</script>',
  summary: '共 5 次联系 & "2" 次有问题',
  perDayHeading: '每天的联系次数',
  gridHeading: '星期 × 小时',
  weekdays: ['一', '二', '三', '四', '五', '六', '日'],
  quietHours: '22:00–08:00',
  dailyLimit: '每天接通上限',
  answeredCalls: '接通的电话',
  messages: '短信和消息',
  otherContacts: '其他联系',
  violating: "有问题的联系 'x'",
};

const sample = () => {
  const c = caseOf([
    call('2026-11-02T22:30:00+08:00'),
    call('2026-11-02T10:00:00+08:00'),
    missed('2026-11-02T10:05:00+08:00'),
    call('2026-11-04T09:00:00+08:00'),
    call('2026-11-04T23:10:00+08:00'),
  ]);
  return patternOf(c, findingsOf(c), 'd1');
};

describe('the pattern as a self-contained SVG string', () => {
  it('is well-formed SVG with its title and summary as the text alternative', () => {
    const svg = patternSvg(sample(), LABELS, 'debt-d1');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('debt-d1-title debt-d1-desc');
    expect(doc.getElementById('debt-d1-title')?.textContent).toBe(LABELS.title);
    expect(doc.getElementById('debt-d1-desc')?.textContent).toBe(LABELS.summary);
  });

  it('escapes every word it is given', () => {
    const svg = patternSvg(sample(), LABELS);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp; &quot;2&quot;');
    expect(svg).toContain('&#39;x&#39;');
  });

  it('loads and runs nothing: no scripts, links, images, styles or event handlers', () => {
    const svg = patternSvg(sample(), LABELS, 'x" onload="alert(1)');
    expect(svg).not.toMatch(/href|<image|<style|<script|<foreignObject|url\(|\son\w+=/i);
  });

  it('marks each day and each hour cell that has a violating contact', () => {
    const p = sample();
    const red = layoutPattern(p, LABELS).shapes.filter((s) => s.t === 'circle' && s.paint === 'violating');
    const days = p.days.filter((d) => d.violating > 0).length;
    const cells = p.violatingGrid.flat().filter((n) => n > 0).length;
    // One more for the legend.
    expect(red).toHaveLength(days + cells + 1);
    expect(days).toBe(2);
    expect(cells).toBe(2);
  });

  it('draws the daily limit and shades exactly the ten quiet hours', () => {
    const shapes = layoutPattern(sample(), LABELS).shapes;
    expect(shapes.filter((s) => s.t === 'line' && s.paint === 'limit' && s.dashed === true)).toHaveLength(2);
    // Ten hour columns (22, 23, 0–7) plus the legend swatch.
    expect(shapes.filter((s) => s.t === 'rect' && s.paint === 'quiet')).toHaveLength(11);
  });

  it('stacks answered calls, then texts and messages, then the rest, each bar as tall as the day’s contacts', () => {
    const c = caseOf([
      call('2026-11-02T10:00:00+08:00'),
      { kind: 'sms', at: '2026-11-02T11:00:00+08:00' },
      { kind: 'message', at: '2026-11-02T11:30:00+08:00' },
      missed('2026-11-02T12:00:00+08:00'),
    ]);
    const shapes = layoutPattern(patternOf(c, findingsOf(c), 'd1'), LABELS).shapes;
    // Legend swatches are 9 wide; the one day's bar is far wider.
    const bar = (paint: string) => shapes.find((s) => s.t === 'rect' && s.paint === paint && s.w !== 9);
    const answered = bar('answered');
    const message = bar('message');
    const other = bar('other');
    if (answered?.t !== 'rect' || message?.t !== 'rect' || other?.t !== 'rect')
      throw new Error('bars missing');
    // Stacked without gaps, bottom to top; the message segment is twice the answered one (2 texts vs 1 call).
    expect(message.y + message.h).toBeCloseTo(answered.y);
    expect(other.y + other.h).toBeCloseTo(message.y);
    expect(message.h).toBeCloseTo(answered.h * 2);
    expect(other.h).toBeCloseTo(answered.h);
    // The legend names each segment.
    const texts = shapes.filter((s) => s.t === 'text').map((s) => (s.t === 'text' ? s.text : ''));
    expect(texts).toEqual(
      expect.arrayContaining([LABELS.answeredCalls, LABELS.messages, LABELS.otherContacts]),
    );
  });

  it('draws an empty pattern without failing', () => {
    const empty = patternOf(caseOf([]), [], 'd1');
    const doc = new DOMParser().parseFromString(patternSvg(empty, LABELS), 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });
});
