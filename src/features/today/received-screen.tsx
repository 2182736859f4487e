import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Debt } from '../../domain/case/types.ts';
import { CitationList } from '../../components/citation-list.tsx';
import { FLOW_SPECS } from './received-specs.ts';
import { CreditReply } from './credit-reply.tsx';
import { ReceivedForm } from './received-form.tsx';
import { RECEIVED_FLOWS, routes, type ReceivedFlow } from '../../platform/routes.ts';
import { navigate } from '../../platform/use-route.ts';

interface ReceivedScreenProps {
  readonly flow?: ReceivedFlow;
  readonly debts: readonly Debt[];
  readonly today: string;
}

function Chooser() {
  const { t } = useTranslation('received');
  return (
    <ul className="today-chooser">
      {RECEIVED_FLOWS.map((flow) => (
        <li key={flow}>
          <a
            className="today-chooser__item"
            href={routes.today.received(flow)}
            data-testid={`received-${flow}`}
          >
            {t(`flow.${flow}.label`)}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Flow({ flow, debts, today }: { flow: ReceivedFlow; debts: readonly Debt[]; today: string }) {
  const { t } = useTranslation('received');
  const spec = FLOW_SPECS[flow];
  return (
    <div data-testid="received-flow" data-flow={flow}>
      <h2 className="today-flow__title">{t(`flow.${flow}.title`)}</h2>
      <p className="today-flow__lead">{t(`flow.${flow}.lead`)}</p>
      <ol className="today-steps">
        {spec.steps.map((step) => (
          <li key={step.key} className="today-steps__item">
            <p>{t(`step.${flow}.${step.key}.text` as 'step.sued-sms.real.text')}</p>
            <p className="today-source">
              {step.unverified && <span className="today-badge today-badge--warn">{t('unverified')}</span>}
              {!step.cites && t(`step.${flow}.${step.key}.source` as 'step.sued-sms.noPersonal.source')}
            </p>
            {step.cites && <CitationList ids={step.cites} />}
          </li>
        ))}
      </ol>
      {spec.served && (
        <div className="today-note" data-testid="received-served">
          <h3>{t('served.title')}</h3>
          <p>{t(`served.${spec.served}`)}</p>
        </div>
      )}
      {spec.letters && (
        <div data-testid="received-letters">
          <h3>{t('letters.title')}</h3>
          <ul className="today-list">
            {spec.letters.map((id) => (
              <li key={id}>
                <a className="today-link" href={routes.letters.draft(id)}>
                  {t(`letters.names.${id}` as 'letters.names.payment-order-objection')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {spec.form && (
        <ReceivedForm
          key={flow}
          form={spec.form}
          debts={debts}
          today={today}
          onSaved={() => {
            navigate(routes.today.list());
          }}
        />
      )}
      {spec.creditReply && <CreditReply today={today} />}
      <p>
        <a className="today-link" href={routes.today.received()}>
          {t('chooseAnother')}
        </a>
      </p>
    </div>
  );
}

/** "I just received…": a chooser, then one flow of plain steps with sources and, where a date matters, a form. */
export function ReceivedScreen({ flow, debts, today }: ReceivedScreenProps) {
  const { t } = useTranslation('received');
  const heading = useRef<HTMLHeadingElement>(null);
  // The first time this chunk loads, Today's own focus move finds no heading yet (Suspense): take it here.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="today" aria-labelledby="received-title" data-testid="received">
      <p>
        <a className="today-link" href={routes.today.list()}>
          {t('back')}
        </a>
      </p>
      <h1 id="received-title" tabIndex={-1} ref={heading}>
        {t('title')}
      </h1>
      {flow ? (
        <Flow flow={flow} debts={debts} today={today} />
      ) : (
        <>
          <p className="today-muted">{t('intro')}</p>
          <Chooser />
        </>
      )}
    </section>
  );
}
