import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../domain/rules/evaluate.ts';
import { routes } from '../../platform/routes.ts';

/**
 * Said right after a save when the new entry shows something a collector may not do: calm, in
 * the binding-force words of the rules namespace, and one tap from the full findings for that debt.
 */
export function FindingsNotice({
  findings,
  onDismiss,
}: {
  readonly findings: readonly Finding[];
  readonly onDismiss: () => void;
}) {
  const { t } = useTranslation(['log', 'rules']);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const debtId = findings.find((f) => f.debtId !== null)?.debtId ?? null;
  const href = routes.lawful.findings(debtId);
  return (
    <section
      className="log-notice"
      data-testid="log-findings-notice"
      aria-labelledby="log-notice-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="log-notice-title" className="log-notice__title">
        {t('log:notice.title', { count: findings.length })}
      </h2>
      <ul className="log-notice__list">
        {findings.map((f) => (
          <li key={`${f.ruleId}|${f.entryIds.join(',')}`} data-rule={f.ruleId}>
            <strong>{t(`rules:rule.${f.ruleId}.title`)}</strong>
            <span className="log-notice__force">{t(`rules:severity.${f.severity}`)}</span>
          </li>
        ))}
      </ul>
      <p className="log-notice__calm">{t('log:notice.calm')}</p>
      <div className="log-notice__actions">
        <a className="button button--primary" href={href} data-testid="log-findings-link">
          {t('log:notice.open')}
        </a>
        <button type="button" className="button" onClick={onDismiss}>
          {t('log:notice.dismiss')}
        </button>
      </div>
    </section>
  );
}
