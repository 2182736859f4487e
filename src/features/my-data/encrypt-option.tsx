import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MIN_PASSPHRASE_LENGTH,
  checkNewPassphrase,
  passphraseLength,
  passphraseOk,
  type PassphraseCheck,
} from '../../domain/lock/passphrase-rules.ts';
import { PassphraseField } from '../../components/passphrase-field.tsx';

interface EncryptChoice {
  readonly on: boolean;
  readonly passphrase: string;
  readonly repeat: string;
}

const OFF: EncryptChoice = { on: false, passphrase: '', repeat: '' };

/**
 * The "encrypt with a passphrase" choice of the pack section. Errors show once the user has tried to build, then
 * follow the typing; the passphrase is dropped from state as soon as the encrypted pack is built.
 */
export function useEncryptOption() {
  const [choice, setChoice] = useState<EncryptChoice>(OFF);
  const [tried, setTried] = useState(false);
  const passRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const check = checkNewPassphrase(choice.passphrase, choice.repeat);

  /** The passphrase to build with: undefined for a plain pack, null when it is not acceptable (errors shown). */
  const take = (): string | undefined | null => {
    if (!choice.on) return undefined;
    if (passphraseOk(check)) return choice.passphrase;
    setTried(true);
    (check.passphrase !== null ? passRef : repeatRef).current?.focus();
    return null;
  };
  const forget = () => {
    setChoice((c) => ({ ...c, passphrase: '', repeat: '' }));
    setTried(false);
  };
  const props: EncryptOptionProps = {
    choice,
    onChange: setChoice,
    errors: tried ? check : null,
    passRef,
    repeatRef,
  };
  return { on: choice.on, take, forget, props };
}

interface EncryptOptionProps {
  readonly choice: EncryptChoice;
  readonly onChange: (next: EncryptChoice) => void;
  readonly errors: PassphraseCheck | null;
  readonly passRef: RefObject<HTMLInputElement | null>;
  readonly repeatRef: RefObject<HTMLInputElement | null>;
}

export function EncryptOption({
  choice,
  onChange,
  errors,
  passRef,
  repeatRef,
  disabled,
}: EncryptOptionProps & { readonly disabled: boolean }) {
  const { t } = useTranslation('myData');
  const uid = useId();
  const [visible, setVisible] = useState(false);
  const passError =
    errors?.passphrase == null
      ? null
      : t(`pack.encrypt.error.${errors.passphrase}`, {
          min: MIN_PASSPHRASE_LENGTH,
          length: passphraseLength(choice.passphrase),
        });
  const repeatError = errors?.repeat == null ? null : t(`pack.encrypt.error.${errors.repeat}`);
  return (
    <div className="my-data__encrypt" data-testid="encrypt-option">
      <label className="my-data__check">
        <input
          type="checkbox"
          data-testid="export-encrypt"
          checked={choice.on}
          disabled={disabled}
          aria-describedby={`${uid}-hint`}
          onChange={(e) => onChange({ ...choice, on: e.target.checked })}
        />
        <span>
          {t('pack.encrypt.toggle')}
          <span className="my-data__hint" id={`${uid}-hint`}>
            {t('pack.encrypt.toggleHint')}
          </span>
        </span>
      </label>
      {choice.on && (
        <div className="my-data__encrypt-fields">
          <PassphraseField
            errorTestId="passphrase-error"
            className="my-data__wide"
            ref={passRef}
            label={t('pack.encrypt.passphrase')}
            hint={t('pack.encrypt.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
            error={passError}
            visible={visible}
            autoComplete="new-password"
            data-testid="export-passphrase"
            disabled={disabled}
            value={choice.passphrase}
            onChange={(e) => onChange({ ...choice, passphrase: e.target.value })}
          />
          <PassphraseField
            errorTestId="passphrase-error"
            className="my-data__wide"
            ref={repeatRef}
            label={t('pack.encrypt.repeat')}
            error={repeatError}
            visible={visible}
            autoComplete="new-password"
            data-testid="export-passphrase-repeat"
            disabled={disabled}
            value={choice.repeat}
            onChange={(e) => onChange({ ...choice, repeat: e.target.value })}
          />
          <label className="my-data__check">
            <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
            <span>{t('pack.encrypt.show')}</span>
          </label>
          <p className="my-data__warning" data-testid="export-encrypt-warning">
            <strong className="my-data__block">{t('pack.encrypt.warningLead')}</strong>
            {t('pack.encrypt.warning')}
          </p>
          <p className="my-data__muted">{t('pack.encrypt.forOthers')}</p>
        </div>
      )}
    </div>
  );
}
