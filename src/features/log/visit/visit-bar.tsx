import { useTranslation } from 'react-i18next';
import { RecorderOutcome } from '../recorder/recorder-panel.tsx';
import { RecorderStatus } from '../recorder/recorder-status.tsx';
import type { RecorderControls } from '../recorder/use-recorder.ts';

interface VisitBarProps {
  readonly controls: RecorderControls;
  /** The visit is saved: the recording's outcome is shown in the result instead. */
  readonly saved: boolean;
}

/** The recording's state above every step: running (with its level), starting, or off with a way to start it. */
export function VisitBar({ controls, saved }: VisitBarProps) {
  const { t } = useTranslation('recorder');
  const { view } = controls;
  return (
    <div className="visit-bar" data-testid="visit-bar">
      {view.phase === 'recording' && view.startedAt !== undefined ? (
        <RecorderStatus startedAt={view.startedAt} level={controls.level} />
      ) : view.phase === 'starting' ? (
        <p role="status">{t('panel.starting')}</p>
      ) : null}
      {!saved && <RecorderOutcome controls={controls} />}
      {!saved && (view.phase === 'failed' || view.phase === 'idle') && !view.unsaved && (
        <>
          <p>{t('visit.notRecording')}</p>
          <button type="button" className="button button--small" onClick={() => void controls.start()}>
            {t('visit.startRecording')}
          </button>
        </>
      )}
    </div>
  );
}
