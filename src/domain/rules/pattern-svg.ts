/**
 * The pattern picture as plain shapes (one layout for the app's React chart and for report.html) and as a
 * self-contained SVG string: no scripts, no external references, no CSS classes, every text escaped. The words come
 * in from the caller in the reader's language; the domain supplies only numbers and days.
 */
import type { DebtPattern } from './pattern.ts';
import { inQuietWindow } from './pattern.ts';

export interface PatternLabels {
  /** The picture's accessible name. */
  readonly title: string;
  /** A sentence or two that says what the picture shows (its text alternative). */
  readonly summary: string;
  readonly perDayHeading: string;
  readonly gridHeading: string;
  /** Monday first. */
  readonly weekdays: readonly [string, string, string, string, string, string, string];
  readonly quietHours: string;
  readonly dailyLimit: string;
  readonly answeredCalls: string;
  readonly messages: string;
  readonly otherContacts: string;
  readonly violating: string;
}

type Paint =
  'answered' | 'message' | 'other' | 'violating' | 'limit' | 'quiet' | 'axis' | 'cell' | 'text' | 'muted';

export type Shape =
  | {
      readonly t: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly paint: Paint;
      readonly opacity?: number;
    }
  | {
      readonly t: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly paint: Paint;
      readonly dashed?: boolean;
    }
  | {
      readonly t: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly paint: Paint;
    }
  | {
      readonly t: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly paint: Paint;
      readonly anchor?: 'start' | 'middle' | 'end';
      readonly size?: number;
    };

/** Colours chosen for contrast on white (WCAG AA for text) and to stay apart for common colour blindness. */
export const PAINTS: Readonly<Record<Paint, { fill: string; stroke: string }>> = {
  answered: { fill: '#1f4e9c', stroke: 'none' },
  message: { fill: '#d9822b', stroke: 'none' },
  other: { fill: '#8fb0e0', stroke: 'none' },
  violating: { fill: '#b3261e', stroke: '#b3261e' },
  limit: { fill: '#b3261e', stroke: '#b3261e' },
  quiet: { fill: '#ece6f6', stroke: 'none' },
  axis: { fill: 'none', stroke: '#6b6b6b' },
  cell: { fill: '#1f4e9c', stroke: 'none' },
  text: { fill: '#1d1d1d', stroke: 'none' },
  muted: { fill: '#555555', stroke: 'none' },
};

interface PatternLayout {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly Shape[];
}

const PATTERN_WIDTH = 320;
const LEFT = 30;
const RIGHT = 6;
const PLOT_W = PATTERN_WIDTH - LEFT - RIGHT;
const BARS_TOP = 30;
const BARS_H = 110;
const GRID_TOP = BARS_TOP + BARS_H + 104;
const CELL_H = 16;

const hourLabel = (h: number): string => `${String(h).padStart(2, '0')}`;

