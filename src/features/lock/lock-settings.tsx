import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/hooks/db-context.tsx';
import { turnLockOff, updateAppLock, type LockProgress } from '../../data/repositories/app-lock-repo.ts';
import { AUTO_LOCK_CHOICES, type AppLockSetting } from '../../domain/lock/lock-record.ts';
import { changePassphrase } from '../../platform/crypto-lock.ts';
import { closeSession, expectLock, lockNow } from './lock-session.ts';
import { HiddenUsername } from './hidden-username.tsx';
import { PassphraseFields } from './passphrase-fields.tsx';
import { passphraseProblem, tryUnlock, type PassphraseProblem } from './unlock.ts';

function AutoLockChoice({ setting }: { setting: AppLockSetting }) {
  const { t } = useTranslation('lock');
  const db = useDb();
  const id = useId();
  return (
    <p className="lock__row">
      <label htmlFor={id}>{t('security.autoLock')}</label>{' '}
      <select
        id={id}
        data-testid="lock-auto-minutes"
        value={setting.autoLockMinutes}
        onChange={(e) => {
          // A failed write keeps the old delay, which the select then shows again.
          updateAppLock(db, { autoLockMinutes: Number(e.target.value) }).catch(() => undefined);
        }}
      >
        {AUTO_LOCK_CHOICES.map((m) => (
          <option key={m} value={m}>
            {t('security.autoLockMinutes', { count: m })}
          </option>
        ))}
      </select>
      <span className="lock__hint lock__hint--block">{t('security.autoLockNote')}</span>
    </p>
  );
}

function ChangePassphrase({ setting }: { setting: AppLockSetting }) {
  const { t } = useTranslation('lock');
  const db = useDb();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'wrong' | 'failed' | 'done'>('idle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const p = passphraseProblem(next, repeat);
    setProblem(p);
    if (p || state === 'busy') return;
    setState('busy');
    try {
      const record = await changePassphrase(setting.record, { passphrase: current }, next);
      if (!record) {
        setState('wrong');
        return;
      }
      await updateAppLock(db, { record });
    } catch {
      // The old wrap is still stored (the setting is written in one put), so the old passphrase still works.
      setState('failed');
      return;
    }
    setCurrent('');
    setNext('');
    setRepeat('');
    setState('done');
  };

  return (
    <form className="lock__form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-t`}>
      <HiddenUsername />
      <h2 id={`${id}-t`} className="lock__subtitle">
        {t('security.changeTitle')}
      </h2>
      <label className="lock__label" htmlFor={`${id}-cur`}>
        {t('passphrase.current')}
      </label>
      <input
        id={`${id}-cur`}
        className="lock__input"
        type="password"
        autoComplete="current-password"
        value={current}
        aria-invalid={state === 'wrong'}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <PassphraseFields next={next} repeat={repeat} onNext={setNext} onRepeat={setRepeat} problem={problem} />
      <div aria-live="polite">
        {state === 'wrong' && <p className="lock__error">{t('security.wrongCurrent')}</p>}
        {state === 'failed' && <p className="lock__error">{t('security.changeFailed')}</p>}
        {state === 'done' && <p className="lock__done">{t('security.changed')}</p>}
      </div>
      <button type="submit" className="button" disabled={state === 'busy'}>
        {t('security.change')}
      </button>
    </form>
  );
}

function TurnOff() {
  const { t } = useTranslation('lock');
  const db = useDb();
  const id = useId();
  const [secret, setSecret] = useState('');
  const [state, setState] = useState<'idle' | 'busy' | 'wrong' | 'failed'>('idle');
  const [progress, setProgress] = useState<LockProgress | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state === 'busy' || secret === '') return;
    setState('busy');
    try {
      const outcome = await tryUnlock(db, { passphrase: secret }, Date.now);
      if (outcome.kind !== 'ok') {
        setState('wrong');
        return;
      }
      outcome.dataKey.forget();
      expectLock(false);
      await turnLockOff(db, setProgress);
      closeSession();
    } catch {
      // Half-way is safe (the next unlock finishes it); the lock is still on meanwhile.
      expectLock(true);
      setState('failed');
    }
  };

  return (
    <form
      className="lock__form lock__danger"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-t`}
      data-testid="lock-turn-off"
    >
      <HiddenUsername />
      <h2 id={`${id}-t`} className="lock__subtitle">
        {t('security.offTitle')}
      </h2>
      <p>{t('security.offBody')}</p>
      <label className="lock__label" htmlFor={`${id}-p`}>
        {t('passphrase.current')}
      </label>
      <input
        id={`${id}-p`}
        className="lock__input"
        type="password"
        autoComplete="current-password"
        data-testid="lock-off-passphrase"
        value={secret}
        aria-invalid={state === 'wrong'}
        onChange={(e) => setSecret(e.target.value)}
      />
      <div aria-live="polite">
        {state === 'wrong' && <p className="lock__error">{t('security.wrongCurrent')}</p>}
        {state === 'failed' && <p className="lock__error">{t('screen.failed')}</p>}
        {state === 'busy' && progress && (
          <p role="status">{t('security.unsealing', { done: progress.done, total: progress.total })}</p>
        )}
      </div>
      <button
        type="submit"
        className="button button--danger"
        data-testid="lock-off"
        disabled={state === 'busy'}
      >
        {t('security.turnOff')}
      </button>
    </form>
  );
}

/** The lock is on: auto-lock delay, lock now, change the passphrase, turn it off. */
export function LockSettings({ setting }: { setting: AppLockSetting }) {
  const { t } = useTranslation('lock');
  return (
    <>
      <AutoLockChoice setting={setting} />
      <div className="lock__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="lock-now"
          onClick={() => lockNow()}
        >
          {t('security.lockNow')}
        </button>
      </div>
      <ChangePassphrase setting={setting} />
      <TurnOff />
    </>
  );
}
