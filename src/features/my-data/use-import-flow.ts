import { useCallback, useRef, useState } from 'react';
import type { CaseError } from '../../domain/case/errors.ts';
import { MAX_TEXT_CHARS } from '../../domain/case/json-value.ts';
import { parseCaseFile } from '../../domain/case/parse.ts';
import type { CaseFile } from '../../domain/case/types.ts';
import { importCaseFile } from '../../data/repositories/case-repo.ts';
import type { ImportClash, ImportMode, ImportSummary } from '../../data/repositories/case-rows.ts';
import { isQuotaError } from '../../data/repositories/storage-errors.ts';
import type { YoujuStore } from '../../data/store/store.ts';

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly fileName: string }
  | { readonly step: 'too-large'; readonly fileName: string; readonly size: number }
  | { readonly step: 'invalid'; readonly fileName: string; readonly errors: readonly CaseError[] }
  | { readonly step: 'ready'; readonly fileName: string; readonly caseFile: CaseFile }
  | { readonly step: 'importing'; readonly fileName: string; readonly caseFile: CaseFile }
  | {
      readonly step: 'clashes';
      readonly fileName: string;
      readonly caseFile: CaseFile;
      readonly clashes: readonly ImportClash[];
    }
  | {
      readonly step: 'failed';
      readonly fileName: string;
      readonly caseFile: CaseFile;
      /** The phone is full: "try again" alone would not help. */
      readonly quota: boolean;
    }
  | { readonly step: 'done'; readonly summary: ImportSummary };

// UTF-8 needs at most 4 bytes a character: a file larger than this cannot be within the parser's text limit.
const MAX_FILE_BYTES = MAX_TEXT_CHARS * 4;

/**
 * Pick → parse (everything checked, nothing written) → summary and choice → one transaction. A newer pick
 * supersedes a read still in progress, so a slow old file cannot overwrite the state of the new one.
 */
export function useImportFlow(store: YoujuStore) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const pick = useRef(0);

  const pickFile = useCallback(async (file: File) => {
    const token = ++pick.current;
    const fileName = file.name;
    if (file.size > MAX_FILE_BYTES) {
      setState({ step: 'too-large', fileName, size: file.size });
      return;
    }
    setState({ step: 'reading', fileName });
    const text = await file.text().catch(() => null);
    // A file that vanished or cannot be read (e.g. a cloud file not downloaded) is reported like a broken one.
    const result = text === null ? null : parseCaseFile(text);
    if (token !== pick.current) return;
    if (result === null) setState({ step: 'invalid', fileName, errors: [{ code: 'unreadable', path: '$' }] });
    else if (result.ok) setState({ step: 'ready', fileName, caseFile: result.value });
    else setState({ step: 'invalid', fileName, errors: result.errors });
  }, []);

  const confirm = useCallback(
    async (mode: ImportMode) => {
      if (state.step !== 'ready' && state.step !== 'clashes' && state.step !== 'failed') return;
      const { fileName, caseFile } = state;
      const token = pick.current;
      setState({ step: 'importing', fileName, caseFile });
      try {
        const result = await importCaseFile(store.db, caseFile, {
          mode,
          now: store.clock.now(),
          hasher: (await store.hashing()).hasher,
        });
        if (token !== pick.current) return;
        setState(
          result.ok
            ? { step: 'done', summary: result.value }
            : { step: 'clashes', fileName, caseFile, clashes: result.errors },
        );
      } catch (error) {
        // The transaction rolled back: nothing on the phone changed.
        if (token === pick.current) {
          setState({ step: 'failed', fileName, caseFile, quota: isQuotaError(error) });
        }
      }
    },
    [store, state],
  );

  const reset = useCallback(() => {
    pick.current += 1;
    setState({ step: 'idle' });
  }, []);

  return { state, pickFile, confirm, reset };
}
