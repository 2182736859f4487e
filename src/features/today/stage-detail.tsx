import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatMoneyCny } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import type { Debt } from '../../domain/case/types.ts';
import { creditCardPrincipalTotal } from '../../domain/stages/overdraft.ts';
import { KIND_PROFILES, stageDef } from '../../domain/stages/stages.ts';
import type { RiskCode } from '../../domain/stages/types.ts';
import { CitationList } from '../../components/citation-list.tsx';
import { DeadlineLine } from './deadline-line.tsx';
import { LenderRules } from './lender-rules.tsx';
import { StageTimeline } from './stage-timeline.tsx';
import type { TodayCardModel } from './today-model.ts';
import { routes } from '../../platform/routes.ts';

const ALWAYS_RISKS: readonly RiskCode[] = ['negative-credit-record', 'limitation-restarts'];
const OVERDRAFT_RISKS: readonly RiskCode[] = ['malicious-overdraft', 'malicious-overdraft-below-threshold'];

/** Court stages with a longer explanation (locale received:stageMore; legal-facts §16 R52–R57, R76–R80). */
const STAGE_MORE = ['payment-order', 'lawsuit', 'judgment'] as const;
const hasMore = (stage: string): stage is (typeof STAGE_MORE)[number] =>
  (STAGE_MORE as readonly string[]).includes(stage);

interface StageDetailProps {
  readonly card: TodayCardModel;
  readonly today: string;
  /** Every active debt: amounts on several cards may be added together (docs/legal-sources.md, R63). */
  readonly debts: readonly Debt[];
}

/** The principal recorded across the user's credit cards, under the 恶意透支 risk; never a verdict (R61–R63). */
function CardsTotal({ debts }: { readonly debts: readonly Debt[] }) {
  const { t } = useTranslation('stageDetail');
  const lng = useLanguage();
  const sum = creditCardPrincipalTotal(debts);
  return (
    <div data-testid="overdraft-cards-total">
      {sum.counted > 0 && (
        <p>{t('overdraft.cardsTotal', { total: formatMoneyCny(sum.total, lng), count: sum.counted })}</p>
      )}
      {sum.withoutPrincipal > 0 && <p>{t('overdraft.withoutPrincipal', { count: sum.withoutPrincipal })}</p>}
      <p className="today-muted">{t('overdraft.asRecorded')}</p>
    </div>
  );
}

/** Everything about one debt's stage: practice, the lender's limits, the borrower's options, risks, the order. */
export function StageDetail({ card, today, debts }: StageDetailProps) {
  const { t } = useTranslation('today');
  const { t: tDebts } = useTranslation('debts');
  // The detail's headings, the stage texts and the risk words load with this screen (stageDetail namespace).
  const { t: tDetail } = useTranslation('stageDetail');
  const { t: tReceived } = useTranslation('received');
  // Words only this screen uses load with it, not with the first screen (src/i18n/resources.ts).
  const { t: tNotes } = useTranslation('todayDetail');
  const lng = useLanguage();
  const { debt, set } = card;
  const { stage } = set;
  const def = stageDef(stage.stage);
  const profile = KIND_PROFILES[debt.kind];
  const ruleIds = [...new Set([...def.ruleRefs, ...profile.ruleRefs])];
  // The credit record and the limitation period matter at every stage (征信条例 16; 民法典 188, 195).
  const risks = [...new Set([...stage.risks, ...ALWAYS_RISKS])];
  const heading = useRef<HTMLHeadingElement>(null);
  // The first time this chunk loads, Today's own focus move finds no heading yet (Suspense): take it here.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="today" aria-labelledby="stage-detail-title" data-testid="stage-detail">
      <p>
        <a className="today-link" href={routes.today.list()}>
          {tDetail('detail.back')}
        </a>
      </p>
      <h1 id="stage-detail-title" tabIndex={-1} ref={heading}>
        {tDetail('detail.title', { creditor: debt.creditor })}
      </h1>
      <p className="today-card__stage" data-stage={stage.stage}>
        {t('card.stage', { stage: t(`stage.${stage.stage}.name`) })}
      </p>

      <h2>{def.basis === 'law' ? tDetail('detail.aboutLaw') : tDetail('detail.usually')}</h2>
      <p>{tDetail(`usually.${stage.stage}`)}</p>
      {hasMore(stage.stage) && <p data-testid="stage-more">{tReceived(`stageMore.${stage.stage}`)}</p>}
      <CitationList ids={def.citationIds} />

      <h2>{tDetail('detail.can')}</h2>
      <ul className="today-list">
        {stage.actions.map((a) => (
          <li key={a}>{t(`action.${a}`)}</li>
        ))}
      </ul>

      <h2>{tDetail('detail.deadlines')}</h2>
      {set.deadlines.length === 0 ? (
        <p>{t('card.noDeadline')}</p>
      ) : (
        <ul className="today-list today-list--plain">
          {set.deadlines.map((d) => (
            <li key={`${d.id}.${d.startDay}`}>
              <DeadlineLine deadline={d} today={today} />
              <p className="today-muted">{t(`counting.${d.counting}`)}</p>
              {d.notes.map((n) => (
                <p key={n} className="today-muted">
                  {tNotes(`note.${n}`)}
                </p>
              ))}
              <CitationList ids={d.citationIds} />
            </li>
          ))}
        </ul>
      )}
      {set.needsDate.includes('stated') && (
        <p className="today-deadline__note today-deadline__note--warn">{tNotes('needsStated')}</p>
      )}
      {set.senderDates.map((sd) => (
        <p key={`${sd.from}.${sd.day}`} className="today-muted">
          {tNotes('senderDate', { date: formatLocalDate(sd.day, lng) })}
        </p>
      ))}

      <h2>{tDetail('detail.risks')}</h2>
      <ul className="today-list today-list--plain">
        {risks.map((r) => (
          <li key={r} className="today-risk">
            <p className="today-risk__title">{tDetail(`risk.${r}.title`)}</p>
            <p>{tDetail(`risk.${r}.text`)}</p>
            {OVERDRAFT_RISKS.includes(r) && <CardsTotal debts={debts} />}
            <p className="today-source">{tDetail(`risk.${r}.source`)}</p>
          </li>
        ))}
      </ul>

      <h2>{tDetail('detail.lender')}</h2>
      <LenderRules ruleIds={ruleIds} />

      <h2>{tDetail('detail.timeline')}</h2>
      <p className="today-muted">{tDetail('detail.timelineNote')}</p>
      <StageTimeline kind={debt.kind} current={stage.stage} />
      <h2>{tDetail('detail.kind', { kind: tDebts(`kinds.${debt.kind}`) })}</h2>
      <p>{tNotes(`kindNote.${debt.kind}`)}</p>
      <CitationList ids={profile.citationIds} />
    </section>
  );
}
