/** Offers interrupted recordings for recovery on launch; placeholder until the recorder exists (owner replaces). */
export function RecordingRecovery() {
  return null;
}
