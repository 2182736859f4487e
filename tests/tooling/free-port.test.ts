// The e2e runner and the bench serve the built app on a port the system picks, so the test command passes while
// `npm start` (vite preview, strict port 4173) is serving on the same machine.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portFromEnv, staticServer } from '../e2e/lib/static-server.ts';

const APP_PORT = 4173;
let occupant: Server | null = null;
let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'youju-port-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  // Something listens on 4173 during these tests: either this dummy or an app that was already running there.
  occupant = await new Promise<Server | null>((resolve) => {
    const s = createServer((_, res) => res.end('the app'));
    s.once('error', () => resolve(null));
    s.listen(APP_PORT, '127.0.0.1', () => resolve(s));
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => (occupant ? occupant.close(() => resolve()) : resolve()));
  await rm(root, { recursive: true, force: true });
});

describe('the test servers', () => {
  it('listen on a free port while 4173 is taken, and keep it across a stop and a start', async () => {
    const busy = await fetch(`http://127.0.0.1:${APP_PORT}/`);
    expect(busy.ok).toBe(true);
    const server = staticServer(root, '127.0.0.1', portFromEnv(undefined));
    expect(() => server.origin).toThrow(/not been started/);
    await server.start();
    const origin = server.origin;
    const port = Number(new URL(origin).port);
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(APP_PORT);
    expect(await (await fetch(`${origin}/`)).text()).toContain('<title>t</title>');
    await server.stop();
    await expect(fetch(`${origin}/`)).rejects.toThrow();
    // Back on the same origin: a test that went offline finds its data and service worker again.
    await server.start();
    expect(server.origin).toBe(origin);
    expect((await fetch(`${origin}/`)).status).toBe(200);
    await server.stop();
  });

  it('take a port from the override variable, and refuse one that is not a port', () => {
    expect(portFromEnv(undefined)).toBe(0);
    expect(portFromEnv('')).toBe(0);
    expect(portFromEnv('4314')).toBe(4314);
    expect(() => portFromEnv('43x')).toThrow(/not a port number/);
    expect(() => portFromEnv('70000')).toThrow(/not a port number/);
  });
});
