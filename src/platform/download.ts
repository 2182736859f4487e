export type SaveResult = 'shared' | 'downloaded' | 'cancelled';

export interface SaveEnv {
  readonly navigator?: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> &
    Partial<Pick<Navigator, 'share' | 'canShare'>>;
  readonly document: Document;
  readonly createObjectURL: (blob: Blob) => string;
  readonly revokeObjectURL: (url: string) => void;
}

const browserEnv = (): SaveEnv => ({
  navigator: typeof navigator === 'undefined' ? undefined : navigator,
  document,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
});

/** Phones and tablets, where the share sheet is the natural way to keep a file (and iPadOS claims to be a Mac). */
export function isMobile(nav: SaveEnv['navigator']): boolean {
  if (!nav) return false;
  const ua = nav.userAgent;
  return (
    /Android|iPhone|iPad|iPod|Mobile|HarmonyOS/i.test(ua) || (/Macintosh/.test(ua) && nav.maxTouchPoints > 1)
  );
}

const isAbort = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';

// Some browsers cancel a download whose URL is revoked at once; a minute is plenty for the click to start it.
const REVOKE_AFTER_MS = 60_000;

function download(file: File, env: SaveEnv): void {
  const url = env.createObjectURL(file);
  const a = env.document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  env.document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => env.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Saves a text file the way the device expects. iOS standalone web apps ignore `<a download>` (STYLE.md §3), so
 * phones get the share sheet (`navigator.share({ files })`) when it can take files; everything else gets a normal
 * download. Closing the share sheet is the user's choice, not an error. Call straight from a click handler: share
 * needs the click's user activation.
 */
export async function saveTextFile(
  name: string,
  text: string,
  type = 'application/json',
  env: SaveEnv = browserEnv(),
): Promise<SaveResult> {
  return saveFile(new File([text], name, { type }), env);
}

/**
 * Saves a file (e.g. a case pack built as a Blob of parts or an OPFS file) the same way: share sheet on phones
 * where `canShare` takes it, else a download. The file is handed over as is, never read into memory here.
 */
export async function saveFile(file: File, env: SaveEnv = browserEnv()): Promise<SaveResult> {
  const nav = env.navigator;
  if (isMobile(nav) && nav?.share && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file] });
      return 'shared';
    } catch (error) {
      if (isAbort(error)) return 'cancelled';
      // NotAllowedError (activation expired) and friends: a download is still better than nothing.
    }
  }
  download(file, env);
  return 'downloaded';
}
