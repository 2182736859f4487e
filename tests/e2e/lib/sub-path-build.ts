// A build of the app for a sub-path (`vite build --base=/youju/`), made once per e2e run and laid out as a host
// would: the files in <root>/youju/, so a server rooted at <root> serves the app at /youju/.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './define.ts';

export const SUB_PATH = '/youju/';

let built: Promise<string> | null = null;

/** The web root holding the sub-path build; the build runs the first time it is asked for. */
export function subPathRoot(): Promise<string> {
  built ??= (async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'youju-subpath-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    await promisify(execFile)(
      process.execPath,
      [vite, 'build', `--base=${SUB_PATH}`, '--outDir', path.join(root, SUB_PATH), '--logLevel', 'warn'],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    return root;
  })();
  return built;
}
