import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClock } from '../../../data/store/store-context.tsx';
import { clockText } from './recorder-format.ts';

/**
 * The live "recording" line: a pulsing dot, the elapsed time and the microphone level. The level is read a few
 * times a second; the timer is what the user trusts, so it is large and announced only on start (not every tick).
 */
export function RecorderStatus({ startedAt, level }: { startedAt: number; level: () => number }) {
  const { t } = useTranslation('recorder');
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  const [loudness, setLoudness] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(clock.now());
      setLoudness(level());
    }, 150);
    return () => window.clearInterval(timer);
  }, [clock, level]);
  const elapsed = clockText(now - startedAt);
  return (
    <div className="recorder-status" data-testid="recorder-recording">
      <span className="recorder-status__dot" aria-hidden="true" />
      <span className="recorder-status__label">{t('panel.recording')}</span>
      <span
        className="recorder-status__time"
        data-testid="recorder-elapsed"
        aria-label={t('panel.elapsed', { time: elapsed })}
      >
        {elapsed}
      </span>
      <span className="recorder-status__level" title={t('panel.level')} aria-hidden="true">
        <span style={{ transform: `scaleX(${Math.max(0.04, loudness).toFixed(2)})` }} />
      </span>
    </div>
  );
}
