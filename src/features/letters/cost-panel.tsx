import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../domain/calendar/days.ts';
import { parseDay, parsePrincipal } from '../../domain/case/debt-draft.ts';
import type { LocalDate } from '../../domain/case/types.ts';
import type { CitationId } from '../../domain/citations/citations.ts';
import { citationText } from '../../domain/letters/format.ts';
import { checkCost, type CostCheck } from '../../domain/plan/cost-check.ts';
import type { IrrResult } from '../../domain/plan/irr.ts';
import { formatLocalDate, formatMoneyCny } from '../../i18n/format.ts';
import type { Language } from '../../i18n/resources.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { LetterGuidance } from './letter-guidance.tsx';

type Field = 'nominal' | 'received' | 'count' | 'each';

const fenOf = (text: string): number | null => {
  const p = parsePrincipal(text);
  return p.ok ? Math.round(p.value * 100) : null;
};

const pct = (x: number, lang: Language): string =>
  new Intl.NumberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(x);

const cites = (ids: readonly CitationId[], lang: Language): string =>
  ids.map((id) => citationText(id, lang)).join('; ');

/**
 * The real annual rate of a loan paid back in equal monthly amounts, from what actually arrived (民法典 670), against
 * 24 % and 4 × the 1-year LPR. Regular schedules only in this form; the domain takes any dates.
 */
export function CostCheckPanel({ today }: { today: LocalDate }) {
  const { t } = useTranslation('letters');
  const lang = useLanguage();
  const id = useId();
  const [v, setV] = useState<Record<Field, string>>({ nominal: '', received: '', count: '', each: '' });
  const [receivedOn, setReceivedOn] = useState(today);

  const outcome = useMemo(() => {
    if (v.received.trim() === '' || v.count.trim() === '' || v.each.trim() === '')
      return { kind: 'incomplete' as const };
    const received = fenOf(v.received);
    const nominal = v.nominal.trim() === '' ? undefined : fenOf(v.nominal);
    const each = fenOf(v.each);
    const count = Number(v.count);
    const day = parseDay(receivedOn);
    if (
      received === null ||
      nominal === null ||
      each === null ||
      !Number.isInteger(count) ||
      count < 1 ||
      count > 360 ||
      !day.ok
    ) {
      return { kind: 'bad' as const };
    }
    const payments = Array.from({ length: count }, (_, i) => ({
      date: addMonths(day.value, i + 1),
      amount: each,
    }));
    const r = checkCost({
      received,
      receivedOn: day.value,
      payments,
      ...(nominal === undefined ? {} : { nominalPrincipal: nominal }),
    });
    return r.ok ? { kind: 'done' as const, check: r.check } : { kind: 'problem' as const, code: r.code };
  }, [v, receivedOn]);

  const input = (field: Field, extra: { inputMode: 'decimal' | 'numeric' }) => (
    <div className="letters-field" key={field}>
      <label htmlFor={`${id}-${field}`}>{t(`cost.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        inputMode={extra.inputMode}
        value={v[field]}
        data-testid={`cost-${field}`}
        onChange={(e) => setV((old) => ({ ...old, [field]: e.target.value }))}
      />
    </div>
  );

  return (
    <div className="letters-cost" data-testid="cost-panel">
      <p className="letters-muted">{t('cost.intro')}</p>
      {input('nominal', { inputMode: 'decimal' })}
      {input('received', { inputMode: 'decimal' })}
      <div className="letters-field">
        <label htmlFor={`${id}-on`}>{t('cost.receivedOn')}</label>
        <input
          id={`${id}-on`}
          type="date"
          value={receivedOn}
          data-testid="cost-received-on"
          onChange={(e) => setReceivedOn(e.target.value)}
        />
      </div>
      {input('count', { inputMode: 'numeric' })}
      {input('each', { inputMode: 'decimal' })}
      <div role="status" data-testid="cost-result">
        {outcome.kind === 'incomplete' && <p>{t('cost.incomplete')}</p>}
        {outcome.kind === 'bad' && <p className="letters-error">{t('cost.bad')}</p>}
        {outcome.kind === 'problem' && <p className="letters-error">{t(`cost.problem.${outcome.code}`)}</p>}
        {outcome.kind === 'done' && <CostResult check={outcome.check} lang={lang} />}
      </div>
      {/* Where the lender may be unlicensed or the rate above a cap: what is not protected, what to keep, where to
          report (legal-facts.md §16 R111–R114). */}
      <LetterGuidance templateId="illegal-lending" headingKey="guidance.lending.title" />
    </div>
  );
}

function RateLines({ rate, lang }: { rate: IrrResult; lang: Language }) {
  const { t } = useTranslation('letters');
  if (!rate.ok) return <p className="letters-error">{t(`cost.irr.${rate.code}`)}</p>;
  return (
    <>
      <p className="letters-rate" data-testid="cost-rate">
        {t('cost.rateNominal', { rate: pct(rate.nominalMonthly, lang) })}
      </p>
      <p className="letters-muted" data-testid="cost-effective">
        {t('cost.rateEffective', { rate: pct(rate.effective, lang) })}
      </p>
      {rate.multipleRootsPossible && <p className="letters-warn">{t('cost.multipleRoots')}</p>}
    </>
  );
}

function CostResult({ check, lang }: { check: CostCheck; lang: Language }) {
  const { t } = useTranslation('letters');
  return (
    <>
      <RateLines rate={check.rate} lang={lang} />
      {check.withheld > 0 && check.rateOnNominal !== null && (
        <div className="letters-note" data-testid="cost-withheld">
          <p>
            {t('cost.withheld', {
              amount: formatMoneyCny(check.withheld / 100, lang),
              source: cites(['minfadian-670', 'spc-private-lending-26'], lang),
            })}
          </p>
          {check.rateOnNominal.ok && (
            <p>{t('cost.onNominal', { rate: pct(check.rateOnNominal.nominalMonthly, lang) })}</p>
          )}
        </div>
      )}
      <h3>{t('cost.compare')}</h3>
      <ul className="letters-benchmarks">
        {check.benchmarks.map((b) => (
          <li key={b.id} data-testid={`cost-benchmark-${b.id}`}>
            {b.id === 'court-24' ? (
              <p>
                {t(b.above ? 'cost.court24.above' : 'cost.court24.below', {
                  source: cites(b.citationIds, lang),
                })}
              </p>
            ) : b.lpr.found && b.limitBp !== null ? (
              <>
                <p>
                  {t(b.above === true ? 'cost.lpr.above' : 'cost.lpr.below', {
                    limit: pct(b.limitBp / 10_000, lang),
                    source: cites(b.citationIds, lang),
                  })}
                </p>
                <p className="letters-muted" data-testid="cost-lpr-asof">
                  {t('cost.lpr.data', {
                    rate: pct(b.lpr.record.oneYearBp / 10_000, lang),
                    since: formatLocalDate(b.lpr.record.since, lang),
                    asOf: b.lpr.record.asOf,
                  })}
                </p>
                {b.lpr.afterAsOf && (
                  <p className="letters-warn">{t('cost.lpr.afterAsOf', { asOf: b.lpr.record.asOf })}</p>
                )}
                <p className="letters-muted">{t('cost.lpr.scope')}</p>
              </>
            ) : (
              <p>
                {t('cost.lpr.none', {
                  since: b.lpr.found ? '' : formatLocalDate(b.lpr.earliest?.since ?? '', lang),
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="letters-muted">{t('cost.method', { source: cites(['pboc-2021-3'], lang) })}</p>
    </>
  );
}
