import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/hooks/db-context.tsx';
import { useClock } from '../../data/store/store-context.tsx';
import { readAppLock, updateAppLock } from '../../data/repositories/app-lock-repo.ts';
import { rewrapPassphrase, type DataKey } from '../../platform/crypto-lock.ts';
import { HiddenUsername } from './hidden-username.tsx';
import { PassphraseFields } from './passphrase-fields.tsx';
import { enterWith, passphraseProblem, tryUnlock, type PassphraseProblem } from './unlock.ts';
import './lock.css';

type Mode = 'passphrase' | 'recovery';
type Notice = 'wrong' | 'wrongRecovery' | 'failed' | null;

/** Seconds left of the wrong-passphrase wait, counting down once a second. */
function useCountdown(): [number, (ms: number) => void] {
  const clock = useClock();
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(clock.now()), 250);
    return () => clearTimeout(timer);
  }, [clock, until, now]);
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  return [
    left,
    (ms) => {
      const at = clock.now();
      setNow(at);
      setUntil(at + ms);
    },
  ];
}

/** After a recovery-key unlock: a new passphrase, then in. */
function NewPassphrase({ dataKey }: { dataKey: DataKey }) {
  const { t } = useTranslation('lock');
  const db = useDb();
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const p = passphraseProblem(next, repeat);
    setProblem(p);
    if (p || busy) return;
    setBusy(true);
    setFailed(false);
    try {
      const setting = await readAppLock(db);
      if (!setting) throw new Error('the app lock is off');
      await updateAppLock(db, { record: await rewrapPassphrase(setting.record, dataKey, next) });
      await enterWith(db, dataKey);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <form className="lock__form" onSubmit={(e) => void save(e)} data-testid="lock-new-passphrase">
      <HiddenUsername />
      <h2 className="lock__subtitle">{t('screen.newTitle')}</h2>
      <p>{t('screen.newBody')}</p>
      <PassphraseFields next={next} repeat={repeat} onNext={setNext} onRepeat={setRepeat} problem={problem} />
      {failed && (
        <p className="lock__error" role="alert">
          {t('screen.failed')}
        </p>
      )}
      <button type="submit" className="button button--primary lock__submit" disabled={busy}>
        {busy ? t('screen.unlocking') : t('screen.saveNew')}
      </button>
    </form>
  );
}

/** The whole screen while the app lock is on and this page holds no key. */
export function LockScreen() {
  const { t } = useTranslation('lock');
  const db = useDb();
  const id = useId();
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState<'checking' | 'finishing' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [recovered, setRecovered] = useState<DataKey | null>(null);
  const [waitLeft, startWait] = useCountdown();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [mode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waitLeft > 0 || secret.trim() === '') return;
    setBusy('checking');
    setNotice(null);
    try {
      const outcome = await tryUnlock(
        db,
        mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret },
        Date.now,
      );
      if (outcome.kind === 'ok') {
        setSecret('');
        if (mode === 'recovery') {
          setRecovered(outcome.dataKey);
          setBusy(null);
          return;
        }
        setBusy('finishing');
        await enterWith(db, outcome.dataKey);
        return;
      }
      if (outcome.kind === 'wrong') setNotice(mode === 'passphrase' ? 'wrong' : 'wrongRecovery');
      if (outcome.waitMs > 0) startWait(outcome.waitMs);
      setBusy(null);
      input.current?.select();
    } catch {
      setNotice('failed');
      setBusy(null);
    }
  };

  return (
    <section className="lock" aria-labelledby={`${id}-title`} data-testid="lock-screen">
      <h1 id={`${id}-title`} className="lock__title">
        {t('screen.title')}
      </h1>
      {recovered ? (
        <NewPassphrase dataKey={recovered} />
      ) : (
        <form className="lock__form" onSubmit={(e) => void submit(e)} data-mode={mode}>
          <HiddenUsername />
          <p>{t('screen.body')}</p>
          <label className="lock__label" htmlFor={`${id}-secret`}>
            {mode === 'passphrase' ? t('screen.passphrase') : t('screen.recoveryKey')}
          </label>
          <input
            ref={input}
            id={`${id}-secret`}
            className={mode === 'recovery' ? 'lock__input lock__input--key' : 'lock__input'}
            type={mode === 'passphrase' ? 'password' : 'text'}
            autoComplete={mode === 'passphrase' ? 'current-password' : 'off'}
            autoCapitalize={mode === 'recovery' ? 'characters' : 'none'}
            spellCheck={false}
            data-testid="lock-secret"
            value={secret}
            aria-invalid={notice === 'wrong' || notice === 'wrongRecovery'}
            aria-describedby={`${id}-status${mode === 'recovery' ? ` ${id}-hint` : ''}`}
            onChange={(e) => setSecret(e.target.value)}
          />
          {mode === 'recovery' && (
            <p className="lock__hint" id={`${id}-hint`}>
              {t('screen.recoveryHint')}
            </p>
          )}
          <div id={`${id}-status`} aria-live="polite" data-testid="lock-status">
            {notice && (
              <p className="lock__error" data-testid="lock-notice" data-notice={notice}>
                {t(`screen.${notice}`)}
              </p>
            )}
            {waitLeft > 0 && (
              <p className="lock__error" data-testid="lock-wait" data-seconds={waitLeft}>
                {t('screen.wait', { count: waitLeft })}
              </p>
            )}
            {busy === 'finishing' && <p role="status">{t('screen.finishing')}</p>}
          </div>
          <button
            type="submit"
            className="button button--primary lock__submit"
            data-testid="lock-unlock"
            disabled={busy !== null || waitLeft > 0}
          >
            {busy
              ? t('screen.unlocking')
              : mode === 'passphrase'
                ? t('screen.unlock')
                : t('screen.openWithRecovery')}
          </button>
          <button
            type="button"
            className="lock__switch"
            data-testid="lock-switch-mode"
            onClick={() => {
              setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
              setSecret('');
              setNotice(null);
            }}
          >
            {mode === 'passphrase' ? t('screen.useRecovery') : t('screen.usePassphrase')}
          </button>
        </form>
      )}
    </section>
  );
}
