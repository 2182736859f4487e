import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavedToast } from '../../components/toast.tsx';
import type { Entry, LocalDate } from '../../domain/case/types.ts';
import { useStore } from '../../data/store/store-context.tsx';
import { formatLocalDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { idGen } from '../../platform/id.ts';

interface LetterActionsProps {
  readonly title: string;
  readonly text: string;
  readonly debtId: string;
  /** The letter admits the debt or offers payment: logged as such, it restarts the limitation estimate. */
  readonly acknowledgesDebt: boolean;
  readonly missingCount: number;
  /** The day the letter asks for a reply by, when it asks for one. */
  readonly replyDue: LocalDate | null;
  /** The letter left the app (copied, printed, shared or recorded as sent). */
  readonly onUsed: () => void;
}

type CopyState = 'idle' | 'copied' | 'manual';
type SaveState =
  { readonly kind: 'idle' | 'saving' | 'failed' } | { readonly kind: 'saved'; readonly on: string };

/**
 * Copy (for web forms and WeChat), print, share and "save as sent". Saving writes a sealed `letter` entry
 * (outgoing, notes = the letter's title) through the evidence log's saveEntry, which resolves only after its
 * read-back check.
 */
export function LetterActions({
  title,
  text,
  debtId,
  acknowledgesDebt,
  missingCount,
  replyDue,
  onUsed,
}: LetterActionsProps) {
  const { t } = useTranslation('letters');
  const lang = useLanguage();
  const store = useStore();
  const savedToast = useSavedToast();
  const [copy, setCopy] = useState<CopyState>('idle');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const canShare = typeof navigator.share === 'function';

  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
      onUsed();
    } catch {
      // No clipboard permission (some in-app browsers): show the text selected for a manual copy instead.
      setCopy('manual');
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, text });
      onUsed();
    } catch {
      // The user closed the share sheet, or sharing failed: nothing was lost, the letter is still here.
    }
  };

  const saveSent = async () => {
    setSave({ kind: 'saving' });
    const entry: Entry = {
      id: idGen.next('e'),
      debtId,
      kind: 'letter',
      direction: 'outgoing',
      at: new Date(store.clock.now()).toISOString(),
      notes: title,
      letter: { type: 'other' },
      ...(acknowledgesDebt ? { acknowledgesDebt: true } : {}),
    };
    try {
      await store.saveEntry(entry);
    } catch {
      setSave({ kind: 'failed' });
      return;
    }
    setSave({ kind: 'saved', on: entry.at });
    onUsed();
    savedToast();
  };

  return (
    <section className="letters-actions-panel" aria-label={t('actions.label')}>
      {missingCount > 0 && (
        <p className="letters-warn" data-testid="actions-missing">
          {t('actions.stillMissing', { count: missingCount })}
        </p>
      )}
      <div className="letters-actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="letter-copy"
          onClick={() => void copyText()}
        >
          {t('actions.copy')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="letter-print-button"
          onClick={() => {
            window.print();
            onUsed();
          }}
        >
          {t('actions.print')}
        </button>
        {canShare && (
          <button type="button" className="button" data-testid="letter-share" onClick={() => void share()}>
            {t('actions.share')}
          </button>
        )}
      </div>
      <p role="status" className="letters-status" data-testid="copy-status">
        {copy === 'copied' ? t('actions.copied') : copy === 'manual' ? t('actions.copyManual') : ''}
      </p>
      {copy === 'manual' && (
        <textarea
          className="letters-copy-box"
          readOnly
          value={text}
          aria-label={t('actions.copyBox')}
          ref={(el) => el?.select()}
          rows={8}
        />
      )}
      <h3>{t('actions.sentTitle')}</h3>
      <p className="letters-muted">{t('actions.sentIntro')}</p>
      {replyDue !== null && (
        <p data-testid="letter-reply-due">
          {t('actions.replyDue', { due: formatLocalDate(replyDue, lang) })}
        </p>
      )}
      <button
        type="button"
        className="button"
        data-testid="letter-save-sent"
        disabled={save.kind === 'saving' || save.kind === 'saved'}
        onClick={() => void saveSent()}
      >
        {save.kind === 'saving' ? t('actions.saving') : t('actions.saveSent')}
      </button>
      <div role="status" data-testid="letter-saved-status">
        {save.kind === 'failed' && <p className="letters-error">{t('actions.saveFailed')}</p>}
        {save.kind === 'saved' && (
          <p data-testid="letter-saved">
            {replyDue === null
              ? t('actions.savedNoReply')
              : t('actions.savedReply', { due: formatLocalDate(replyDue, lang) })}
          </p>
        )}
      </div>
    </section>
  );
}
