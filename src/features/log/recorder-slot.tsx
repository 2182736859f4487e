import type { AttachmentRef } from '../../domain/case/types.ts';

/**
 * SLOT for H2's in-app recorder (`RecorderPanel` in recorder-panel.tsx, purpose 'log'). It is wired in once that
 * file is committed; until then the log form offers photos and files only.
 */
export function RecorderSlot(props: {
  readonly debtId?: string;
  readonly onSaved: (ref: AttachmentRef) => void;
}) {
  void props;
  return null;
}
