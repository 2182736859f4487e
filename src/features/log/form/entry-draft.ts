import type {
  AttachmentRef,
  CollectorSide,
  ConductTag,
  Direction,
  Entry,
  EntryKind,
  LetterType,
  Procedure,
  RulingKind,
  ThirdPartyRelation,
  VisitPlace,
} from '../../../domain/case/types.ts';
import { isLocalDate } from '../../../domain/case/dates.ts';
import { ENTRY_FIELDS } from '../../../domain/case/types.ts';
import { localInputOf, zonedIsoOf } from './zoned-time.ts';

/** Yes / no / not said: a tri-state answer, so "not asked" is never saved as "no". */
export type YesNo = '' | 'yes' | 'no';

/** What the form holds, as typed: strings and choices. `entryFromDraft` turns it into a case-file entry. */
export interface EntryDraft {
  readonly kind: EntryKind;
  readonly debtId: string;
  readonly at: string;
  readonly direction: Direction;
  readonly answered: YesNo;
  readonly durationMin: string;
  readonly collectorSide: CollectorSide | '';
  readonly collectorName: string;
  readonly collectorPerson: string;
  readonly collectorPhone: string;
  readonly toNumber: string;
  readonly consentToTime: boolean;
  readonly relation: ThirdPartyRelation | '';
  readonly disclosedDebt: YesNo;
  readonly visitCollectors: string;
  readonly idShown: YesNo;
  readonly entered: YesNo;
  readonly consentToEnter: YesNo;
  readonly place: VisitPlace | '';
  readonly letterType: LetterType | '';
  readonly receivedOn: string;
  readonly rulingKind: RulingKind | '';
  readonly procedure: Procedure | '';
  readonly statedDeadline: string;
  readonly hearingOn: string;
  readonly tags: readonly ConductTag[];
  readonly notes: string;
  readonly attachments: readonly AttachmentRef[];
}

export type DraftField =
  'at' | 'answered' | 'durationMin' | 'visitCollectors' | 'receivedOn' | 'statedDeadline' | 'hearingOn';
type DraftErrorCode = 'required' | 'invalid' | 'future';
export interface DraftError {
  readonly field: DraftField;
  readonly code: DraftErrorCode;
}
/** In the order the fields appear, so the first error gets focus. */
export const DRAFT_FIELDS: readonly DraftField[] = [
  'at',
  'answered',
  'durationMin',
  'visitCollectors',
  'receivedOn',
  'statedDeadline',
  'hearingOn',
];

/** Which letter types ask which of the 2026-12 letter fields (docs/case-file.md). */
export const asksRulingKind = (type: LetterType | ''): boolean => type === 'ruling';
export const asksProcedure = (type: LetterType | ''): boolean =>
  type === 'court-summons' || type === 'judgment' || type === 'ruling';
export const asksHearing = (type: LetterType | ''): boolean => type === 'court-summons';

/** Kinds that are contacts by someone: they have a collector, a direction and a time-of-day consent. */
export const hasCollector = (kind: EntryKind): boolean => kind !== 'note' && kind !== 'payment';
/** Kinds that reach one of the borrower's numbers. */
export const hasToNumber = (kind: EntryKind): boolean =>
  kind === 'call' || kind === 'sms' || kind === 'message';
export const hasDirection = (kind: EntryKind): boolean =>
  kind === 'call' || kind === 'sms' || kind === 'message';

interface DraftDefaults {
  readonly kind: EntryKind;
  readonly now: number;
  readonly timeZone: string;
  readonly debtId?: string;
  /** The collector of the last entry (for that debt when there is one). */
  readonly collector?: Entry['collector'];
  /** The borrower's own number: the one a collector calls. */
  readonly ownNumber?: string;
}