/** The picture as shapes in a PATTERN_WIDTH-wide coordinate space (it scales to any width). */
export function layoutPattern(p: DebtPattern, labels: PatternLabels): PatternLayout {
  const shapes: Shape[] = [];
  // Contacts per day, answered calls at the bottom so the daily limit line reads against them, then texts and
  // messages (a flood stands out beside the calls), then the rest (unanswered calls, visits, third parties).
  shapes.push({ t: 'text', x: 0, y: 16, text: labels.perDayHeading, paint: 'text', size: 13 });
  const top = Math.max(p.maxPerDay, p.limits.maxConnectedCallsPerDay + 1);
  const yOf = (v: number) => BARS_TOP + BARS_H - (v / top) * BARS_H;
  const n = Math.max(p.days.length, 1);
  const slot = PLOT_W / n;
  const barW = Math.max(slot * 0.8, 0.6);
  p.days.forEach((d, i) => {
    const x = LEFT + i * slot + (slot - barW) / 2;
    const answeredTop = yOf(d.answeredCalls);
    if (d.answeredCalls > 0) {
      shapes.push({
        t: 'rect',
        x,
        y: answeredTop,
        w: barW,
        h: BARS_TOP + BARS_H - answeredTop,
        paint: 'answered',
      });
    }
    const messagesTop = yOf(d.answeredCalls + d.messages);
    if (d.messages > 0) {
      shapes.push({ t: 'rect', x, y: messagesTop, w: barW, h: answeredTop - messagesTop, paint: 'message' });
    }
    const others = d.contacts - d.answeredCalls - d.messages;
    if (others > 0) {
      const y = yOf(d.contacts);
      shapes.push({ t: 'rect', x, y, w: barW, h: messagesTop - y, paint: 'other' });
    }
    if (d.violating > 0) {
      shapes.push({
        t: 'circle',
        cx: x + barW / 2,
        cy: yOf(d.contacts) - 5,
        r: Math.min(3, Math.max(1.5, slot / 2)),
        paint: 'violating',
      });
    }
  });
  shapes.push({
    t: 'line',
    x1: LEFT,
    y1: BARS_TOP + BARS_H,
    x2: LEFT + PLOT_W,
    y2: BARS_TOP + BARS_H,
    paint: 'axis',
  });
  shapes.push({ t: 'line', x1: LEFT, y1: BARS_TOP, x2: LEFT, y2: BARS_TOP + BARS_H, paint: 'axis' });
  shapes.push({
    t: 'text',
    x: LEFT - 4,
    y: BARS_TOP + 4,
    text: String(top),
    paint: 'muted',
    anchor: 'end',
    size: 11,
  });
  shapes.push({
    t: 'text',
    x: LEFT - 4,
    y: BARS_TOP + BARS_H,
    text: '0',
    paint: 'muted',
    anchor: 'end',
    size: 11,
  });
  const limitY = yOf(p.limits.maxConnectedCallsPerDay);
  shapes.push({
    t: 'line',
    x1: LEFT,
    y1: limitY,
    x2: LEFT + PLOT_W,
    y2: limitY,
    paint: 'limit',
    dashed: true,
  });
  shapes.push({
    t: 'text',
    x: LEFT - 4,
    y: limitY + 4,
    text: String(p.limits.maxConnectedCallsPerDay),
    paint: 'limit',
    anchor: 'end',
    size: 11,
  });
  const firstDay = p.days[0]?.day ?? '';
  const lastDay = p.days[p.days.length - 1]?.day ?? '';
  shapes.push({ t: 'text', x: LEFT, y: BARS_TOP + BARS_H + 14, text: firstDay, paint: 'muted', size: 11 });
  if (lastDay !== firstDay) {
    shapes.push({
      t: 'text',
      x: LEFT + PLOT_W,
      y: BARS_TOP + BARS_H + 14,
      text: lastDay,
      paint: 'muted',
      anchor: 'end',
      size: 11,
    });
  }
  // Legend for the bars.
  const legendY = BARS_TOP + BARS_H + 32;
  shapes.push({ t: 'rect', x: 0, y: legendY - 8, w: 9, h: 9, paint: 'answered' });
  shapes.push({ t: 'text', x: 12, y: legendY, text: labels.answeredCalls, paint: 'text', size: 11 });
  shapes.push({ t: 'rect', x: 110, y: legendY - 8, w: 9, h: 9, paint: 'message' });
  shapes.push({ t: 'text', x: 122, y: legendY, text: labels.messages, paint: 'text', size: 11 });
  shapes.push({ t: 'rect', x: 0, y: legendY + 6, w: 9, h: 9, paint: 'other' });
  shapes.push({ t: 'text', x: 12, y: legendY + 14, text: labels.otherContacts, paint: 'text', size: 11 });
  shapes.push({ t: 'circle', cx: 114, cy: legendY + 10, r: 3, paint: 'violating' });
  shapes.push({ t: 'text', x: 122, y: legendY + 14, text: labels.violating, paint: 'text', size: 11 });
  shapes.push({ t: 'line', x1: 0, y1: legendY + 28, x2: 14, y2: legendY + 28, paint: 'limit', dashed: true });
  shapes.push({ t: 'text', x: 18, y: legendY + 32, text: labels.dailyLimit, paint: 'text', size: 11 });

  // Day of week × hour, quiet hours shaded.
  shapes.push({ t: 'text', x: 0, y: GRID_TOP - 8, text: labels.gridHeading, paint: 'text', size: 13 });
  const cellW = PLOT_W / 24;
  for (let h = 0; h < 24; h += 1) {
    if (inQuietWindow(h * 3600, p.limits)) {
      shapes.push({ t: 'rect', x: LEFT + h * cellW, y: GRID_TOP, w: cellW, h: CELL_H * 7, paint: 'quiet' });
    }
  }
  for (let wd = 0; wd < 7; wd += 1) {
    const y = GRID_TOP + wd * CELL_H;
    shapes.push({
      t: 'text',
      x: LEFT - 4,
      y: y + CELL_H - 4,
      text: labels.weekdays[wd] ?? '',
      paint: 'muted',
      anchor: 'end',
      size: 11,
    });
    for (let h = 0; h < 24; h += 1) {
      const count = p.grid[wd]?.[h] ?? 0;
      if (count === 0) continue;
      const x = LEFT + h * cellW;
      shapes.push({
        t: 'rect',
        x: x + 1,
        y: y + 1,
        w: cellW - 2,
        h: CELL_H - 2,
        paint: 'cell',
        opacity: 0.25 + 0.75 * (count / Math.max(p.maxPerCell, 1)),
      });
      if ((p.violatingGrid[wd]?.[h] ?? 0) > 0) {
        shapes.push({ t: 'circle', cx: x + cellW / 2, cy: y + CELL_H / 2, r: 2.5, paint: 'violating' });
      }
    }
  }
  const gridBottom = GRID_TOP + 7 * CELL_H;
  for (const h of [0, 8, 12, 18, 22]) {
    shapes.push({
      t: 'text',
      x: LEFT + h * cellW,
      y: gridBottom + 12,
      text: hourLabel(h),
      paint: 'muted',
      anchor: 'middle',
      size: 11,
    });
  }
  shapes.push({ t: 'rect', x: 0, y: gridBottom + 22, w: 9, h: 9, paint: 'quiet' });
  shapes.push({ t: 'text', x: 12, y: gridBottom + 30, text: labels.quietHours, paint: 'text', size: 11 });
  return { width: PATTERN_WIDTH, height: gridBottom + 40, shapes };
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Escapes text for SVG/XML content and attribute values. */
const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const num = (v: number): string => String(Math.round(v * 100) / 100);

function shapeSvg(s: Shape): string {
  const paint = PAINTS[s.paint];
  switch (s.t) {
    case 'rect':
      return `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.w)}" height="${num(s.h)}" fill="${paint.fill}"${s.opacity === undefined ? '' : ` fill-opacity="${num(s.opacity)}"`}/>`;
    case 'line':
      return `<line x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" stroke="${paint.stroke}" stroke-width="1"${s.dashed === true ? ' stroke-dasharray="4 3"' : ''}/>`;
    case 'circle':
      return `<circle cx="${num(s.cx)}" cy="${num(s.cy)}" r="${num(s.r)}" fill="${paint.fill}"/>`;
    case 'text':
      return `<text x="${num(s.x)}" y="${num(s.y)}" font-size="${s.size ?? 11}" fill="${paint.fill}"${s.anchor === undefined ? '' : ` text-anchor="${s.anchor}"`}>${escapeXml(s.text)}</text>`;
  }
}

/**
 * A standalone SVG element for report.html: `role="img"` with `<title>` and `<desc>` (the summary) for
 * screen readers, a viewBox so it scales to the page, and nothing that loads or runs.
 */
export function patternSvg(p: DebtPattern, labels: PatternLabels, idPrefix = 'pattern'): string {
  const layout = layoutPattern(p, labels);
  // Ids must be unique in the page: one picture per debt goes into one report.
  const id = escapeXml(idPrefix.replace(/[^A-Za-z0-9_-]/g, '_'));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${num(layout.height)}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="sans-serif">`,
    `<title id="${id}-title">${escapeXml(labels.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(labels.summary)}</desc>`,
    ...layout.shapes.map(shapeSvg),
    '</svg>',
  ].join('\n');
}
