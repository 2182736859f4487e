import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LimitationWarning } from '../../domain/letters/limitation.ts';
import { citationText } from '../../domain/letters/format.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

interface LimitationGateProps {
  readonly warning: LimitationWarning;
  readonly onContinue: () => void;
  readonly backHref: string;
}

/**
 * Shown before a letter that admits the debt or offers payment when the creditor's 3-year period may be near its
 * end, past it, or cannot be estimated: sending the letter restarts the period (民法典 195), and after it has run
 * out, agreeing to pay gives up the time-bar defence (民法典 192; legal-facts.md §1 item 10). The user decides.
 */
export function LimitationGate({ warning, onContinue, backHref }: LimitationGateProps) {
  const { t } = useTranslation('letters');
  const lang = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { basis } = warning;
  const due = basis.due === undefined ? '' : formatLocalDate(basis.due, lang);
  const status =
    warning.level === 'near'
      ? t('limitation.near', { due, count: basis.daysLeft ?? 0 })
      : warning.level === 'past'
        ? t('limitation.past', { due })
        : basis.reason === 'court-decided'
          ? t('limitation.courtDecided')
          : basis.reason === 'paid-off'
            ? t('limitation.paidOff', { paidOffOn: formatLocalDate(basis.paidOffOn ?? '', lang) })
            : t('limitation.unknown');
  return (
    <section
      className="letters-gate"
      role="alertdialog"
      aria-labelledby="letters-gate-title"
      data-testid="limitation-warning"
    >
      <h2 id="letters-gate-title" ref={heading} tabIndex={-1}>
        {t('limitation.title')}
      </h2>
      <p data-testid="limitation-status">{status}</p>
      <p>{t('limitation.restarts', { source: citationText('minfadian-195', lang) })}</p>
      <p>{t('limitation.waiver', { source: citationText('minfadian-192', lang) })}</p>
      <p>{t('limitation.estimate')}</p>
      <p>{t('limitation.decide')}</p>
      <div className="letters-actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="limitation-continue"
          onClick={onContinue}
        >
          {t('limitation.continue')}
        </button>
        <a className="button" href={backHref} data-testid="limitation-back">
          {t('limitation.back')}
        </a>
      </div>
    </section>
  );
}
