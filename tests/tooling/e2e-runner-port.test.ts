// The e2e runner itself, run as `npm run test:e2e` runs it, while something else listens on 4173 (as `npm start`
// does): it must pick another port and pass. The test it runs needs no app build (it checks the nginx config), so
// a placeholder index.html stands in for dist/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let occupant: Server | null = null;
let dist = '';

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'youju-runner-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>placeholder</title>');
  occupant = await new Promise<Server | null>((resolve) => {
    const s = createServer((_, res) => res.end('the app'));
    s.once('error', () => resolve(null)); // already taken: by the app itself, which is just as good
    s.listen(4173, '127.0.0.1', () => resolve(s));
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => (occupant ? occupant.close(() => resolve()) : resolve()));
  rmSync(dist, { recursive: true, force: true });
});

describe('the e2e runner', () => {
  it('passes while port 4173 is in use', async () => {
    expect((await fetch('http://127.0.0.1:4173/')).ok).toBe(true);
    const env: NodeJS.ProcessEnv = { ...process.env, E2E_DIST: dist };
    delete env.E2E_PORT;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/e2e/run.ts', 'shippedNginxConfigPassesNginxT'],
      { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.stdout).toContain('ok   sub-path.e2e.ts › shippedNginxConfigPassesNginxT');
    expect(run.stdout).toContain('e2e results — passed 1, failed 0');
    expect(run.status).toBe(0);
  }, 150_000);
});
