import { useId, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DebtPattern } from '../../domain/rules/pattern.ts';
import { inQuietWindow } from '../../domain/rules/pattern.ts';
import { PAINTS, layoutPattern } from '../../domain/rules/pattern-svg.ts';
import type { PatternLabels, Shape } from '../../domain/rules/pattern-svg.ts';

/** The words of the picture in the reader's language (also what report.html would pass to patternSvg). */
function usePatternLabels(p: DebtPattern, creditor: string): PatternLabels {
  const { t } = useTranslation('findings');
  return useMemo(() => labelsOf(t, p, creditor), [t, p, creditor]);
}

function labelsOf(t: TFunction<'findings'>, p: DebtPattern, creditor: string): PatternLabels {
  const busiest = p.days.reduce<{ day: string; contacts: number } | null>(
    (best, d) => (best === null || d.contacts > best.contacts ? d : best),
    null,
  );
  return {
    title: t('chart.title', { creditor }),
    summary: t('chart.summary', {
      count: p.contacts.length,
      from: p.days[0]?.day ?? '',
      to: p.days[p.days.length - 1]?.day ?? '',
      violating: p.violatingContacts,
      quiet: p.contacts.filter((c) => inQuietWindow(c.secondOfDay, p.limits)).length,
      maxDay: busiest?.day ?? '',
      max: busiest?.contacts ?? 0,
    }),
    perDayHeading: t('chart.perDay'),
    gridHeading: t('chart.grid'),
    weekdays: [
      t('chart.weekdays.mon'),
      t('chart.weekdays.tue'),
      t('chart.weekdays.wed'),
      t('chart.weekdays.thu'),
      t('chart.weekdays.fri'),
      t('chart.weekdays.sat'),
      t('chart.weekdays.sun'),
    ],
    quietHours: t('chart.quietHours'),
    dailyLimit: t('chart.dailyLimit', { count: p.limits.maxConnectedCallsPerDay }),
    answeredCalls: t('chart.answeredCalls'),
    messages: t('chart.messages'),
    otherContacts: t('chart.otherContacts'),
    violating: t('chart.violating'),
  };
}

function ShapeView({ s }: { readonly s: Shape }) {
  const paint = PAINTS[s.paint];
  switch (s.t) {
    case 'rect':
      return <rect x={s.x} y={s.y} width={s.w} height={s.h} fill={paint.fill} fillOpacity={s.opacity} />;
    case 'line':
      return (
        <line
          x1={s.x1}
          y1={s.y1}
          x2={s.x2}
          y2={s.y2}
          stroke={paint.stroke}
          strokeWidth={1}
          strokeDasharray={s.dashed === true ? '4 3' : undefined}
        />
      );
    case 'circle':
      return <circle cx={s.cx} cy={s.cy} r={s.r} fill={paint.fill} />;
    case 'text':
      return (
        <text x={s.x} y={s.y} fontSize={s.size ?? 11} fill={paint.fill} textAnchor={s.anchor}>
          {s.text}
        </text>
      );
  }
}

/**
 * The pattern at a glance: one layout shared with the report's SVG string, drawn as React
 * elements. The summary is the picture's text alternative; the table gives every day with contacts.
 */
export function PatternChart({
  pattern,
  creditor,
}: {
  readonly pattern: DebtPattern;
  readonly creditor: string;
}) {
  const { t } = useTranslation('findings');
  const labels = usePatternLabels(pattern, creditor);
  const layout = useMemo(() => layoutPattern(pattern, labels), [pattern, labels]);
  const id = useId();
  const busyDays = pattern.days.filter((d) => d.contacts > 0);
  return (
    <section className="findings-chart" aria-labelledby={`${id}-h`} data-testid="pattern-chart">
      <h2 id={`${id}-h`}>{t('chart.heading')}</h2>
      <p className="findings-muted" id={`${id}-desc`}>
        {labels.summary}
      </p>
      {pattern.daysLeftOut > 0 && (
        <p className="findings-muted">{t('chart.leftOut', { days: pattern.days.length })}</p>
      )}
      <div className="findings-chart__frame">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          fontFamily="sans-serif"
        >
          <title id={`${id}-title`}>{labels.title}</title>
          {layout.shapes.map((s, i) => (
            <ShapeView key={i} s={s} />
          ))}
        </svg>
      </div>
      <details className="findings-chart__table">
        <summary>{t('chart.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chart.tableDay')}</th>
              <th scope="col">{t('chart.tableContacts')}</th>
              <th scope="col">{t('chart.tableAnswered')}</th>
              <th scope="col">{t('chart.tableMessages')}</th>
              <th scope="col">{t('chart.tableViolating')}</th>
            </tr>
          </thead>
          <tbody>
            {busyDays.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{d.contacts}</td>
                <td>{d.answeredCalls}</td>
                <td>{d.messages}</td>
                <td>{d.violating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
