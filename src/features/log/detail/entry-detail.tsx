import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';
import { useToast } from '../../../components/toast.tsx';
import type { EntryView } from '../../../domain/evidence/amendments.ts';
import { useStore } from '../../../data/store/store-context.tsx';
import { idGen } from '../../../platform/id.ts';
import { ChangedFacts, EntryFacts, localText } from './entry-facts.tsx';
import { routes } from '../../../platform/routes.ts';
import { problemOf } from '../form/use-entry-form.ts';

interface EntryDetailProps {
  readonly entryId: string;
  readonly timeZone: string;
  readonly creditorOf: (debtId: string | undefined) => string | null;
  /** Said under the title, e.g. the findings of a correction just saved. */
  readonly notice?: ReactNode;
}

/** One entry as it stands now, with its whole history: the original, each amendment, and a hide with its reason. */
export function EntryDetail({ entryId, timeZone, creditorOf, notice }: EntryDetailProps) {
  const { t, i18n } = useTranslation('log');
  const store = useStore();
  const [view, setView] = useState<EntryView | null | undefined>(undefined);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const reload = useCallback(() => {
    store.loadEntryView(entryId).then(setView, () => setView(null));
  }, [store, entryId]);
  useEffect(reload, [reload]);
  const hasNotice = Boolean(notice);
  useEffect(() => {
    if (view && !hasNotice) titleRef.current?.focus();
  }, [view, hasNotice]);

  if (view === undefined) return <p role="status">{t('detail.loading')}</p>;
  if (view === null) {
    return (
      <section className="log-detail" data-testid="log-detail-missing">
        <h1>{t('detail.missingTitle')}</h1>
        <p>{t('detail.missing')}</p>
        <a className="button" href={routes.log.timeline()}>
          {t('detail.back')}
        </a>
      </section>
    );
  }
  const { current, original, amendments, hidden } = view;
  const lang = i18n.language;
  return (
    <section className="log-detail" data-testid="log-detail" aria-labelledby="log-detail-title">
      <a className="log-back" href={routes.log.timeline()}>
        {t('detail.back')}
      </a>
      <h1 id="log-detail-title" tabIndex={-1} ref={titleRef}>
        {t('detail.title', { kind: t(`kind.${current.kind}`), when: localText(current.at, timeZone, lang) })}
      </h1>
      {notice}
      {hidden && (
        <p className="log-hidden-note" data-testid="log-detail-hidden">
          {t('detail.hiddenNote', { when: localText(hidden.at, timeZone, lang), reason: hidden.reason })}
        </p>
      )}
      <EntryFacts entry={current} timeZone={timeZone} creditor={creditorOf(current.debtId)} />
      <div className="log-detail__actions">
        <a className="button" href={routes.log.amend(current.id)} data-testid="log-amend">
          {t('detail.amend')}
        </a>
        {!hidden && <HideControl entryId={current.id} onHidden={reload} />}
      </div>
      <section className="log-history" aria-labelledby="log-history-title" data-testid="log-history">
        <h2 id="log-history-title">{t('history.title')}</h2>
        {amendments.length === 0 && !hidden ? (
          <p className="log-muted">{t('history.none')}</p>
        ) : (
          <ol className="log-history__list">
            <li data-testid="log-history-original">
              <h3>{t('history.original')}</h3>
              <EntryFacts entry={original} timeZone={timeZone} creditor={creditorOf(original.debtId)} />
            </li>
            {amendments.map((a, i) => (
              <li key={a.id} data-testid="log-history-amendment">
                <h3>{t('history.amendment', { n: i + 1, when: localText(a.at, timeZone, lang) })}</h3>
                {a.reason && <p>{t('history.reason', { reason: a.reason })}</p>}
                <p className="log-muted">{t('history.changed')}</p>
                <ChangedFacts
                  before={i === 0 ? original : (amendments[i - 1]?.entry ?? original)}
                  after={a.entry}
                  timeZone={timeZone}
                  creditorOf={creditorOf}
                />
              </li>
            ))}
            {hidden && (
              <li data-testid="log-history-hide">
                <h3>{t('history.hidden', { when: localText(hidden.at, timeZone, lang) })}</h3>
                <p>{t('history.reason', { reason: hidden.reason })}</p>
              </li>
            )}
          </ol>
        )}
        <p className="log-muted">{t('history.appendOnly')}</p>
      </section>
    </section>
  );
}

/** Hiding asks for a reason, in words, and says plainly that nothing is erased. */
function HideControl({ entryId, onHidden }: { readonly entryId: string; readonly onHidden: () => void }) {
  const { t } = useTranslation('log');
  const store = useStore();
  const { show } = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" className="button" data-testid="log-hide" onClick={() => setOpen(true)}>
        {t('hide.open')}
      </button>
    );
  }
  const submit = async () => {
    if (busy) return;
    if (reason.trim() === '') {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await store.hideEntry({
        id: idGen.next('h'),
        entryId,
        at: new Date(store.clock.now()).toISOString(),
        reason: reason.trim(),
      });
      setBusy(false);
      show(t('hide.done'), 'saved-toast');
      onHidden();
    } catch (error) {
      setBusy(false);
      setProblem(t(`form.problem.${problemOf(error)}`));
    }
  };
  return (
    <form
      className="log-hide"
      data-testid="log-hide-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p>{t('hide.explain')}</p>
      <Field
        label={t('hide.reason')}
        error={missing ? t('hide.reasonRequired') : null}
        errorTestId="log-form-error"
      >
        {(aria) => (
          <textarea
            {...aria}
            ref={inputRef}
            rows={2}
            data-testid="log-hide-reason"
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      {problem && <p role="alert">{problem}</p>}
      <div className="log-form__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="log-hide-confirm"
          aria-disabled={busy}
        >
          {t('hide.confirm')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
