import type { AttachmentRef } from '../../../domain/case/types.ts';
import { RecorderPanel } from './recorder-panel.tsx';

/** H2's in-app recorder, in the log form: a recording is stored as an attachment, sealed when the entry is saved. */
export function RecorderSlot({
  debtId,
  onSaved,
}: {
  readonly debtId?: string;
  readonly onSaved: (ref: AttachmentRef) => void;
}) {
  return <RecorderPanel purpose="log" {...(debtId ? { debtId } : {})} onSaved={onSaved} />;
}
