/**
 * Canonical case-file text: the same case always gives the same bytes, so exports can be compared, hashed and
 * diffed. Known keys come in the order of docs/case-file.md, then unknown keys sorted; 2-space indent; a final
 * newline. Written by hand rather than with JSON.stringify's replacer so that a key named "__proto__" stays data.
 */
import { ENTRY_FIELDS, type CaseFile } from './types.ts';

interface Shape {
  readonly keys: readonly string[];
  readonly children?: Readonly<Record<string, Shape>>;
  /** Arrays whose items have this shape. */
  readonly items?: Shape;
}

const arrayOf = (items: Shape): Shape => ({ keys: [], items });

const AGREEMENT: Shape = { keys: ['kind', 'signedOn', 'months'] };
const DEBT: Shape = {
  keys: [
    'id',
    'creditor',
    'kind',
    'principal',
    'firstMissedDueDate',
    'lastPaymentDate',
    'outsourcingNoticeOn',
    'finalDueDate',
    'paidOffOn',
    'agreements',
    'archived',
  ],
  children: { agreements: arrayOf(AGREEMENT) },
};
const ENTRY: Shape = {
  keys: ENTRY_FIELDS,
  children: {
    collector: { keys: ['side', 'name', 'person', 'phone'] },
    visit: { keys: ['collectors', 'idShown', 'entered', 'consentToEnter', 'place'] },
    letter: { keys: ['type', 'receivedOn', 'rulingKind', 'procedure', 'statedDeadline', 'hearingOn'] },
    thirdParty: { keys: ['relation', 'disclosedDebt'] },
    attachments: arrayOf({ keys: ['sha256', 'name', 'type', 'size'] }),
  },
};
const CASE: Shape = {
  keys: ['format', 'version', 'timeZone', 'borrower', 'debts', 'entries'],
  children: {
    borrower: { keys: ['name', 'phones'] },
    debts: arrayOf(DEBT),
    entries: arrayOf(ENTRY),
  },
};

const has = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/** Known keys in their order, then the others sorted by UTF-16 code units (locale-independent). */
function orderedKeys(obj: Readonly<Record<string, unknown>>, shape: Shape | undefined): string[] {
  const present = Object.keys(obj).filter((k) => obj[k] !== undefined);
  const known = shape?.keys.filter((k) => has(obj, k) && obj[k] !== undefined) ?? [];
  const unknown = present.filter((k) => !known.includes(k)).sort();
  return [...known, ...unknown];
}

function write(value: unknown, shape: Shape | undefined, indent: string): string {
  if (value === null || typeof value !== 'object') {
    // Same scalars as JSON.stringify, including null for a non-finite number.
    return JSON.stringify(value) ?? 'null';
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = (value as readonly unknown[]).map(
      (item) => inner + write(item ?? null, shape?.items, inner),
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const obj = value as Readonly<Record<string, unknown>>;
  const keys = orderedKeys(obj, shape);
  if (keys.length === 0) return '{}';
  const members = keys.map((key) => {
    // Own keys only: "constructor" must not find Object.prototype.constructor.
    const child = shape?.children !== undefined && has(shape.children, key) ? shape.children[key] : undefined;
    return `${inner}${JSON.stringify(key)}: ${write(obj[key], child, inner)}`;
  });
  return `{\n${members.join(',\n')}\n${indent}}`;
}

/** The canonical text of a case. Idempotent with `parseCaseFile`: parse(serialize(c)) gives back an equal case. */
export function serializeCaseFile(c: CaseFile): string {
  return `${write(c, CASE, '')}\n`;
}
