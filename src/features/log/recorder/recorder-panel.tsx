import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../../domain/case/types.ts';
import { formatBytes } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { clockText } from './recorder-format.ts';
import { RecorderStatus } from './recorder-status.tsx';
import { useStore } from '../../../data/store/store-context.tsx';
import type { RecordingPurpose } from '../../../data/store/recording-store.ts';
import { useRecorder, type RecorderControls } from './use-recorder.ts';
import { revealOnMount } from '../../../components/reveal.ts';
import './recorder.css';

export type { RecordingPurpose };

interface RecorderPanelProps {
  /** 'visit' for visit mode; the log form uses 'log'. */
  readonly purpose: RecordingPurpose;
  /** The debt the recording is about, if already chosen; kept with the recording for recovery. */
  readonly debtId?: string;
  /** Called once the recording is stored and read back (the attachment is sealed when an entry uses it). */
  readonly onSaved: (ref: AttachmentRef) => void;
  /**
   * Optional: true while recording or saving, so a form can hold its own Save until the recording is attached
   * (saving the entry first would leave the recording out of it).
   */
  readonly onBusyChange?: (busy: boolean) => void;
}

/** The warning every recording screen shows: phones may stop a page's microphone when it is left. */
export function RecorderBanner() {
  const { t } = useTranslation('recorder');
  return (
    <p className="recorder-banner" data-testid="recorder-banner">
      {t('panel.banner')}
    </p>
  );
}

/** What the recorder says after it stopped: saved, or why not. Shared by the panel and visit mode. */
export function RecorderOutcome({ controls }: { controls: RecorderControls }) {
  const { t } = useTranslation('recorder');
  const lng = useLanguage();
  const { view } = controls;
  return (
    <>
      {view.stopped && view.phase !== 'recording' && (
        <p className="recorder-note" role="status">
          {t(`stopped.${view.stopped}`)}
        </p>
      )}
      {view.phase === 'saving' && (
        <p role="status" data-testid="recorder-saving">
          {view.progress !== undefined && view.progress > 0
            ? t('panel.savingProgress', { percent: Math.min(100, Math.round(view.progress * 100)) })
            : t('panel.saving')}
        </p>
      )}
      {view.phase === 'saved' && view.saved && (
        <p className="recorder-saved" role="status" data-testid="recorder-saved">
          {t('panel.saved', {
            time: clockText(view.durationMs ?? 0),
            size: formatBytes(view.saved.size ?? 0, lng),
          })}
        </p>
      )}
      {view.phase === 'failed' && view.error && (
        <div
          className="recorder-error"
          role="alert"
          data-testid="recorder-error"
          data-code={view.error}
          ref={revealOnMount}
        >
          <p>{t(`error.${view.error}`)}</p>
          {view.unsaved && <p>{t('panel.keptForRecovery')}</p>}
        </div>
      )}
    </>
  );
}

/**
 * In-app audio recording for an entry: start, a running timer and level, stop → stored, read back and checked,
 * then `onSaved`. Without a microphone or permission it says why, and the form around it keeps working.
 */
export function RecorderPanel({ purpose, debtId, onSaved, onBusyChange }: RecorderPanelProps) {
  const { t } = useTranslation('recorder');
  const store = useStore();
  const controls = useRecorder(store, purpose, debtId);
  const { view } = controls;
  const reported = useRef<string | null>(null);

  useEffect(() => {
    // Reported once per stored recording, also when it stopped by itself (microphone taken away).
    if (view.phase === 'saved' && view.saved && reported.current !== view.saved.sha256) {
      reported.current = view.saved.sha256;
      onSaved(view.saved);
    }
  }, [view, onSaved]);

  const live = view.phase === 'starting' || view.phase === 'recording';
  const busy = live || view.phase === 'saving';
  useEffect(() => {
    onBusyChange?.(busy);
  }, [busy, onBusyChange]);

  return (
    <section className="recorder" data-testid="recorder-panel" data-phase={view.phase}>
      <h3 className="recorder__title">{t('panel.heading')}</h3>
      {live && <RecorderBanner />}
      {view.phase === 'recording' && view.startedAt !== undefined && (
        <RecorderStatus startedAt={view.startedAt} level={controls.level} />
      )}
      {view.phase === 'starting' && <p role="status">{t('panel.starting')}</p>}
      <RecorderOutcome controls={controls} />
      <div className="recorder__actions">
        {(view.phase === 'idle' || (view.phase === 'failed' && !view.unsaved)) && (
          <button
            type="button"
            className="button"
            data-testid="recorder-start"
            onClick={() => void controls.start()}
          >
            {t('panel.start')}
          </button>
        )}
        {view.phase === 'recording' && (
          <button
            type="button"
            className="button button--primary"
            data-testid="recorder-stop"
            onClick={() => void controls.finish()}
          >
            {t('panel.stop')}
          </button>
        )}
        {view.phase === 'saved' && (
          <button type="button" className="button button--small" onClick={controls.reset}>
            {t('panel.again')}
          </button>
        )}
      </div>
    </section>
  );
}