export function newDraft(d: DraftDefaults): EntryDraft {
  return {
    kind: d.kind,
    debtId: d.debtId ?? '',
    at: localInputOf(d.now, d.timeZone),
    // A payment is made by the borrower; everything else is logged as coming from the collector's side.
    direction: d.kind === 'payment' ? 'outgoing' : 'incoming',
    answered: '',
    durationMin: '',
    collectorSide: d.collector?.side ?? '',
    collectorName: d.collector?.name ?? '',
    collectorPerson: d.collector?.person ?? '',
    collectorPhone: d.collector?.phone ?? '',
    toNumber: d.ownNumber ?? '',
    consentToTime: false,
    relation: '',
    disclosedDebt: '',
    visitCollectors: '',
    idShown: '',
    entered: '',
    consentToEnter: '',
    place: d.kind === 'visit' ? 'home' : '',
    letterType: '',
    receivedOn: '',
    rulingKind: '',
    procedure: '',
    statedDeadline: '',
    hearingOn: '',
    tags: [],
    notes: '',
    attachments: [],
  };
}

const yesNoOf = (value: boolean | undefined): YesNo => (value === undefined ? '' : value ? 'yes' : 'no');

/** The form prefilled with an entry's current version, for an amendment. */
export function draftFromEntry(e: Entry, timeZone: string, instant: number): EntryDraft {
  return {
    kind: e.kind,
    debtId: e.debtId ?? '',
    at: localInputOf(instant, timeZone),
    direction: e.direction ?? 'incoming',
    answered: yesNoOf(e.answered),
    durationMin: e.durationSec === undefined ? '' : String(Math.round((e.durationSec / 60) * 100) / 100),
    collectorSide: e.collector?.side ?? '',
    collectorName: e.collector?.name ?? '',
    collectorPerson: e.collector?.person ?? '',
    collectorPhone: e.collector?.phone ?? '',
    toNumber: e.toNumber ?? '',
    consentToTime: e.consentToTime === true,
    relation: e.thirdParty?.relation ?? '',
    disclosedDebt: yesNoOf(e.thirdParty?.disclosedDebt),
    visitCollectors: e.visit?.collectors === undefined ? '' : String(e.visit.collectors),
    idShown: yesNoOf(e.visit?.idShown),
    entered: yesNoOf(e.visit?.entered),
    consentToEnter: yesNoOf(e.visit?.consentToEnter),
    place: e.visit?.place ?? '',
    letterType: e.letter?.type ?? '',
    receivedOn: e.letter?.receivedOn ?? '',
    rulingKind: e.letter?.rulingKind ?? '',
    procedure: e.letter?.procedure ?? '',
    statedDeadline: e.letter?.statedDeadline ?? '',
    hearingOn: e.letter?.hearingOn ?? '',
    tags: e.tags ?? [],
    notes: e.notes ?? '',
    attachments: e.attachments ?? [],
  };
}

/** Accepts minutes ("2", "1.5", full-width digits) or minutes:seconds ("2:30"); returns seconds. */
export function durationSecOf(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace('：', ':');
  const mmss = /^(\d{1,4}):([0-5]?\d)$/.exec(t);
  if (mmss) return Number(mmss[1]) * 60 + Number(mmss[2]);
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 60);
}

const boolOf = (v: YesNo): boolean | undefined => (v === '' ? undefined : v === 'yes');

/** Drops empty strings and undefined values, so an untouched field never becomes `""` in the case file. */
function compact<T extends object>(value: T): Partial<T> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== '') out[k] = v;
  return Object.keys(out).length === 0 ? undefined : (out as Partial<T>);
}

/** Fields the form owns; on an amendment every other field of the entry (unknown ones too) is kept as it was. */
const FORM_FIELDS = ENTRY_FIELDS.filter((f) => f !== 'id');

interface BuildOptions {
  readonly id: string;
  readonly timeZone: string;
  readonly now: number;
  /** The entry being amended: its unknown fields and nested fields are kept, its `at` text if the time is unchanged. */
  readonly base?: Entry;
  readonly baseAtInput?: string;
}

type BuildResult = { ok: true; entry: Entry } | { ok: false; errors: readonly DraftError[] };

/** Minutes of clock difference tolerated between "now" on the phone and a time typed as now. */
const FUTURE_SLACK_MS = 5 * 60_000;

