import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from '../../components/passphrase-field.tsx';

interface Props {
  readonly name: string;
  /** The last passphrase tried did not open the file. */
  readonly wrong: boolean;
  readonly onUnlock: (passphrase: string) => void;
  readonly onCancel: () => void;
}

/**
 * Asks for an encrypted backup's passphrase. Mounted afresh for each try (the decryption in between replaces it),
 * so a wrong passphrase leaves an empty, focused field under its message.
 */
export function RestoreUnlock({ name, wrong, onUnlock, onCancel }: Props) {
  const { t } = useTranslation('myData');
  const [passphrase, setPassphrase] = useState('');
  const [empty, setEmpty] = useState(false);
  const [visible, setVisible] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const error = empty ? t('restore.passphraseEmpty') : wrong ? t('restore.wrongPassphrase', { name }) : null;
  return (
    <form
      className="my-data__unlock"
      data-testid="restore-passphrase"
      data-wrong={wrong}
      onSubmit={(e) => {
        e.preventDefault();
        if (passphrase === '') {
          setEmpty(true);
          input.current?.focus();
        } else onUnlock(passphrase);
      }}
    >
      <p>
        <strong>{t('restore.encryptedTitle')}</strong>
      </p>
      <p>{t('restore.encryptedBody', { name })}</p>
      <PassphraseField
        errorTestId="passphrase-error"
        className="my-data__wide"
        ref={input}
        label={t('restore.passphrase')}
        error={error}
        visible={visible}
        autoComplete="current-password"
        data-testid="restore-passphrase-input"
        value={passphrase}
        onChange={(e) => {
          setPassphrase(e.target.value);
          setEmpty(false);
        }}
      />
      <label className="my-data__check">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        <span>{t('restore.show')}</span>
      </label>
      <div className="my-data__actions">
        <button type="submit" className="button button--primary" data-testid="restore-unlock">
          {t('restore.open')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('restore.cancel')}
        </button>
      </div>
    </form>
  );
}
