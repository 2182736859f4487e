import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../domain/calendar/days.ts';
import { parseDay, parsePrincipal } from '../../domain/case/debt-draft.ts';
import type { Debt, LocalDate } from '../../domain/case/types.ts';
import { citationText } from '../../domain/letters/format.ts';
import { affordableMonthly } from '../../domain/plan/budget.ts';
import { monthLimitFor, proposePlan } from '../../domain/plan/proposal.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatLocalDate, formatMoneyCny } from '../../i18n/format.ts';
import type { Language } from '../../i18n/resources.ts';

const formatFen = (fen: number, lang: Language): string => formatMoneyCny(fen / 100, lang);

export interface PlanInsert {
  readonly months: number;
  /** Yuan, as digits ("1429" or "1429.50"). */
  readonly monthlyAmount: string;
  readonly firstDate: LocalDate;
}

interface PlanPanelProps {
  readonly debt: Debt;
  readonly today: LocalDate;
  readonly onInsert: (plan: PlanInsert) => void;
}

const FIELDS = ['income', 'essentials', 'otherDebts', 'balance'] as const;
type MoneyField = (typeof FIELDS)[number];

/** Yuan text → fen, or null when it is empty or not an amount. */
const fenOf = (text: string): number | null => {
  if (text.trim() === '') return null;
  const parsed = parsePrincipal(text);
  return parsed.ok ? Math.round(parsed.value * 100) : null;
};

