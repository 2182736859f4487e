import { decryptInto, type CryptProgress } from '../../platform/encrypted-file.ts';
import { restoreSink } from '../../platform/zip-sink.ts';

/** A decrypted backup, ready for the normal pack check; `dispose` deletes it once the restore no longer needs it. */
export interface DecryptedPack {
  readonly file: File;
  dispose(): Promise<void>;
}

/**
 * Decrypts an encrypted backup chunk by chunk into an OPFS file (else Blob parts), so that neither the encrypted
 * nor the plain pack is held in memory and the zip reader can then read it by random access as it does any pack.
 * Every chunk is authenticated before the zip is even looked at; on a wrong passphrase, a cut or changed file, or
 * cancel, what was written is deleted and the EncryptedFileError (or abort) rethrown. The plain File keeps the
 * chosen file's name, so every later message names the file the user picked.
 */
export async function decryptPack(
  file: File,
  passphrase: string,
  stamp: string,
  options: CryptProgress = {},
): Promise<DecryptedPack> {
  const sink = await restoreSink(stamp);
  try {
    await decryptInto(file, passphrase, sink, options);
    const blob = await sink.finish();
    return {
      file: new File([blob], file.name, { type: 'application/zip' }),
      dispose: () => sink.discard(),
    };
  } catch (e) {
    await sink.discard();
    throw e;
  }
}