export function entryFromDraft(d: EntryDraft, o: BuildOptions): BuildResult {
  const errors: DraftError[] = [];
  const at = zonedIsoOf(d.at, o.timeZone);
  if (d.at.trim() === '') errors.push({ field: 'at', code: 'required' });
  else if (!at) errors.push({ field: 'at', code: 'invalid' });
  else if (at.ms > o.now + FUTURE_SLACK_MS) errors.push({ field: 'at', code: 'future' });
  if (d.kind === 'call' && d.answered === '') errors.push({ field: 'answered', code: 'required' });
  const duration = d.durationMin.trim() === '' ? undefined : durationSecOf(d.durationMin);
  if (d.kind === 'call' && duration === null) errors.push({ field: 'durationMin', code: 'invalid' });
  const collectors = d.visitCollectors.trim() === '' ? undefined : Number(d.visitCollectors.trim());
  if (
    d.kind === 'visit' &&
    collectors !== undefined &&
    !(Number.isInteger(collectors) && collectors >= 1 && collectors <= 99)
  ) {
    errors.push({ field: 'visitCollectors', code: 'invalid' });
  }
  if (d.kind === 'letter' && d.receivedOn !== '') {
    if (!isLocalDate(d.receivedOn)) errors.push({ field: 'receivedOn', code: 'invalid' });
    else if (d.receivedOn > localInputOf(o.now, o.timeZone).slice(0, 10)) {
      errors.push({ field: 'receivedOn', code: 'future' });
    }
  }
  // A printed deadline or hearing day usually lies ahead: only its form is checked.
  for (const field of ['statedDeadline', 'hearingOn'] as const) {
    if (d.kind === 'letter' && d[field] !== '' && !isLocalDate(d[field]))
      errors.push({ field, code: 'invalid' });
  }
  if (errors.length > 0 || !at) return { ok: false, errors };

  const owned: readonly string[] = FORM_FIELDS;
  const base = Object.fromEntries(Object.entries(o.base ?? {}).filter(([k]) => !owned.includes(k)));
  const kind = d.kind;
  const keepAt = o.base !== undefined && o.baseAtInput === d.at;
  const collector = hasCollector(kind)
    ? compact({
        ...(o.base?.collector ?? {}),
        side: d.collectorSide || undefined,
        name: d.collectorName.trim(),
        person: d.collectorPerson.trim(),
        phone: d.collectorPhone.trim(),
      })
    : undefined;
  const visit =
    kind === 'visit'
      ? compact({
          ...(o.base?.visit ?? {}),
          collectors,
          idShown: boolOf(d.idShown),
          entered: boolOf(d.entered),
          consentToEnter: boolOf(d.consentToEnter),
          place: d.place || undefined,
        })
      : undefined;
  const letter =
    kind === 'letter'
      ? compact({
          ...(o.base?.letter ?? {}),
          type: d.letterType || undefined,
          receivedOn: d.receivedOn,
          // A field that does not apply to the chosen type is dropped, so a changed type leaves nothing stale.
          rulingKind: asksRulingKind(d.letterType) ? d.rulingKind || undefined : undefined,
          procedure: asksProcedure(d.letterType) ? d.procedure || undefined : undefined,
          statedDeadline: d.statedDeadline,
          hearingOn: asksHearing(d.letterType) ? d.hearingOn : undefined,
        })
      : undefined;
  const thirdParty =
    kind === 'third-party-contact'
      ? compact({
          ...(o.base?.thirdParty ?? {}),
          relation: d.relation || undefined,
          disclosedDebt: boolOf(d.disclosedDebt),
        })
      : undefined;
  const entry = compact({
    ...base,
    id: o.id,
    debtId: d.debtId,
    kind,
    at: keepAt && o.base ? o.base.at : at.iso,
    // An amendment does not write the default into an entry that left it out (case-file v1: absent = incoming).
    direction:
      (hasDirection(kind) || kind === 'payment') &&
      !(o.base !== undefined && o.base.direction === undefined && d.direction === 'incoming')
        ? d.direction
        : undefined,
    answered: kind === 'call' ? boolOf(d.answered) : undefined,
    durationSec: kind === 'call' && duration !== null ? duration : undefined,
    collector,
    toNumber: hasToNumber(kind) ? d.toNumber.trim() : undefined,
    consentToTime: hasCollector(kind) && d.consentToTime ? true : undefined,
    visit,
    letter,
    thirdParty,
    tags: d.tags.length > 0 ? [...d.tags] : undefined,
    notes: d.notes.trim(),
    attachments: d.attachments.length > 0 ? [...d.attachments] : undefined,
  });
  return { ok: true, entry: entry as unknown as Entry };
}
