// Starts Xvfb and WebKitWebDriver for the WebKit walk (STYLE.md §3) and stops both by process id. Xvfb is started
// directly rather than through xvfb-run, so both processes are this module's own children and nothing outlives
// the run; `-displayfd` lets Xvfb pick a free display and report it.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** Debian's MiniBrowser (package libwebkit2gtk-4.1-0), under the machine's multiarch directory. */
export function miniBrowser(): string {
  const dirs = readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu'));
  const found = dirs.map((d) => `/usr/lib/${d}/webkit2gtk-4.1/MiniBrowser`).find((file) => existsSync(file));
  if (!found) throw new Error('MiniBrowser not found: install webkit2gtk-driver (libwebkit2gtk-4.1-0)');
  return found;
}

/** A port nobody listens on right now (the kernel's pick for port 0). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function stopProcess(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => p.kill('SIGKILL'), 3_000);
    p.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    p.kill('SIGTERM');
  });
}

function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      xvfb.kill('SIGKILL');
      reject(new Error(`Xvfb did not report a display within 10 s: ${err}`));
    }, 10_000);
    xvfb.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    xvfb.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    xvfb.stdio[3]?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ process: xvfb, display: `:${out.trim()}` });
      }
    });
  });
}

async function waitForDriver(url: string, driver: ChildProcess): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('WebKitWebDriver did not answer /status within 15 s');
}

export interface Driver {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts Xvfb and the driver; the browser's own chatter (GStreamer, ALSA, D-Bus) goes to `logFile`. */
export async function startDriver(logFile: string): Promise<Driver> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const log = openSync(logFile, 'w');
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(driver);
    await stopProcess(xvfb.process);
  };
  try {
    await waitForDriver(url, driver);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}
