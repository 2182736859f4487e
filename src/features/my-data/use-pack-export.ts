import { useCallback, useEffect, useRef, useState } from 'react';
import { name as appName, version as appVersion } from '../../../package.json';
import type { YoujuDb } from '../../data/db.ts';
import { exportCaseFile } from '../../data/repositories/case-repo.ts';
import { listChain } from '../../data/repositories/chain-repo.ts';
import { setSetting } from '../../data/repositories/settings-repo.ts';
import { evaluate } from '../../domain/rules/evaluate.ts';
import { systemClock, todayIn } from '../../platform/clock.ts';
import { saveFile, type SaveResult } from '../../platform/download.ts';
import { webCryptoHasher } from '../../platform/hasher.ts';
import { exportAppPack, packCaseFile } from '../../platform/pack-export.ts';
import { clearOldExports, exportSink } from '../../platform/zip-sink.ts';
import { PackExportError, type PackExportErrorCode } from '../../platform/zip-write.ts';
import type { PackMedia } from './pack-media.ts';

export type PackExportState =
  | { readonly step: 'idle' }
  | { readonly step: 'building'; readonly done: number; readonly total: number }
  | { readonly step: 'ready'; readonly file: File; readonly head: string; readonly entries: number }
  | { readonly step: 'saved'; readonly name: string; readonly how: SaveResult; readonly head: string }
  | { readonly step: 'cancelled' }
  | { readonly step: 'failed'; readonly code: PackExportErrorCode | 'quota' };

export const packFileName = (today: string): string => `youju-pack-${today}.zip`;

export interface BuildOptions {
  readonly now: number;
  readonly timeZone: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Streams the profile's pack into an OPFS file or Blob parts and returns it as a File; on cancel or failure the
 * partial output is discarded before the error is rethrown.
 */
export async function buildPackFile(
  db: YoujuDb,
  media: PackMedia,
  options: BuildOptions,
): Promise<{ file: File; head: string; entries: number }> {
  const { now } = options;
  await clearOldExports();
  const sink = await exportSink(String(now));
  try {
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
      },
      sink,
      {
        hasher: webCryptoHasher,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      },
    );
    const blob = await sink.finish();
    const name = packFileName(todayIn(options.timeZone, { now: () => now }));
    return {
      file: new File([blob], name, { type: 'application/zip' }),
      head: result.head,
      entries: result.entries,
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
export function usePackExport(db: YoujuDb, media: PackMedia, timeZone: string) {
  const [state, setState] = useState<PackExportState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    // Packs of earlier visits kept in OPFS for their download are no longer needed.
    void clearOldExports();
    return () => abort.current?.abort();
  }, []);

  const build = useCallback(async () => {
    if (abort.current !== null) return;
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'building', done: 0, total: 1 });
    const now = systemClock.now();
    try {
      const built = await buildPackFile(db, media, {
        now,
        timeZone,
        signal: controller.signal,
        onProgress: (done, total) => setState({ step: 'building', done, total }),
      });
      setState({ step: 'ready', ...built });
    } catch (e) {
      const code: PackExportErrorCode | 'quota' =
        e instanceof PackExportError ? e.code : isQuota(e) ? 'quota' : 'failed';
      setState(code === 'cancelled' ? { step: 'cancelled' } : { step: 'failed', code });
    } finally {
      abort.current = null;
    }
  }, [db, media, timeZone]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  const save = useCallback(async () => {
    if (state.step !== 'ready') return;
    const how = await saveFile(state.file);
    if (how === 'cancelled') return;
    await setSetting(db, 'lastExportAt', systemClock.now());
    if (state.head !== '') await setSetting(db, 'lastExportHead', state.head);
    setState({ step: 'saved', name: state.file.name, how, head: state.head });
  }, [db, state]);

  return { state, build, cancel, save };
}

const isQuota = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'name' in e && e.name === 'QuotaExceededError';
