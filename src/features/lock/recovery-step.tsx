import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field.tsx';
import type { NewLock } from '../../platform/crypto-lock.ts';

const lastGroup = (key: string) => key.split('-').at(-1) ?? '';

interface Props {
  readonly lock: NewLock;
  /** The last group was typed back correctly: the recovery key has been seen. */
  readonly onConfirmed: () => void;
  readonly onCancel: () => void;
}

/** The recovery key, shown once; typing its last group back proves it was written down before anything is stored. */
export function RecoveryStep({ lock, onConfirmed, onCancel }: Props) {
  const { t } = useTranslation('lock');
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const [copied, setCopied] = useState(false);
  return (
    <div className="lock__form" data-testid="lock-recovery">
      <h2 className="lock__subtitle">{t('security.recoveryTitle')}</h2>
      <p className="lock__warning">{t('security.recoveryWarning')}</p>
      <p className="lock__key" data-testid="lock-recovery-key" translate="no">
        {lock.recoveryKey}
      </p>
      <div className="lock__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(lock.recoveryKey).then(() => setCopied(true));
          }}
        >
          {t('security.copy')}
        </button>
      </div>
      {copied && <p role="status">{t('security.copied')}</p>}
      <Field
        label={t('security.confirmLabel')}
        error={wrong ? t('security.confirmWrong') : null}
        errorTestId="lock-confirm-error"
        announce
      >
        {(aria) => (
          <input
            {...aria}
            className="lock__input lock__input--short"
            data-testid="lock-confirm-last"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={4}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setWrong(false);
            }}
          />
        )}
      </Field>
      <div className="lock__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="lock-confirm"
          onClick={() => {
            if (typed.trim().toUpperCase() === lastGroup(lock.recoveryKey)) onConfirmed();
            else setWrong(true);
          }}
        >
          {t('security.confirm')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            lock.dataKey.forget();
            onCancel();
          }}
        >
          {t('security.cancel')}
        </button>
      </div>
    </div>
  );
}
