// Real nginx (Debian's package) serving a folder through the server block shipped in deploy/nginx/youju.conf, on
// a free port on 127.0.0.1, as a foreground process with its own prefix: no root-owned paths, no daemon.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { REPO_ROOT } from './define.ts';

export const SHIPPED_CONFIG = path.join(REPO_ROOT, 'deploy', 'nginx', 'youju.conf');

export function nginxPath(): string {
  return process.env.NGINX_PATH ?? '/usr/sbin/nginx';
}

/** A port nothing listens on right now (nginx cannot listen on port 0 and say which port it got). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The main configuration: everything under `prefix`, one process, in the foreground, the site included. */
function mainConfig(prefix: string, site: string): string {
  return `daemon off;
master_process off;
worker_processes 1;
error_log ${prefix}/logs/error.log;
pid ${prefix}/logs/nginx.pid;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${site};
}
`;
}

/**
 * The shipped server block with only what a host changes: where it listens and where the files are. Fails when
 * those lines are not there as shipped, so the test cannot drift from the file.
 */
export async function siteConfig(port: number | null, root: string | null): Promise<string> {
  let text = await readFile(SHIPPED_CONFIG, 'utf8');
  const need = (re: RegExp) => {
    if (!re.test(text)) throw new Error(`deploy/nginx/youju.conf no longer has ${re}`);
  };
  need(/^ {4}listen 80;$/m);
  need(/^ {4}listen \[::\]:80;$/m);
  need(/^ {4}root \/var\/www\/youju;$/m);
  if (port !== null) {
    text = text.replace(/^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`);
    text = text.replace(/^ {4}listen \[::\]:80;\n/m, '');
  }
  if (root !== null) text = text.replace(/^ {4}root \/var\/www\/youju;$/m, `    root ${root};`);
  return text;
}

async function layOut(site: string): Promise<string> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'youju-nginx-'));
  await mkdir(path.join(prefix, 'logs'));
  await mkdir(path.join(prefix, 'tmp'));
  await writeFile(path.join(prefix, 'site.conf'), site);
  await writeFile(path.join(prefix, 'nginx.conf'), mainConfig(prefix, path.join(prefix, 'site.conf')));
  return prefix;
}

/** `nginx -t` on a configuration including `site`; resolves with nginx's own words, rejects when it refuses. */
export async function nginxTest(site: string): Promise<string> {
  const prefix = await layOut(site);
  try {
    const { stderr } = await promisify(execFile)(nginxPath(), [
      '-t',
      '-p',
      prefix,
      '-c',
      path.join(prefix, 'nginx.conf'),
    ]);
    return stderr;
  } finally {
    await rm(prefix, { recursive: true, force: true });
  }
}

export interface Nginx {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Serves `root` through the shipped server block; retries on another port if one was taken in between. */
export async function startNginx(root: string): Promise<Nginx> {
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const prefix = await layOut(await siteConfig(port, root));
    const child = spawn(nginxPath(), ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const origin = `http://127.0.0.1:${port}`;
    const stop = async () => {
      await stopChild(child);
      await rm(prefix, { recursive: true, force: true });
    };
    for (let i = 0; i < 50 && child.exitCode === null; i++) {
      const up = await fetch(`${origin}/`).then(
        () => true,
        () => false,
      );
      if (up) return { origin, stop };
      await sleep(100);
    }
    lastError = stderr || (await readFile(path.join(prefix, 'logs', 'error.log'), 'utf8').catch(() => ''));
    await stop();
  }
  throw new Error(`nginx did not start: ${lastError}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
