import { useCallback, useEffect, useRef, useState } from 'react';
import { name as appName, version as appVersion } from '../../../package.json';
import { exportCaseFile } from '../../data/repositories/case-repo.ts';
import { listChain } from '../../data/repositories/chain-repo.ts';
import { setSetting } from '../../data/repositories/settings-repo.ts';
import { evaluate } from '../../domain/rules/evaluate.ts';
import type { YoujuStore } from '../../data/store/store.ts';
import { todayIn } from '../../platform/clock.ts';
import { saveFile, type SaveResult } from '../../platform/download.ts';
import { encryptingSink } from '../../platform/encrypted-file.ts';
import { exportAppPack, packCaseFile } from '../../platform/pack-export.ts';
import { clearOldExports, exportSink } from '../../platform/zip-sink.ts';
import { PackExportError, type PackExportErrorCode } from '../../platform/zip-write.ts';
import type { PackMedia } from './pack-media.ts';
import { packTools } from './pack-tools.ts';

export type PackExportState =
  | { readonly step: 'idle' }
  | { readonly step: 'building'; readonly done: number; readonly total: number }
  | {
      readonly step: 'ready';
      readonly file: File;
      readonly head: string;
      /** The head to keep: the chain plus the time zone, debts and borrower (docs/case-pack.md). */
      readonly caseHead: string;
      readonly entries: number;
      readonly encrypted: boolean;
    }
  | {
      readonly step: 'saved';
      readonly name: string;
      readonly how: SaveResult;
      readonly head: string;
      readonly caseHead: string;
      readonly encrypted: boolean;
    }
  | { readonly step: 'cancelled' }
  | { readonly step: 'failed'; readonly code: PackExportErrorCode | 'quota' };

const packFileName = (today: string): string => `youju-pack-${today}.zip`;

/**
 * `.zip.enc`: the last extension keeps archive apps from offering to open it (and calling it damaged), and the
 * `.zip` before it tells a person what comes out once the passphrase opens it. docs/case-pack.md has the format.
 */
const encryptedPackFileName = (today: string): string => `${packFileName(today)}.enc`;

interface BuildOptions {
  readonly now: number;
  readonly timeZone: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  /** Encrypts the pack with this passphrase while it is written (docs/case-pack.md, "Encrypted backups"). */
  readonly passphrase?: string;
  /** PBKDF2 iterations for the passphrase; only tests lower it. */
  readonly iterations?: number;
}

/**
 * Streams the profile's pack into an OPFS file or Blob parts and returns it as a File; on cancel or failure the
 * partial output is discarded before the error is rethrown. With a passphrase the zip's bytes are encrypted on
 * their way to the sink, so the plain pack never exists as a file and memory stays at about one 1 MiB chunk.
 */
export async function buildPackFile(
  store: YoujuStore,
  media: PackMedia,
  options: BuildOptions,
): Promise<{ file: File; head: string; caseHead: string; entries: number; encrypted: boolean }> {
  const { db } = store;
  const { now, passphrase } = options;
  const { hasher } = await store.hashing();
  await clearOldExports();
  const sink = await exportSink(String(now));
  try {
    const encrypting =
      passphrase === undefined
        ? null
        : await encryptingSink(
            passphrase,
            sink,
            options.iterations === undefined ? {} : { iterations: options.iterations },
          );
    const [chain, caseBase] = await Promise.all([listChain(db), exportCaseFile(db)]);
    const records = chain.map(({ kind, recordId, record }) => ({ kind, recordId, record }));
    const caseFile = packCaseFile(caseBase, records);
    const result = await exportAppPack(
      {
        caseBase,
        chain,
        mediaBlob: (sha) => media.blobOf(sha),
        exportedAt: new Date(now).toISOString(),
        app: { name: appName, version: appVersion },
        findings: evaluate(caseFile, { now }),
        tools: packTools,
      },
      encrypting ?? sink,
      {
        hasher,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      },
    );
    await encrypting?.finish();
    const blob = await sink.finish();
    const today = todayIn(options.timeZone, { now: () => now });
    const file =
      encrypting === null
        ? new File([blob], packFileName(today), { type: 'application/zip' })
        : new File([blob], encryptedPackFileName(today), { type: 'application/octet-stream' });
    return {
      file,
      head: result.head,
      caseHead: result.caseHead,
      entries: result.entries,
      encrypted: encrypting !== null,
    };
  } catch (e) {
    await sink.discard();
    throw e;
  }
}

/**
 * Build → save. Building streams the pack into an OPFS file or Blob parts with progress and cancel (a cancelled
 * or failed build discards what it wrote). Saving is its own tap: the share sheet needs a fresh user activation,
 * which a build of hundreds of MB would have outlived. lastExportAt is recorded once the file is handed over.
 */
export function usePackExport(store: YoujuStore, media: PackMedia, timeZone: string) {
  const [state, setState] = useState<PackExportState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    // Packs of earlier visits kept in OPFS for their download are no longer needed.
    void clearOldExports();
    return () => abort.current?.abort();
  }, []);

  /** Resolves true once the pack is ready to save. */
  const build = useCallback(
    async (passphrase?: string): Promise<boolean> => {
      if (abort.current !== null) return false;
      const controller = new AbortController();
      abort.current = controller;
      setState({ step: 'building', done: 0, total: 1 });
      const now = store.clock.now();
      try {
        const built = await buildPackFile(store, media, {
          now,
          timeZone,
          signal: controller.signal,
          onProgress: (done, total) => setState({ step: 'building', done, total }),
          ...(passphrase === undefined ? {} : { passphrase }),
        });
        setState({ step: 'ready', ...built });
        return true;
      } catch (e) {
        const code: PackExportErrorCode | 'quota' =
          e instanceof PackExportError ? e.code : isQuota(e) ? 'quota' : 'failed';
        setState(code === 'cancelled' ? { step: 'cancelled' } : { step: 'failed', code });
        return false;
      } finally {
        abort.current = null;
      }
    },
    [store, media, timeZone],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);

  const save = useCallback(async () => {
    if (state.step !== 'ready') return;
    const how = await saveFile(state.file);
    if (how === 'cancelled') return;
    await setSetting(store.db, 'lastExportAt', store.clock.now());
    if (state.head !== '') await setSetting(store.db, 'lastExportHead', state.head);
    setState({
      step: 'saved',
      name: state.file.name,
      how,
      head: state.head,
      caseHead: state.caseHead,
      encrypted: state.encrypted,
    });
  }, [store, state]);

  return { state, build, cancel, save };
}

const isQuota = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'name' in e && e.name === 'QuotaExceededError';
