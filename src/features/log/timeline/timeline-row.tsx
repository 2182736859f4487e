import { useTranslation } from 'react-i18next';
import { KindIcon } from '../kind-icon.tsx';
import { routes } from '../../../platform/routes.ts';
import type { TimelineItem } from './timeline-model.ts';

/** Heights in px; the stylesheet gives the same heights so the windowed list needs no measuring. */
export const DAY_HEIGHT = 44;
export const ROW_HEIGHT = 100;

export function DayHeading({
  item,
  lang,
}: {
  readonly item: Extract<TimelineItem, { type: 'day' }>;
  readonly lang: string;
}) {
  const { t } = useTranslation('log');
  const [y = 0, m = 1, d = 1] = item.day.split('-').map(Number);
  // The day is already the case-zone day; format it as a plain calendar date (UTC noon avoids any shift).
  const label = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d, 12));
  return (
    <h2 className="log-day" data-testid="log-day" data-day={item.day}>
      {label}
      <span className="log-day__count">{t('timeline.dayCount', { count: item.count })}</span>
    </h2>
  );
}

export function EntryRow({
  item,
  creditorOf,
}: {
  readonly item: Extract<TimelineItem, { type: 'entry' }>;
  readonly creditorOf: (debtId: string | undefined) => string | null;
}) {
  const { t } = useTranslation('log');
  const { entry, amendedCount, hidden } = item.row;
  const who = entry.collector?.name ?? entry.collector?.phone ?? entry.collector?.person;
  const creditor = creditorOf(entry.debtId);
  const answered =
    entry.kind === 'call' && entry.answered !== undefined
      ? t(entry.answered ? 'timeline.answered' : 'timeline.unanswered')
      : null;
  return (
    <a
      className={hidden ? 'log-row log-row--hidden' : 'log-row'}
      href={routes.log.entry(entry.id)}
      data-testid="log-row"
      data-entry-id={entry.id}
    >
      <span className="log-row__line">
        <span className="log-row__time">{item.time}</span>
        <KindIcon kind={entry.kind} />
        <strong>{t(`kind.${entry.kind}`)}</strong>
        {answered && <span className="log-row__meta">{answered}</span>}
        {amendedCount > 0 && (
          <span className="log-badge" data-testid="log-amended-badge">
            {t('timeline.amended')}
          </span>
        )}
        {hidden && (
          <span className="log-badge log-badge--hidden" data-testid="log-hidden-badge">
            {t('timeline.hidden')}
          </span>
        )}
        {(entry.tags?.length ?? 0) > 0 && (
          <span className="log-badge log-badge--tag">
            {t('timeline.tags', { count: entry.tags?.length ?? 0 })}
          </span>
        )}
      </span>
      <span className="log-row__line log-row__meta">
        {[who, creditor].filter(Boolean).join(' · ') || t('timeline.noCollector')}
      </span>
      <span className="log-row__line log-row__notes">{entry.notes ?? ''}</span>
    </a>
  );
}
