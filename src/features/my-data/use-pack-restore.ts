import { useCallback, useEffect, useRef, useState } from 'react';
import type { YoujuStore } from '../../data/store/store.ts';
import { RepositoryError } from '../../data/repositories/repository-error.ts';
import type { PackProblem } from '../../domain/case-pack/check-pack.ts';
import { EncryptedFileError, isEncryptedFile } from '../../platform/encrypted-file.ts';
import { clearOldRestores } from '../../platform/zip-sink.ts';
import { PackReadError } from '../../platform/zip-read.ts';
import { decryptPack, type DecryptedPack } from './decrypt-pack.ts';
import type { PackMedia } from './pack-media.ts';
import { applyRestore, planOf, type RestorePlan } from './restore-plan.ts';

export type RestoreState =
  | { readonly step: 'idle' }
  /** An encrypted backup was chosen; `wrong` after a passphrase that did not open it. */
  | { readonly step: 'passphrase'; readonly name: string; readonly file: File; readonly wrong: boolean }
  | { readonly step: 'decrypting'; readonly name: string; readonly done: number; readonly total: number }
  | { readonly step: 'undecryptable'; readonly name: string; readonly code: 'truncated' | 'corrupt' }
  | { readonly step: 'checking'; readonly name: string; readonly done: number; readonly total: number }
  | {
      readonly step: 'unreadable';
      readonly name: string;
      readonly code: 'unreadable' | 'too-large' | 'unsupported-compression';
    }
  | { readonly step: 'problems'; readonly name: string; readonly problems: readonly PackProblem[] }
  | { readonly step: 'ready'; readonly name: string; readonly plan: RestorePlan }
  | { readonly step: 'writing'; readonly name: string; readonly done: number; readonly total: number }
  | { readonly step: 'done'; readonly head: string; readonly entries: number; readonly sameHead: boolean }
  | { readonly step: 'clashes'; readonly ids: readonly string[] }
  | { readonly step: 'cancelled' }
  | { readonly step: 'failed'; readonly code: string };

/**
 * Pick a pack → read it by random access and verify every file, the seal, the chain and the history (progress,
 * cancel) → show what is wrong, or a summary → write: media first (each stored, read back and re-hashed), then
 * all records in one sealed transaction. Cancel or failure removes the media this restore stored; nothing else
 * was written, so nothing is visible. An encrypted backup first asks for its passphrase and is decrypted into a
 * scratch file (a wrong passphrase asks again, writing nothing); the scratch file is deleted when the restore
 * ends, is cancelled, or leaves the screen.
 */
export function usePackRestore(store: YoujuStore, media: PackMedia) {
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const scratch = useRef<DecryptedPack | null>(null);
  const release = useCallback(() => {
    const s = scratch.current;
    scratch.current = null;
    void s?.dispose();
  }, []);
  useEffect(() => {
    // A decrypted backup left by a page closed mid-restore holds nothing the database does not, but takes space.
    void clearOldRestores();
    return () => {
      abort.current?.abort();
      release();
    };
  }, [release]);

  const check = useCallback(
    async (file: File, name: string, controller: AbortController) => {
      setState({ step: 'checking', name, done: 0, total: file.size });
      try {
        const r = await planOf(store, file, controller.signal, (done, total) => {
          if (abort.current === controller) setState({ step: 'checking', name, done, total });
        });
        if (abort.current !== controller) return;
        if (r.plan) setState({ step: 'ready', name, plan: r.plan });
        else {
          release();
          setState({ step: 'problems', name, problems: r.problems });
        }
      } catch (e) {
        if (abort.current !== controller) return;
        release();
        if (e instanceof PackReadError && e.code === 'cancelled') setState({ step: 'cancelled' });
        else
          setState({
            step: 'unreadable',
            name,
            code:
              e instanceof PackReadError && (e.code === 'too-large' || e.code === 'unsupported-compression')
                ? e.code
                : 'unreadable',
          });
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [release, store],
  );

  const pick = useCallback(
    async (file: File) => {
      abort.current?.abort();
      release();
      const controller = new AbortController();
      abort.current = controller;
      // Shown at once, as before the encrypted-backup check: the last outcome goes away (and is announced anew)
      // even when the next file ends the same way.
      setState({ step: 'checking', name: file.name, done: 0, total: file.size });
      // A file that cannot even be read goes the plain way and is reported unreadable there.
      const encrypted = await isEncryptedFile(file).catch(() => false);
      if (abort.current !== controller) return;
      if (encrypted) {
        abort.current = null;
        setState({ step: 'passphrase', name: file.name, file, wrong: false });
      } else await check(file, file.name, controller);
    },
    [check, release],
  );

  const unlock = useCallback(
    async (file: File, passphrase: string) => {
      abort.current?.abort();
      release();
      const controller = new AbortController();
      abort.current = controller;
      const name = file.name;
      setState({ step: 'decrypting', name, done: 0, total: file.size });
      let decrypted: DecryptedPack;
      try {
        decrypted = await decryptPack(file, passphrase, String(store.clock.now()), {
          signal: controller.signal,
          onProgress: (done) => {
            if (abort.current === controller) setState({ step: 'decrypting', name, done, total: file.size });
          },
        });
      } catch (e) {
        if (abort.current !== controller) return;
        abort.current = null;
        setState(undecrypted(e, file, controller.signal.aborted));
        return;
      }
      if (abort.current !== controller) {
        void decrypted.dispose();
        return;
      }
      scratch.current = decrypted;
      await check(decrypted.file, name, controller);
    },
    [check, release, store],
  );

  const confirm = useCallback(
    async (plan: RestorePlan, replace: boolean) => {
      const controller = new AbortController();
      abort.current = controller;
      const now = store.clock.now();
      const name = plan.file.name;
      setState({ step: 'writing', name, done: 0, total: 1 });
      try {
        const result = await applyRestore(store, media, plan, {
          replace,
          now,
          signal: controller.signal,
          onProgress: (done, total) => setState({ step: 'writing', name, done, total }),
        });
        setState({ step: 'done', ...result });
      } catch (e) {
        if (e instanceof RepositoryError && e.code === 'entry-id-exists') {
          setState({ step: 'clashes', ids: [e.field ?? ''] });
        } else if (controller.signal.aborted) setState({ step: 'cancelled' });
        else setState({ step: 'failed', code: e instanceof RepositoryError ? e.code : 'failed' });
      } finally {
        abort.current = null;
        release();
      }
    },
    [store, media, release],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => {
    abort.current?.abort();
    release();
    setState({ step: 'idle' });
  }, [release]);

  return { state, pick, unlock, confirm, cancel, reset };
}

/** Where a failed decryption leaves the restore: ask again, name the damage, or say it was cancelled. */
function undecrypted(e: unknown, file: File, aborted: boolean): RestoreState {
  const name = file.name;
  if (aborted) return { step: 'cancelled' };
  if (e instanceof EncryptedFileError) {
    if (e.code === 'wrong-passphrase') return { step: 'passphrase', name, file, wrong: true };
    if (e.code === 'truncated' || e.code === 'corrupt') return { step: 'undecryptable', name, code: e.code };
    return { step: 'unreadable', name, code: 'unreadable' };
  }
  const quota = typeof e === 'object' && e !== null && 'name' in e && e.name === 'QuotaExceededError';
  return { step: 'failed', code: quota ? 'quota' : 'failed' };
}
