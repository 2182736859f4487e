import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const STEPS = ['what', 'data', 'advice'] as const;

/** Three short screens on first launch: what 有据 does, where the data lives, and that it is not legal advice. */
export function Onboarding({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['onboarding', 'common']);
  const [index, setIndex] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = STEPS[index] ?? 'what';
  const last = index === STEPS.length - 1;

  useEffect(() => {
    // Move focus to the new heading so a screen reader reads the next screen, but not on first paint.
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const go = (next: number) => {
    moved.current = true;
    setIndex(next);
  };

  return (
    <section className="onboarding" data-testid="onboarding" aria-label={t('onboarding:label')}>
      <div className="onboarding__card" data-step={step}>
        <h1 className="onboarding__title" tabIndex={-1} ref={headingRef}>
          {t(`onboarding:steps.${step}.title`)}
        </h1>
        <p className="onboarding__body">{t(`onboarding:steps.${step}.body`)}</p>
      </div>

      <p className="visually-hidden" aria-live="polite">
        {t('onboarding:progress', { current: index + 1, total: STEPS.length })}
      </p>
      <div className="dots" aria-hidden="true">
        {STEPS.map((s, i) => (
          <span key={s} className={i === index ? 'dots__dot dots__dot--current' : 'dots__dot'} />
        ))}
      </div>

      <div className="onboarding__actions">
        {index > 0 && (
          <button
            type="button"
            className="button"
            data-testid="onboarding-back"
            onClick={() => go(index - 1)}
          >
            {t('common:actions.back')}
          </button>
        )}
        {last ? (
          <button
            type="button"
            className="button button--primary"
            data-testid="onboarding-done"
            onClick={onDone}
          >
            {t('onboarding:done')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            data-testid="onboarding-next"
            onClick={() => go(index + 1)}
          >
            {t('common:actions.next')}
          </button>
        )}
      </div>
    </section>
  );
}
