import { useCallback, useRef, useState } from 'react';
import type { Entry, EntryKind } from '../../../domain/case/types.ts';
import { RepositoryError } from '../../../data/repositories/repository-error.ts';
import type { YoujuStore } from '../../../data/store/store.ts';
import { idGen } from '../../../platform/id.ts';
import {
  DRAFT_FIELDS,
  entryFromDraft,
  type DraftError,
  type DraftField,
  type EntryDraft,
} from './entry-draft.ts';

export type SaveProblem = 'quota' | 'debt-gone' | 'failed';

interface EntryFormOptions {
  readonly store: YoujuStore;
  readonly timeZone: string;
  readonly initial: EntryDraft;
  /** Present when correcting a saved entry: the result is an amendment, never an overwrite. */
  readonly amending?: Entry;
  /** Called only after the write committed and read back. */
  readonly onSaved: (entry: Entry) => void;
}

/** Storage errors in words the UI can choose from; the draft is never cleared on failure. */
export function problemOf(error: unknown): SaveProblem {
  if (error instanceof RepositoryError) {
    if (error.code === 'quota') return 'quota';
    if (error.code === 'debt-not-found') return 'debt-gone';
    return 'failed';
  }
  const names = [
    error instanceof Error ? error.name : '',
    (error as { inner?: Error } | null)?.inner?.name ?? '',
  ];
  return names.some((n) => n.includes('Quota')) ? 'quota' : 'failed';
}

const same = (a: EntryDraft, b: EntryDraft) => JSON.stringify(a) === JSON.stringify(b);

export function useEntryForm({ store, timeZone, initial, amending, onSaved }: EntryFormOptions) {
  const [start] = useState(initial);
  const [draft, setDraft] = useState<EntryDraft>(initial);
  const [errors, setErrors] = useState<readonly DraftError[]>([]);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [reason, setReason] = useState('');
  const refs = useRef<Partial<Record<DraftField, HTMLElement | null>>>({});

  const set = useCallback(<K extends keyof EntryDraft>(field: K, value: EntryDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((list) => list.filter((e) => e.field !== field));
  }, []);

  const setKind = useCallback((kind: EntryKind) => {
    setDraft((d) => ({
      ...d,
      kind,
      direction: kind === 'payment' ? 'outgoing' : d.kind === 'payment' ? 'incoming' : d.direction,
      place: kind === 'visit' && d.place === '' ? 'home' : d.place,
    }));
    setErrors([]);
  }, []);

  const fieldRef = useCallback(
    (field: DraftField) => (el: HTMLElement | null) => {
      refs.current[field] = el;
    },
    [],
  );

  const submit = async () => {
    if (saving) return;
    setProblem(null);
    const now = store.clock.now();
    const built = entryFromDraft(draft, {
      id: amending?.id ?? idGen.next('e'),
      timeZone,
      now,
      ...(amending ? { base: amending, baseAtInput: start.at } : {}),
    });
    if (!built.ok) {
      setErrors(built.errors);
      const first = DRAFT_FIELDS.find((f) => built.errors.some((e) => e.field === f));
      if (first) refs.current[first]?.focus();
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      if (amending) {
        await store.amendEntry({
          id: idGen.next('a'),
          entryId: amending.id,
          at: new Date(now).toISOString(),
          entry: built.entry,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        });
        setSaving(false);
        onSaved(built.entry);
      } else {
        const saved = await store.saveEntry(built.entry);
        setSaving(false);
        onSaved(saved);
      }
    } catch (error) {
      setSaving(false);
      setProblem(problemOf(error));
    }
  };

  return {
    draft,
    errors,
    saving,
    problem,
    reason,
    setReason,
    dirty: !same(draft, start) || reason.trim() !== '',
    set,
    setKind,
    fieldRef,
    submit,
  };
}
