import type { AttachmentRef } from '../../domain/case/types.ts';

export type RecordingPurpose = 'log' | 'visit';

export interface RecorderPanelProps {
  /** 'visit' for visit mode; the log form uses 'log'. */
  readonly purpose: RecordingPurpose;
  /** The debt the recording is about, if already chosen; kept with the recording for recovery. */
  readonly debtId?: string;
  /** Called once the recording is stored and read back (the attachment is not sealed until an entry uses it). */
  readonly onSaved: (ref: AttachmentRef) => void;
}

/**
 * In-app audio recording for an entry: start, a running timer and level, stop → stored as an attachment.
 * Stable API for the log form (H3); the inside is being built.
 */
export function RecorderPanel(props: RecorderPanelProps) {
  void props;
  return null;
}
