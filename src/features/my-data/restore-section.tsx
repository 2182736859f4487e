import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../data/store/store-context.tsx';
import { useCaseCounts } from '../../data/hooks/use-case.ts';
import { useChainHead } from '../../data/hooks/use-evidence.ts';
import { shortHash } from './chain-section.tsx';
import { PackProblems } from './pack-problems.tsx';
import { packMedia } from './pack-media.ts';
import { ProgressLine } from './progress-line.tsx';
import { RestoreUnlock } from './restore-unlock.tsx';
import type { RestorePlan } from './restore-plan.ts';
import { usePackRestore, type RestoreState } from './use-pack-restore.ts';
import { revealOnMount } from '../../components/reveal.ts';

/** Restore or import a case pack: verify everything first, write nothing on any problem. Always free. */
export function RestoreSection() {
  const { t } = useTranslation('myData');
  const store = useStore();
  const media = useMemo(() => packMedia(store), [store]);
  const { state, pick, unlock, confirm, cancel, reset } = usePackRestore(store, media);
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = state.step === 'checking' || state.step === 'writing' || state.step === 'decrypting';

  const clear = () => {
    reset();
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <section className="my-data__section" aria-labelledby="restore-title" data-testid="restore-section">
      <h2 id="restore-title">{t('restore.title')}</h2>
      <p className="my-data__muted">{t('restore.body')}</p>
      <label className="button my-data__file" aria-disabled={busy}>
        {t('restore.choose')}
        <input
          ref={inputRef}
          className="visually-hidden"
          type="file"
          // .enc has no registered MIME type; octet-stream keeps pickers that filter by type from greying it out.
          accept=".zip,.enc,application/zip,application/octet-stream"
          data-testid="import-pack-input"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void pick(file);
          }}
        />
      </label>
      {busy && (
        <div className="my-data__actions">
          <button type="button" className="button" data-testid="restore-cancel" onClick={cancel}>
            {t('restore.cancel')}
          </button>
        </div>
      )}
      <div aria-live="polite">
        <RestoreStatus
          state={state}
          onConfirm={(plan, replace) => void confirm(plan, replace)}
          onUnlock={(file, passphrase) => void unlock(file, passphrase)}
          onClose={clear}
        />
      </div>
    </section>
  );
}

interface StatusProps {
  readonly state: RestoreState;
  readonly onConfirm: (plan: RestorePlan, replace: boolean) => void;
  readonly onUnlock: (file: File, passphrase: string) => void;
  readonly onClose: () => void;
}

function RestoreStatus({ state, onConfirm, onUnlock, onClose }: StatusProps) {
  const { t } = useTranslation('myData');
  switch (state.step) {
    case 'passphrase':
      return (
        <RestoreUnlock
          key={state.name}
          name={state.name}
          wrong={state.wrong}
          onUnlock={(passphrase) => onUnlock(state.file, passphrase)}
          onCancel={onClose}
        />
      );
    case 'decrypting':
      return (
        <ProgressLine
          testId="restore-progress"
          done={state.done}
          total={state.total}
          label={(percent) => t('restore.decrypting', { percent })}
        />
      );
    case 'undecryptable':
      return (
        <p className="my-data__problem" data-testid="restore-undecryptable" data-code={state.code}>
          {state.code === 'truncated'
            ? t('restore.truncated', { name: state.name })
            : t('restore.corrupt', { name: state.name })}
        </p>
      );
    case 'checking':
      return (
        <ProgressLine
          testId="restore-progress"
          done={state.done}
          total={state.total}
          label={(percent) => t('restore.checking', { percent })}
        />
      );
    case 'writing':
      return (
        <ProgressLine
          testId="restore-progress"
          done={state.done}
          total={state.total}
          label={(percent) => t('restore.writing', { percent })}
        />
      );
    case 'unreadable':
      return (
        <p className="my-data__problem" data-testid="restore-unreadable">
          {state.code === 'too-large'
            ? t('restore.tooLarge', { name: state.name })
            : state.code === 'unsupported-compression'
              ? t('restore.unsupportedCompression', { name: state.name })
              : t('restore.unreadable', { name: state.name })}
        </p>
      );
    case 'problems':
      return <PackProblems problems={state.problems} />;
    case 'ready':
      return <RestoreChoice name={state.name} plan={state.plan} onConfirm={onConfirm} onClose={onClose} />;
    case 'done':
      return (
        <p className="my-data__done" data-testid="restore-done" data-head={state.head}>
          {t('restore.done', {
            entries: t('pack.entries', { count: state.entries }),
            head: shortHash(state.head),
          })}{' '}
          {state.sameHead && t('restore.sameHead')}
        </p>
      );
    case 'clashes':
      return <p className="my-data__problem">{t('restore.clash', { id: state.ids.join(', ') })}</p>;
    case 'cancelled':
      return <p data-testid="restore-cancelled">{t('restore.cancelled')}</p>;
    case 'failed':
      return (
        <p className="my-data__problem" data-testid="restore-failed" ref={revealOnMount}>
          {state.code === 'quota' ? t('restore.failedQuota') : t('restore.failed')}
        </p>
      );
    default:
      return null;
  }
}

interface ChoiceProps {
  readonly name: string;
  readonly plan: RestorePlan;
  readonly onConfirm: (plan: RestorePlan, replace: boolean) => void;
  readonly onClose: () => void;
}

function RestoreChoice({ name, plan, onConfirm, onClose }: ChoiceProps) {
  const { t } = useTranslation('myData');
  const head = useChainHead();
  const counts = useCaseCounts();
  const [replace, setReplace] = useState(false);
  // Replacing an empty profile loses nothing; a profile with debts but no records yet still gets the choice.
  const empty = head === null && counts?.debts === 0 && counts.entries === 0;
  return (
    <div data-testid="restore-summary">
      <p className="my-data__done">{t('restore.okTitle')}</p>
      <p>
        {t('restore.summary', {
          name,
          entries: t('pack.entries', { count: plan.caseFile.entries.length }),
          files: t('restore.files', { count: plan.media.length }),
          head: shortHash(plan.head),
        })}
      </p>
      {!plan.withHistory && <p className="my-data__muted">{t('restore.noHistory')}</p>}
      {plan.headCovers === 'entries-only' && (
        <p className="my-data__muted" data-testid="restore-old-pack">
          {t('restore.oldPack')}
        </p>
      )}
      {empty ? (
        <p className="my-data__muted">{t('restore.intoEmpty')}</p>
      ) : (
        <fieldset className="my-data__choice">
          <legend>{t('restore.hasData')}</legend>
          <label>
            <input type="radio" name="restore-mode" checked={!replace} onChange={() => setReplace(false)} />{' '}
            {t('restore.modeAdd')}
          </label>
          <label>
            <input
              type="radio"
              name="restore-mode"
              data-testid="restore-mode-replace"
              checked={replace}
              onChange={() => setReplace(true)}
            />{' '}
            {t('restore.modeReplace')}
          </label>
          {replace && <p className="import-choice__warning">{t('restore.replaceWarning')}</p>}
        </fieldset>
      )}
      <div className="my-data__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="restore-confirm"
          disabled={head === undefined || counts === undefined}
          onClick={() => onConfirm(plan, empty || replace)}
        >
          {t('restore.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('restore.cancel')}
        </button>
      </div>
    </div>
  );
}
