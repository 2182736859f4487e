import type {
  AttachmentRef,
  CollectorSide,
  ConductTag,
  Entry,
  VisitPlace,
} from '../../../domain/case/types.ts';
import { CHECK_RULES } from '../../../domain/rules/catalogue.ts';
import { localMoment, secondsOf } from '../../../domain/rules/local-time.ts';

export type EnteredAnswer = 'no' | 'with-consent' | 'without-consent';

/** What the borrower answered in visit mode; every field may stay unanswered (each step can be skipped). */
export interface VisitDraft {
  /** When visit mode opened: the visit's time. */
  readonly startedAt: number;
  readonly collectors?: number;
  readonly idShown?: boolean;
  readonly idPhotos: readonly AttachmentRef[];
  readonly company: string;
  readonly person: string;
  readonly side?: CollectorSide;
  readonly debtId: string;
  readonly place?: VisitPlace;
  readonly entered?: EnteredAnswer;
  readonly consentToTime: boolean;
  readonly tags: readonly ConductTag[];
  readonly notes: string;
}

export const emptyVisitDraft = (startedAt: number): VisitDraft => ({
  startedAt,
  idPhotos: [],
  company: '',
  person: '',
  debtId: '',
  // "上门" is a visit to the door of one's home; the borrower can change it in the door step.
  place: 'home',
  consentToTime: false,
  tags: [],
  notes: '',
});

/** Conduct a visit may involve that the limits step asks about (case-file-v1 conduct tags). */
export const VISIT_TAGS = [
  'seized-property',
  'detention',
  'threat',
  'insult',
  'violence',
  'public-exposure',
] as const satisfies readonly ConductTag[];

const quiet = CHECK_RULES['quiet-hours'].params;
const QUIET_START = secondsOf(String(quiet.quietStart));
const QUIET_END = secondsOf(String(quiet.quietEnd));

/** Whether an instant falls in the quiet hours (22:00–08:00) in the case's zone, as the quiet-hours rule reads it. */
export function inQuietHours(ms: number, timeZone: string): boolean {
  const { secondOfDay } = localMoment(ms, timeZone);
  return QUIET_START > QUIET_END
    ? secondOfDay >= QUIET_START || secondOfDay < QUIET_END
    : secondOfDay >= QUIET_START && secondOfDay < QUIET_END;
}

const enteredFields = (answer: EnteredAnswer | undefined) => {
  switch (answer) {
    case 'no':
      return { entered: false };
    case 'with-consent':
      return { entered: true, consentToEnter: true };
    case 'without-consent':
      return { entered: true, consentToEnter: false };
    default:
      return {};
  }
};

/** The case-file `visit` entry for a finished draft, with the recording (if any) and the ID photos attached. */
export function visitEntryOf(draft: VisitDraft, id: string, recording: AttachmentRef | null): Entry {
  const company = draft.company.trim();
  const person = draft.person.trim();
  const notes = draft.notes.trim();
  const collector = {
    ...(draft.side ? { side: draft.side } : {}),
    ...(company ? { name: company } : {}),
    ...(person ? { person } : {}),
  };
  const visit = {
    ...(draft.collectors !== undefined ? { collectors: draft.collectors } : {}),
    ...(draft.idShown !== undefined ? { idShown: draft.idShown } : {}),
    ...enteredFields(draft.entered),
    ...(draft.place ? { place: draft.place } : {}),
  };
  const attachments = [...(recording ? [recording] : []), ...draft.idPhotos];
  return {
    id,
    kind: 'visit',
    at: new Date(draft.startedAt).toISOString(),
    ...(draft.debtId ? { debtId: draft.debtId } : {}),
    ...(Object.keys(collector).length > 0 ? { collector } : {}),
    ...(draft.consentToTime ? { consentToTime: true } : {}),
    visit,
    ...(draft.tags.length > 0 ? { tags: [...draft.tags] } : {}),
    ...(notes ? { notes } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}
