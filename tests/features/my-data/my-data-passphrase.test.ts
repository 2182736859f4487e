import { describe, expect, it } from 'vitest';
import {
  MIN_PASSPHRASE_LENGTH,
  checkNewPassphrase,
  passphraseOk,
} from '../../../src/domain/lock/passphrase-rules.ts';

const both = (p: string) => checkNewPassphrase(p, p);

describe('rules for a new backup passphrase', () => {
  it('needs at least 8 characters: 7 is refused, 8 is accepted', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(8);
    expect(both('abcdefg').passphrase).toBe('too-short');
    expect(both('abcdefgh').passphrase).toBeNull();
    expect(passphraseOk(both('abcdefgh'))).toBe(true);
  });

  it('counts Chinese characters and emoji as one character each', () => {
    expect(both('我欠的钱会慢慢还').passphrase).toBeNull();
    expect(both('我欠的钱会慢慢').passphrase).toBe('too-short');
    // Seven code points, fourteen UTF-16 units: still too short.
    expect(both('😀😀😀😀😀😀😀').passphrase).toBe('too-short');
  });

  it('refuses an empty passphrase, and one that starts or ends with a space', () => {
    expect(checkNewPassphrase('', '').passphrase).toBe('empty');
    expect(both('long enough ').passphrase).toBe('edge-space');
    expect(both(' long enough').passphrase).toBe('edge-space');
    expect(both('long enough').passphrase).toBeNull();
  });

  it('needs the repeat, and the same passphrase in it', () => {
    expect(checkNewPassphrase('abcdefgh', '').repeat).toBe('repeat-empty');
    expect(checkNewPassphrase('abcdefgh', 'abcdefgH').repeat).toBe('mismatch');
    expect(passphraseOk(checkNewPassphrase('abcdefgh', 'abcdefgH'))).toBe(false);
    // The same text composed differently (é as one code point or as e + accent) is the same passphrase.
    expect(checkNewPassphrase('caf\u00e9 au lait', 'cafe\u0301 au lait').repeat).toBeNull();
  });
});
