/**
 * The checkers a pack carries (domain/case-pack/pack-tools.ts), read from the files the app bundles, so a pack
 * made by the CLI holds the same verify.py and verify.html as one made by the app.
 */
import { readFileSync } from 'node:fs';
import type { PackTools } from '../domain/case-pack/pack-tools.ts';

const beside = (name: string) => new URL(`../domain/case-pack/${name}`, import.meta.url);

export function readPackTools(): PackTools {
  return {
    verifyPy: readFileSync(beside('verify.py'), 'utf8'),
    verifyHtml: readFileSync(beside('verify.html'), 'utf8'),
  };
}
