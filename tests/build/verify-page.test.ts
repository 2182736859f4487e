// @vitest-environment node
// verify.html is generated from src/verify-page/ and committed (src/build/verify-page.ts): the committed page must
// be what the current code builds, or packs would carry a checker older than the code it claims to match.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERIFY_PAGE_FILE, verifyPageHtml } from '../../src/build/verify-page.ts';

describe('verify.html', () => {
  it('is up to date with src/verify-page (else run npm run build:verify-page)', async () => {
    const built = await verifyPageHtml();
    expect(built).toContain("default-src 'none'");
    expect(readFileSync(VERIFY_PAGE_FILE, 'utf8') === built).toBe(true);
  }, 120_000);
});