const yuanDigits = (fen: number): string => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** Income − essentials − other debts → an affordable amount → a proposal to insert into the letter. */
export function PlanPanel({ debt, today, onInsert }: PlanPanelProps) {
  const { t } = useTranslation('letters');
  const lang = useLanguage();
  const id = useId();
  const [money, setMoney] = useState<Record<MoneyField, string>>({
    income: '',
    essentials: '',
    otherDebts: '0',
    balance: debt.principal === undefined ? '' : String(debt.principal),
  });
  const [firstDate, setFirstDate] = useState(addMonths(today, 1));
  const [months, setMonths] = useState('');
  const limit = monthLimitFor(debt.kind);

  const outcome = useMemo(() => {
    const fen = Object.fromEntries(FIELDS.map((f) => [f, fenOf(money[f])])) as Record<
      MoneyField,
      number | null
    >;
    const bad = FIELDS.filter((f) => money[f].trim() !== '' && fen[f] === null);
    if (bad.length > 0) return { kind: 'bad' as const, fields: bad };
    if (fen.income === null || fen.essentials === null || fen.balance === null)
      return { kind: 'incomplete' as const };
    const budget = affordableMonthly({
      monthlyIncome: fen.income,
      essentialSpending: fen.essentials,
      otherDebtPayments: fen.otherDebts ?? 0,
    });
    if (!budget.ok) return { kind: 'bad' as const, fields: budget.problems.map(() => 'income' as const) };
    const day = parseDay(firstDate);
    if (!day.ok) return { kind: 'badDate' as const };
    const wanted = months.trim() === '' ? undefined : Number(months);
    const proposal = proposePlan({
      balance: fen.balance,
      affordable: budget.affordable,
      firstDate: day.value,
      kind: debt.kind,
      ...(wanted === undefined ? {} : { months: wanted }),
    });
    return { kind: 'done' as const, budget, proposal };
  }, [money, firstDate, months, debt.kind]);

  const moneyInput = (field: MoneyField) => (
    <div className="letters-field" key={field}>
      <label htmlFor={`${id}-${field}`}>{t(`plan.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        inputMode="decimal"
        value={money[field]}
        aria-invalid={outcome.kind === 'bad' && outcome.fields.includes(field) ? true : undefined}
        data-testid={`plan-${field}`}
        onChange={(e) => setMoney((m) => ({ ...m, [field]: e.target.value }))}
      />
    </div>
  );

  return (
    <section className="letters-plan" aria-labelledby={`${id}-title`} data-testid="plan-panel">
      <h2 id={`${id}-title`}>{t('plan.title')}</h2>
      <p className="letters-muted">{t('plan.intro')}</p>
      {FIELDS.map(moneyInput)}
      <div className="letters-field">
        <label htmlFor={`${id}-first`}>{t('plan.firstDate')}</label>
        <input
          id={`${id}-first`}
          type="date"
          value={firstDate}
          data-testid="plan-first-date"
          onChange={(e) => setFirstDate(e.target.value)}
        />
      </div>
      <div className="letters-field">
        <label htmlFor={`${id}-months`}>{t('plan.months', { max: limit.months })}</label>
        <input
          id={`${id}-months`}
          inputMode="numeric"
          value={months}
          placeholder={t('plan.monthsAuto')}
          data-testid="plan-months"
          onChange={(e) => setMonths(e.target.value)}
        />
      </div>
      <p className="letters-muted">
        {limit.basis === 'rule'
          ? t('plan.limitCard', { max: limit.months, source: citationText('xinyongka-70', lang) })
          : t('plan.limitOther', { max: limit.months })}
      </p>
      <div role="status" data-testid="plan-result">
        {outcome.kind === 'incomplete' && <p>{t('plan.incomplete')}</p>}
        {outcome.kind === 'bad' && <p className="letters-error">{t('plan.badAmount')}</p>}
        {outcome.kind === 'badDate' && <p className="letters-error">{t('plan.badDate')}</p>}
        {outcome.kind === 'done' && (
          <>
            <p>
              {outcome.budget.affordable > 0
                ? t('plan.affordable', { amount: formatFen(outcome.budget.affordable, lang) })
                : t('plan.noSurplus')}
            </p>
            {outcome.proposal.ok ? (
              <ProposalView proposal={outcome.proposal.proposal} onInsert={onInsert} />
            ) : (
              <p className="letters-error">
                {t(`plan.problem.${outcome.proposal.code}`, { max: limit.months })}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}

type Proposal = Extract<ReturnType<typeof proposePlan>, { ok: true }>['proposal'];

function ProposalView({ proposal, onInsert }: { proposal: Proposal; onInsert: (plan: PlanInsert) => void }) {
  const { t } = useTranslation('letters');
  const lang = useLanguage();
  return (
    <>
      <p data-testid="plan-proposal">
        {t('plan.proposal', {
          count: proposal.months,
          amount: formatFen(proposal.amount, lang),
          first: formatLocalDate(proposal.firstDate, lang),
          last: formatLocalDate(proposal.lastDate, lang),
        })}
      </p>
      {proposal.lastAmount !== proposal.amount && (
        <p className="letters-muted">
          {t('plan.lastAmount', { amount: formatFen(proposal.lastAmount, lang) })}
        </p>
      )}
      <p className="letters-muted">{t('plan.noInterest')}</p>
      {proposal.notes.map((note) => (
        <p key={note} className="letters-warn">
          {t(`plan.note.${note}`, { max: proposal.limit.months })}
        </p>
      ))}
      <button
        type="button"
        className="button button--primary"
        data-testid="plan-insert"
        onClick={() =>
          onInsert({
            months: proposal.months,
            monthlyAmount: yuanDigits(proposal.amount),
            firstDate: proposal.firstDate,
          })
        }
      >
        {t('plan.insert')}
      </button>
      <details className="letters-schedule">
        <summary>{t('plan.schedule')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('plan.col.index')}</th>
              <th scope="col">{t('plan.col.date')}</th>
              <th scope="col">{t('plan.col.amount')}</th>
              <th scope="col">{t('plan.col.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.schedule.map((row) => (
              <tr key={row.index}>
                <td>{row.index}</td>
                <td>{formatLocalDate(row.date, lang)}</td>
                <td>{formatFen(row.amount, lang)}</td>
                <td>{formatFen(row.remaining, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
