import '../../../components/field.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../../domain/case/types.ts';
import type { AttachmentSource } from '../../../domain/evidence/attachment-record.ts';
import { useStore } from '../../../data/store/store-context.tsx';
import { problemOf, type SaveProblem } from './use-entry-form.ts';
import { RecorderSlot } from '../recorder/recorder-slot.tsx';
import { revealOnMount } from '../../../components/reveal.ts';

interface Upload {
  readonly key: number;
  readonly name: string;
  readonly done: number;
  readonly controller: AbortController;
}

interface AttachmentsFieldProps {
  readonly value: readonly AttachmentRef[];
  readonly onChange: (update: (list: readonly AttachmentRef[]) => readonly AttachmentRef[]) => void;
  readonly debtId?: string;
}

/** How big a file is, for people: 1 decimal in kB / MB. */
export function sizeText(bytes: number, lang: string): string {
  const format = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1000) return `${format(bytes)} B`;
  if (bytes < 1_000_000) return `${format(bytes / 1000)} kB`;
  return `${format(bytes / 1_000_000)} MB`;
}

/**
 * Photos, files and in-app recordings for an entry. Each file is stored byte for byte and hashed while it
 * streams (the repositories' storeAttachment), with progress and a cancel that removes what was written; only a
 * stored, read-back file joins the entry. Nothing here is sealed until the entry is saved.
 */
export function AttachmentsField({ value, onChange, debtId }: AttachmentsFieldProps) {
  const { t, i18n } = useTranslation('log');
  const store = useStore();
  const uid = useId();
  const [uploads, setUploads] = useState<readonly Upload[]>([]);
  // A code and the file's name, not a sentence: the words follow a language switch while the message shows.
  const [problem, setProblem] = useState<{ code: SaveProblem; name: string } | null>(null);
  const nextKey = useRef(0);
  const live = useRef(new Set<AbortController>());

  // Leaving the form cancels what is still being stored; the repository removes the partial chunks.
  useEffect(() => {
    const controllers = live.current;
    return () => controllers.forEach((c) => c.abort());
  }, []);

  const add = (files: FileList | null, source: AttachmentSource) => {
    setProblem(null);
    for (const file of files ? [...files] : []) {
      const controller = new AbortController();
      live.current.add(controller);
      nextKey.current += 1;
      const key = nextKey.current;
      setUploads((list) => [...list, { key, name: file.name, done: 0, controller }]);
      const progress = (done: number) =>
        setUploads((list) => list.map((u) => (u.key === key ? { ...u, done } : u)));
      store
        .storeFile(file, source, { onProgress: progress, signal: controller.signal })
        .then((ref) =>
          onChange((list) => (list.some((a) => a.sha256 === ref.sha256) ? list : [...list, ref])),
        )
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setProblem({ code: problemOf(error), name: file.name });
        })
        .finally(() => {
          live.current.delete(controller);
          setUploads((list) => list.filter((u) => u.key !== key));
        });
    }
  };

  return (
    <div className="field" role="group" aria-labelledby={`${uid}-l`}>
      <span id={`${uid}-l`} className="field__label">
        {t('attach.label')}
      </span>
      <div className="log-attach__buttons">
        <label className="button log-attach__pick">
          {t('attach.photo')}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            data-testid="log-attach-photo"
            onChange={(e) => {
              add(e.target.files, 'camera');
              e.target.value = '';
            }}
          />
        </label>
        <label className="button log-attach__pick">
          {t('attach.file')}
          <input
            type="file"
            multiple
            accept="audio/*,image/*,video/*,application/pdf"
            className="visually-hidden"
            data-testid="log-attach-file"
            onChange={(e) => {
              add(e.target.files, 'file');
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <span className="field__hint">{t('attach.hint')}</span>
      <RecorderSlot
        {...(debtId ? { debtId } : {})}
        onSaved={(ref) =>
          onChange((list) => (list.some((a) => a.sha256 === ref.sha256) ? list : [...list, ref]))
        }
      />
      {(uploads.length > 0 || value.length > 0) && (
        <ul className="log-attach__list">
          {uploads.map((u) => (
            <li key={u.key} className="log-attach__item" data-testid="log-attach-progress">
              <span className="log-attach__name">{u.name}</span>
              <progress max={1} value={u.done} aria-label={t('attach.storing', { name: u.name })} />
              <button type="button" className="button button--small" onClick={() => u.controller.abort()}>
                {t('attach.cancel')}
              </button>
            </li>
          ))}
          {value.map((a) => (
            <li key={a.sha256} className="log-attach__item" data-testid="log-attach-item">
              <span className="log-attach__name">
                {a.name ?? a.sha256.slice(0, 12)}
                {a.size !== undefined && (
                  <span className="log-attach__size"> · {sizeText(a.size, i18n.language)}</span>
                )}
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={t('attach.removeNamed', { name: a.name ?? a.sha256.slice(0, 12) })}
                onClick={() => onChange((list) => list.filter((x) => x.sha256 !== a.sha256))}
              >
                {t('attach.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p
          className="field__error"
          role="alert"
          data-testid="log-attach-error"
          data-code={problem.code}
          ref={revealOnMount}
        >
          {t(`attach.error.${problem.code}`, { name: problem.name })}
        </p>
      )}
    </div>
  );
}
