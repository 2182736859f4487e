import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONDUCT_TAGS, ENTRY_KINDS, type ConductTag, type EntryKind } from '../../../domain/case/types.ts';
import type { DebtRecord } from '../../../data/repositories/debts-repo.ts';
import type { LogRow } from './timeline-model.ts';
import { routes } from '../../../platform/routes.ts';
import {
  EMPTY_FILTER,
  filterRows,
  NO_DEBT,
  timelineItems,
  type TimelineFilter,
  type TimelineItem,
} from './timeline-model.ts';
import { DAY_HEIGHT, DayHeading, EntryRow, ROW_HEIGHT } from './timeline-row.tsx';
import { VirtualList } from './virtual-list.tsx';

interface TimelineProps {
  readonly rows: readonly LogRow[];
  readonly debts: readonly DebtRecord[];
  readonly timeZone: string;
  readonly debtId?: string;
  /** Said under the title, e.g. the findings of an entry just saved. */
  readonly notice?: ReactNode;
}

const heightOf = (item: TimelineItem) => (item.type === 'day' ? DAY_HEIGHT : ROW_HEIGHT);
const keyOf = (item: TimelineItem) => (item.type === 'day' ? `d${item.day}` : `e${item.row.entry.id}`);

/** Every entry, newest first, per local day; filters narrow it, a search finds words in notes and collectors. */
export function Timeline({ rows, debts, timeZone, debtId, notice }: TimelineProps) {
  const { t, i18n } = useTranslation('log');
  const uid = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // After a save the form is gone and focus with it; the title is where the page starts (a notice takes focus
  // itself when there is one).
  const hasNotice = Boolean(notice);
  useEffect(() => {
    if (!hasNotice && document.activeElement === document.body) titleRef.current?.focus();
  }, [hasNotice]);
  const [filter, setFilter] = useState<TimelineFilter>({ ...EMPTY_FILTER, debtId: debtId ?? '' });
  const set = <K extends keyof TimelineFilter>(key: K, value: TimelineFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));

  const creditors = useMemo(() => new Map(debts.map((d) => [d.debt.id, d.debt.creditor])), [debts]);
  const creditorOf = useCallback(
    (id: string | undefined) => (id ? (creditors.get(id) ?? null) : null),
    [creditors],
  );
  const shownRows = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const items = useMemo(() => timelineItems(shownRows, timeZone), [shownRows, timeZone]);
  const hiddenCount = useMemo(() => rows.filter((r) => r.hidden).length, [rows]);
  const lang = i18n.language;
  const render = useCallback(
    (item: TimelineItem) =>
      item.type === 'day' ? (
        <DayHeading item={item} lang={lang} />
      ) : (
        <EntryRow item={item} creditorOf={creditorOf} />
      ),
    [lang, creditorOf],
  );
  const filtered =
    filter.kind !== '' || filter.tag !== '' || filter.query.trim() !== '' || filter.debtId !== '';

  return (
    <section className="log-timeline" aria-labelledby={`${uid}-t`} data-testid="log-timeline">
      <h1 id={`${uid}-t`} tabIndex={-1} ref={titleRef}>
        {t('timeline.title')}
      </h1>
      {notice}
      <div className="log-filters">
        <input
          type="search"
          className="log-filters__search"
          aria-label={t('timeline.search')}
          placeholder={t('timeline.search')}
          data-testid="log-search"
          value={filter.query}
          onChange={(e) => set('query', e.target.value)}
        />
        <select
          aria-label={t('timeline.filterKind')}
          data-testid="log-filter-kind"
          value={filter.kind}
          onChange={(e) => set('kind', e.target.value as EntryKind | '')}
        >
          <option value="">{t('timeline.allKinds')}</option>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('timeline.filterDebt')}
          data-testid="log-filter-debt"
          value={filter.debtId}
          onChange={(e) => set('debtId', e.target.value)}
        >
          <option value="">{t('timeline.allDebts')}</option>
          {debts.map((d) => (
            <option key={d.debt.id} value={d.debt.id}>
              {d.debt.creditor}
            </option>
          ))}
          <option value={NO_DEBT}>{t('timeline.noDebt')}</option>
        </select>
        <select
          aria-label={t('timeline.filterTag')}
          data-testid="log-filter-tag"
          value={filter.tag}
          onChange={(e) => set('tag', e.target.value as ConductTag | '')}
        >
          <option value="">{t('timeline.allTags')}</option>
          {CONDUCT_TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {t(`tag.${tag}`)}
            </option>
          ))}
        </select>
        <label className="log-check">
          <input
            type="checkbox"
            data-testid="log-show-hidden"
            checked={filter.showHidden}
            onChange={(e) => set('showHidden', e.target.checked)}
          />
          {t('timeline.showHidden', { count: hiddenCount })}
        </label>
      </div>
      <p className="log-timeline__count" role="status" data-testid="log-count">
        {filtered
          ? t('timeline.countFiltered', { count: shownRows.length, total: rows.length })
          : t('timeline.count', { count: shownRows.length })}
      </p>
      {rows.length === 0 ? (
        <div className="log-empty" data-testid="log-empty">
          <p>{t('timeline.empty')}</p>
          <a className="button button--primary" href={routes.log.new()}>
            {t('timeline.logFirst')}
          </a>
        </div>
      ) : items.length === 0 ? (
        <div className="log-empty" data-testid="log-no-match">
          <p>{t('timeline.noMatch')}</p>
          <button type="button" className="button" onClick={() => setFilter(EMPTY_FILTER)}>
            {t('timeline.clearFilters')}
          </button>
        </div>
      ) : (
        <VirtualList
          items={items}
          heightOf={heightOf}
          keyOf={keyOf}
          render={render}
          label={t('timeline.listLabel')}
          testId="log-list"
        />
      )}
    </section>
  );
}
