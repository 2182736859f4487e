/**
 * The rules for a new passphrase (the app lock and encrypted backups), as codes the UI words. The file can be attacked offline for as long as
 * anyone likes, so length matters more than anything; PBKDF2 (600,000 iterations) only slows each guess.
 */
export const MIN_PASSPHRASE_LENGTH = 8;

type PassphraseProblem = 'empty' | 'too-short' | 'edge-space';
type RepeatProblem = 'repeat-empty' | 'mismatch';

export interface PassphraseCheck {
  readonly passphrase: PassphraseProblem | null;
  readonly repeat: RepeatProblem | null;
}

/** Characters as a person counts them: one per code point after NFC, so 8 Chinese characters count as 8. */
export const passphraseLength = (p: string): number => [...p.normalize('NFC')].length;

/**
 * A leading or trailing space is refused rather than trimmed: phone keyboards add one after a suggested word,
 * and a backup sealed with a space nobody remembers typing could never be opened again.
 */
export function checkNewPassphrase(passphrase: string, repeat: string): PassphraseCheck {
  const first: PassphraseProblem | null =
    passphrase === ''
      ? 'empty'
      : passphrase.trim() !== passphrase
        ? 'edge-space'
        : passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH
          ? 'too-short'
          : null;
  const second: RepeatProblem | null =
    repeat === ''
      ? 'repeat-empty'
      : repeat.normalize('NFC') !== passphrase.normalize('NFC')
        ? 'mismatch'
        : null;
  return { passphrase: first, repeat: second };
}

export const passphraseOk = (c: PassphraseCheck): boolean => c.passphrase === null && c.repeat === null;
