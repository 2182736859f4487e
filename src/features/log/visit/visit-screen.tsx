import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../domain/case/types.ts';
import { localMoment } from '../../../domain/rules/local-time.ts';
import { useFormGuard } from '../../../components/form-guard.tsx';
import { useCaseMeta } from '../../../data/hooks/use-case.ts';
import { useDebts } from '../../../data/hooks/use-debts.ts';
import { idGen } from '../../../platform/id.ts';
import { RecorderBanner } from '../recorder/recorder-panel.tsx';
import { useStore } from '../../../data/store/store-context.tsx';
import { useRecorder } from '../recorder/use-recorder.ts';
import { emptyVisitDraft, visitEntryOf, type VisitDraft } from './visit-draft.ts';
import { FinishStep, type SaveState } from './finish-step.tsx';
import { VisitBar } from './visit-bar.tsx';
import { VisitResult } from './visit-result.tsx';
import { DoorStep, LimitsStep, TimeStep } from './scene-steps.tsx';
import { IdStep, PeopleStep, WhoStep } from './visit-steps.tsx';
import '../recorder/recorder.css';
import './visit.css';

const STEPS = ['people', 'id', 'who', 'time', 'door', 'limits', 'finish'] as const;
type Step = (typeof STEPS)[number];

/**
 * "有人上门": one tap from Today, recording at once, then short steps with big buttons that can each be skipped.
 * Ends by saving one `visit` entry (recording and ID photos attached, sealed into the chain) and showing what it
 * triggers. Works offline: everything is local.
 */
export function VisitScreen() {
  const { t } = useTranslation('recorder');
  const store = useStore();
  const timeZone = useCaseMeta()?.timeZone ?? 'Asia/Shanghai';
  const debts = useDebts();
  const [draft, setDraft] = useState<VisitDraft>(() => emptyVisitDraft(store.clock.now()));
  const [step, setStep] = useState<Step>('people');
  const [save, setSave] = useState<SaveState>('editing');
  const [saved, setSaved] = useState<{
    entry: Entry;
    recordingMs: number | null;
    savedAt: number;
  } | null>(null);
  const [recordingLost, setRecordingLost] = useState(false);
  const entryId = useRef(idGen.next('e'));
  const controls = useRecorder(store, 'visit', draft.debtId || undefined);
  const { view } = controls;
  const day = useMemo(() => localMoment(draft.startedAt, timeZone).day, [draft.startedAt, timeZone]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFormGuard(save !== 'saved');

  const startRef = useRef(controls.start);
  useEffect(() => {
    // Visit mode records from the first moment; the tap on Today was the user's go-ahead.
    void startRef.current();
  }, []);

  useEffect(() => {
    headingRef.current?.focus();
  }, [step, save]);

  const set = (patch: Partial<VisitDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const index = STEPS.indexOf(step);
  const go = (delta: number) => {
    const next = STEPS[Math.min(STEPS.length - 1, Math.max(0, index + delta))];
    if (next) setStep(next);
    window.scrollTo(0, 0);
  };

  const onSave = async () => {
    setSave('saving');
    const recording = await controls.finish();
    setRecordingLost(recording === null && view.phase !== 'idle');
    const entry = visitEntryOf(draft, entryId.current, recording);
    try {
      await store.saveEntry(entry);
      const savedAt = store.clock.now();
      setSaved({
        entry,
        recordingMs: recording ? savedAt - (view.startedAt ?? draft.startedAt) : null,
        savedAt,
      });
      setSave('saved');
    } catch {
      setSave('failed');
    }
  };

  const stepProps = { draft, set, day, timeZone };
  const recording = view.phase === 'recording' && view.startedAt !== undefined;

  return (
    <section className="visit" data-testid="visit-screen" data-step={saved ? 'done' : step}>
      <VisitBar controls={controls} saved={saved !== null} />
      <h1 ref={headingRef} tabIndex={-1} className="visit__title">
        {saved ? t('visit.done.title') : t(`visit.${step}.title`)}
      </h1>
      {saved ? (
        <VisitResult entry={saved.entry} recordingMs={saved.recordingMs} day={day} savedAt={saved.savedAt} />
      ) : (
        <>
          <p className="visit__progress">
            {t('visit.title')} · {t('visit.step', { n: index + 1, total: STEPS.length })}
          </p>
          {step === 'people' && recording && <RecorderBanner />}
          {step === 'people' && <PeopleStep {...stepProps} />}
          {step === 'id' && <IdStep {...stepProps} store={store} />}
          {step === 'who' && <WhoStep {...stepProps} debts={debts ?? []} />}
          {step === 'time' && <TimeStep {...stepProps} />}
          {step === 'door' && <DoorStep {...stepProps} />}
          {step === 'limits' && <LimitsStep {...stepProps} />}
          {step === 'finish' && (
            <FinishStep
              draft={draft}
              set={set}
              timeZone={timeZone}
              save={save}
              recordingLost={recordingLost}
              onSave={() => void onSave()}
            />
          )}
          <div className="visit-nav visit-nav--sticky">
            {index > 0 && (
              <button type="button" className="button" data-testid="visit-back" onClick={() => go(-1)}>
                {t('visit.back')}
              </button>
            )}
            {step !== 'finish' && (
              <button
                type="button"
                className="button button--primary"
                data-testid="visit-next"
                onClick={() => go(1)}
              >
                {t('visit.next')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
