import { useCallback, useRef, useState } from 'react';
import {
  DEBT_DRAFT_FIELDS,
  debtFromDraft,
  draftFromDebt,
  emptyDebtDraft,
  type DebtDraft,
  type DebtDraftError,
  type DebtDraftField,
} from '../../domain/case/debt-draft.ts';
import type { Debt } from '../../domain/case/types.ts';
import type { YoujuDb } from '../../data/db.ts';
import { addDebt, getDebt, updateDebt } from '../../data/repositories/debts-repo.ts';
import { RepositoryError } from '../../data/repositories/repository-error.ts';
import { isQuotaError } from '../../data/repositories/storage-errors.ts';
import { setSetting, setSettingOnce } from '../../data/repositories/settings-repo.ts';
import { useClock } from '../../data/store/store-context.tsx';
import { idGen } from '../../platform/id.ts';
import { requestPersistence } from '../../platform/storage.ts';

type FieldRefs = Partial<Record<DebtDraftField, HTMLInputElement | HTMLSelectElement | null>>;

interface DebtFormOptions {
  readonly db: YoujuDb;
  /** The debt being edited; absent for a new one. */
  readonly editing?: Debt;
  /** Today in the case's time zone. */
  readonly today: string;
  /** Called after the write committed and was read back. */
  readonly onSaved: (debt: Debt) => void;
}

const sameDraft = (a: DebtDraft, b: DebtDraft) => DEBT_DRAFT_FIELDS.every((f) => a[f] === b[f]);

/**
 * Asks once per profile, right after its first successful save, for storage that the browser will not evict;
 * before that there is nothing to protect. The answer is remembered for the My data screen.
 */
async function afterFirstSave(db: YoujuDb, now: number): Promise<void> {
  try {
    if (!(await setSettingOnce(db, 'firstSaveAt', now))) return;
    await setSetting(db, 'persistResult', await requestPersistence());
  } catch {
    // Not being able to record this must not spoil a save that succeeded.
  }
}

async function write(db: YoujuDb, debt: Debt, isNew: boolean, now: number): Promise<Debt> {
  if (!isNew) return (await updateDebt(db, debt, now)).debt;
  try {
    return (await addDebt(db, debt, now)).debt;
  } catch (error) {
    // 32 random bits can collide; one fresh id settles it.
    if (!(error instanceof RepositoryError && error.code === 'debt-id-exists')) throw error;
    return (await addDebt(db, { ...debt, id: idGen.next('d') }, now)).debt;
  }
}

export function useDebtForm({ db, editing, today, onSaved }: DebtFormOptions) {
  const clock = useClock();
  const [initial] = useState(() => (editing ? draftFromDebt(editing) : emptyDebtDraft()));
  const [draft, setDraft] = useState<DebtDraft>(initial);
  const [errors, setErrors] = useState<readonly DebtDraftError[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState<'quota' | 'failed' | null>(null);
  const refs = useRef<FieldRefs>({});

  const setField = useCallback((field: DebtDraftField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    // The message of a field goes once it is edited; it comes back on the next save if still wrong.
    setErrors((list) => list.filter((e) => e.field !== field));
  }, []);

  const fieldRef = useCallback(
    (field: DebtDraftField) => (el: HTMLInputElement | HTMLSelectElement | null) => {
      refs.current[field] = el;
    },
    [],
  );

  const submit = async () => {
    if (saving) return;
    setSaveFailed(null);
    const result = debtFromDraft(draft, {
      id: editing?.id ?? idGen.next('d'),
      today,
      ...(editing ? { base: editing } : {}),
    });
    if (!result.ok) {
      setErrors(result.errors);
      const first = DEBT_DRAFT_FIELDS.find((f) => result.errors.some((e) => e.field === f));
      if (first) refs.current[first]?.focus();
      return;
    }
    setErrors([]);
    setSaving(true);
    const now = clock.now();
    try {
      const saved = await write(db, result.value, !editing, now);
      // "Saved" only once the committed row reads back as written (STYLE.md §2.5).
      const back = await getDebt(db, saved.id);
      if (!back || JSON.stringify(back.debt) !== JSON.stringify(saved)) throw new Error('read-back mismatch');
      setSaving(false);
      onSaved(saved);
      void afterFirstSave(db, now);
    } catch (error) {
      setSaving(false);
      // A full phone has its own message: "try again" alone would not help.
      setSaveFailed(isQuotaError(error) ? 'quota' : 'failed');
    }
  };

  return {
    draft,
    errors,
    saving,
    saveFailed,
    dirty: !sameDraft(draft, initial),
    setField,
    fieldRef,
    submit,
  };
}
