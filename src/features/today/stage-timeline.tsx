import { useTranslation } from 'react-i18next';
import type { DebtKind } from '../../domain/case/types.ts';
import { stageDef, stagesFor } from '../../domain/stages/stages.ts';
import type { StageDef, StageId } from '../../domain/stages/types.ts';

/** The whole typical order for this kind of debt, the current stage highlighted; timing is practice, not law. */
export function StageTimeline({ kind, current }: { kind: DebtKind; current: StageId }) {
  const { t } = useTranslation('today');
  const { t: tDetail } = useTranslation('stageDetail');
  const path = stagesFor(kind);
  // A debt can sit in a stage its kind's typical path leaves out (e.g. 'overdue' with no first missed due date).
  const stages: readonly StageDef[] = path.some((s) => s.id === current)
    ? path
    : [...path, stageDef(current)].sort((a, b) => a.order - b.order);
  return (
    <ol className="today-timeline">
      {stages.map((s) => {
        const isCurrent = s.id === current;
        const from = s.typicalDays?.from;
        return (
          <li
            key={s.id}
            className={
              isCurrent ? 'today-timeline__item today-timeline__item--current' : 'today-timeline__item'
            }
            {...(isCurrent ? { 'aria-current': 'step' as const } : {})}
          >
            <p className="today-timeline__name">
              {t(`stage.${s.id}.name`)}
              {isCurrent && <span className="today-badge">{tDetail('detail.current')}</span>}
            </p>
            <p className="today-muted">
              {from !== undefined && from > 0
                ? tDetail('detail.days', { count: from })
                : s.basis === 'law' || from === undefined
                  ? tDetail('detail.byFact')
                  : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
