import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../domain/case/types.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { DeadlineLine } from './deadline-line.tsx';
import type { TodayCardModel } from './today-model.ts';
import { routes } from '../../platform/routes.ts';

/** Names the logged fact behind a stage ("the 支付令 you logged…"); no entry = the debt's outsourcing notice date. */
function eventLabel(t: TFunction<'today'>, entry: Entry | undefined): string {
  if (!entry) return t('event.outsourcing');
  if (entry.kind === 'letter') return t(`event.letter.${entry.letter?.type ?? 'other'}`);
  if (entry.collector?.side === 'agency' && entry.kind !== 'visit') return t('event.agency');
  return t(`event.${entry.kind}`);
}

function Basis({ card }: { card: TodayCardModel }) {
  const { t } = useTranslation('today');
  const lng = useLanguage();
  const { stage } = card.set;
  if (stage.basis === 'event') {
    const date = stage.fromDay ? formatLocalDate(stage.fromDay, lng) : '';
    return (
      <p className="today-card__basis">
        {t('card.basisEvent', { what: eventLabel(t, card.basisEntry), date })}
      </p>
    );
  }
  if (stage.basis === 'days' && stage.daysOverdue !== undefined) {
    return <p className="today-card__basis">{t('card.basisDays', { count: stage.daysOverdue })}</p>;
  }
  return <p className="today-card__basis">{t('card.basisNone')}</p>;
}

export function TodayCard({ card, today }: { card: TodayCardModel; today: string }) {
  const { t } = useTranslation('today');
  const { debt, set, nearest } = card;
  return (
    <li className="today-card" data-testid="today-card" data-debt-id={debt.id}>
      <h2 className="today-card__creditor">{debt.creditor}</h2>
      <p className="today-card__stage" data-testid="today-stage" data-stage={set.stage.stage}>
        {t('card.stage', { stage: t(`stage.${set.stage.stage}.name`) })}
      </p>
      <Basis card={card} />
      <div className="today-card__block" data-testid="today-next-step">
        <p className="today-card__label">{t('card.nextStep')}</p>
        <p>{t(`action.${set.stage.nextStep}`)}</p>
      </div>
      <div
        className="today-card__block"
        data-testid="today-deadline"
        {...(nearest ? { 'data-due': nearest.due, 'data-deadline-id': nearest.id } : {})}
      >
        <p className="today-card__label">{t('card.deadline')}</p>
        {nearest ? <DeadlineLine deadline={nearest} today={today} /> : <p>{t('card.noDeadline')}</p>}
      </div>
      <a className="button button--small today-card__open" href={routes.today.debt(debt.id)}>
        {t('card.open', { creditor: debt.creditor })}
      </a>
    </li>
  );
}
