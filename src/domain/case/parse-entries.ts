/**
 * Validation of `entries[]` (docs/case-file.md, "Entries").
 *
 * Kind-specific fields (`answered`, `visit`, `letter`, `thirdParty`) are checked for shape on every entry but are not
 * refused on other kinds: the spec says which kind gives them meaning, and readers look at them only there. Refusing
 * them would make a whole import fail over a leftover field that changes nothing.
 */
import {
  COLLECTOR_SIDES,
  CONDUCT_TAGS,
  DIRECTIONS,
  ENTRY_KINDS,
  LETTER_TYPES,
  PROCEDURES,
  RULING_KINDS,
  THIRD_PARTY_RELATIONS,
  VISIT_PLACES,
} from './types.ts';
import type { ErrorSink, Field, JsonObject } from './checks.ts';
import {
  arrayField,
  booleanField,
  checkEnum,
  childPath,
  dateTimeField,
  enumField,
  fieldsOf,
  forEachObject,
  indexPath,
  localDateField,
  numberField,
  objectField,
  shown,
  stringField,
} from './checks.ts';

const SHA256_HEX = /^[0-9a-f]{64}$/;

function checkCollector(f: Field): void {
  const collector = objectField(f);
  if (!collector) return;
  const field = fieldsOf(f.sink, collector.obj, collector.path);
  enumField(field('side'), COLLECTOR_SIDES);
  stringField(field('name'));
  stringField(field('person'));
  stringField(field('phone'));
}

function checkVisit(f: Field): void {
  const visit = objectField(f);
  if (!visit) return;
  const field = fieldsOf(f.sink, visit.obj, visit.path);
  numberField(field('collectors'), { integer: true, min: 1 });
  booleanField(field('idShown'));
  booleanField(field('entered'));
  booleanField(field('consentToEnter'));
  enumField(field('place'), VISIT_PLACES);
}

function checkLetter(f: Field): void {
  const letter = objectField(f);
  if (!letter) return;
  const field = fieldsOf(f.sink, letter.obj, letter.path);
  enumField(field('type'), LETTER_TYPES);
  localDateField(field('receivedOn'));
  enumField(field('rulingKind'), RULING_KINDS);
  enumField(field('procedure'), PROCEDURES);
  localDateField(field('statedDeadline'));
  localDateField(field('hearingOn'));
}

function checkThirdParty(f: Field): void {
  const thirdParty = objectField(f);
  if (!thirdParty) return;
  const field = fieldsOf(f.sink, thirdParty.obj, thirdParty.path);
  enumField(field('relation'), THIRD_PARTY_RELATIONS);
  booleanField(field('disclosedDebt'));
}

function checkTags(f: Field): void {
  const tags = arrayField(f);
  if (!tags) return;
  tags.items.forEach((tag, index) => {
    const path = indexPath(tags.path, index);
    if (typeof tag !== 'string') f.sink.add('expected-string', path);
    else checkEnum(f.sink, path, tag, CONDUCT_TAGS);
  });
}

function checkAttachments(f: Field): void {
  const attachments = arrayField(f);
  if (!attachments) return;
  forEachObject(f.sink, attachments, (obj, path) => {
    const field = fieldsOf(f.sink, obj, path);
    const sha256 = stringField(field('sha256'), { required: true });
    if (sha256 !== undefined && !SHA256_HEX.test(sha256)) {
      f.sink.add('sha256', childPath(path, 'sha256'), { value: shown(sha256) });
    }
    stringField(field('name'));
    stringField(field('type'));
    numberField(field('size'), { integer: true, min: 0 });
  });
}

/** Checks one entry and returns its id when usable. */
function checkEntry(
  sink: ErrorSink,
  obj: JsonObject,
  path: string,
  debtIds: ReadonlySet<string> | undefined,
): string | undefined {
  const field = fieldsOf(sink, obj, path);
  const id = stringField(field('id'), { required: true, nonBlank: true });
  const debtId = stringField(field('debtId'));
  if (debtId !== undefined && debtIds !== undefined && !debtIds.has(debtId)) {
    sink.add('unknown-debt', childPath(path, 'debtId'), { debtId: shown(debtId) });
  }
  enumField(field('kind'), ENTRY_KINDS, { required: true });
  dateTimeField(field('at'), { required: true });
  enumField(field('direction'), DIRECTIONS);
  booleanField(field('answered'));
  numberField(field('durationSec'), { min: 0 });
  checkCollector(field('collector'));
  stringField(field('toNumber'));
  booleanField(field('consentToTime'));
  checkVisit(field('visit'));
  checkLetter(field('letter'));
  checkThirdParty(field('thirdParty'));
  checkTags(field('tags'));
  stringField(field('notes'));
  checkAttachments(field('attachments'));
  return id;
}

/** Checks `entries`; `debtIds` is undefined when the debts list was unusable, and `debtId` is then not judged. */
export function checkEntries(
  sink: ErrorSink,
  root: JsonObject,
  debtIds: ReadonlySet<string> | undefined,
): void {
  const entries = arrayField(fieldsOf(sink, root, '$')('entries'), { required: true });
  if (!entries) return;
  const firstPathOf = new Map<string, string>();
  forEachObject(sink, entries, (obj, path) => {
    const id = checkEntry(sink, obj, path, debtIds);
    if (id === undefined) return;
    const idPath = childPath(path, 'id');
    const first = firstPathOf.get(id);
    if (first === undefined) firstPathOf.set(id, idPath);
    else sink.add('duplicate-id', idPath, { id: shown(id), first });
  });
}
