// The e2e runner serves dist/ itself (instead of `vite preview`) so a test can stop the server mid-run and prove
// the app works offline from its service worker, then have it back for the next test.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** http://host:port once started; the port stays the same across stop() and start() (the origin holds the data). */
  readonly origin: string;
  readonly running: boolean;
  start(): Promise<void>;
  /** Closes the listener and every open connection, so the browser really sees the server gone. */
  stop(): Promise<void>;
}

async function fileAt(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * `port` 0 (the default) lets the system pick a free port on the first start, so the tests run beside an app
 * already serving on 4173; later starts reuse that port, because the origin (and with it IndexedDB and the service
 * worker) must stay the same when a test brings the server back.
 */
export function staticServer(root: string, host: string, port = 0): StaticServer {
  const absRoot = path.resolve(root);
  let server: Server | null = null;
  let bound = port;

  const handler = async (url: string, method: string): Promise<{ status: number; file?: string }> => {
    if (method !== 'GET' && method !== 'HEAD') return { status: 405 };
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
    } catch {
      return { status: 400 };
    }
    const file = path.resolve(absRoot, `.${pathname}`);
    if (file !== absRoot && !file.startsWith(absRoot + path.sep)) return { status: 403 };
    const found = (await fileAt(file)) ?? (await fileAt(path.join(file, 'index.html')));
    if (found) return { status: 200, file: found };
    // SPA fallback: a path without an extension is a route, not a missing asset.
    if (!path.extname(pathname)) return { status: 200, file: path.join(absRoot, 'index.html') };
    return { status: 404 };
  };

  return {
    get origin() {
      if (bound === 0) throw new Error('the static server has not been started yet');
      return `http://${host}:${bound}`;
    },
    get running() {
      return server !== null;
    },
    async start() {
      if (server) return;
      const s = createServer((req, res) => {
        void handler(req.url ?? '/', req.method ?? 'GET').then(({ status, file }) => {
          if (!file) {
            res.writeHead(status, { 'Content-Type': 'text/plain' }).end(String(status));
            return;
          }
          const base = path.basename(file);
          res.writeHead(status, {
            'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
            // The service worker and the page must be revalidated, or an update would never be seen.
            'Cache-Control': base === 'sw.js' || base === 'index.html' ? 'no-cache' : 'public, max-age=3600',
          });
          if (req.method === 'HEAD') res.end();
          else createReadStream(file).pipe(res);
        });
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(bound, host, () => resolve());
      });
      const address = s.address();
      if (address !== null && typeof address === 'object') bound = address.port;
      server = s;
    },
    async stop() {
      const s = server;
      if (!s) return;
      server = null;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    },
  };
}

/** The port an override variable asks for, or 0 (any free port) when it is unset or empty. */
export function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`not a port number: "${value}"`);
  return port;
}
