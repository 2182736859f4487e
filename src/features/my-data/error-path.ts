import type { TFunction } from 'i18next';

// A parse error's path (`entries[3].at`, docs/case-file.md) in words a borrower can follow: "第 4 条记录 › 时间（at）".
// The raw field name stays in brackets so that someone fixing the file by hand can still find it.

const FIELD_KEYS = [
  'format',
  'version',
  'timeZone',
  'borrower',
  'name',
  'phones',
  'debts',
  'entries',
  'id',
  'creditor',
  'kind',
  'principal',
  'firstMissedDueDate',
  'lastPaymentDate',
  'outsourcingNoticeOn',
  'agreements',
  'signedOn',
  'months',
  'archived',
  'debtId',
  'at',
  'direction',
  'answered',
  'durationSec',
  'collector',
  'side',
  'person',
  'phone',
  'toNumber',
  'consentToTime',
  'visit',
  'collectors',
  'idShown',
  'entered',
  'consentToEnter',
  'place',
  'letter',
  'type',
  'receivedOn',
  'thirdParty',
  'relation',
  'disclosedDebt',
  'tags',
  'notes',
  'attachments',
  'sha256',
  'size',
] as const;
type FieldKey = (typeof FIELD_KEYS)[number];

const ITEM_KEYS = ['debts', 'entries', 'agreements', 'attachments', 'phones', 'tags'] as const;
type ItemKey = (typeof ITEM_KEYS)[number];

const isFieldKey = (key: string): key is FieldKey => (FIELD_KEYS as readonly string[]).includes(key);
const isItemKey = (key: string): key is ItemKey => (ITEM_KEYS as readonly string[]).includes(key);

type PathSegment = { readonly key: string } | { readonly index: number };

const TOKEN = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** Splits `entries[3].collector.side` or `x["a b"]` into keys and indexes; null if it does not follow the grammar. */
export function pathSegments(path: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  let rest = path;
  while (rest !== '') {
    const m = TOKEN.exec(rest);
    if (!m) return null;
    if (m[1] !== undefined) segments.push({ key: m[1] });
    else if (m[2] !== undefined) segments.push({ index: Number(m[2]) });
    else segments.push({ key: JSON.parse(m[3] ?? '""') as string });
    rest = rest.slice(m[0].length);
  }
  return segments;
}

export function plainPath(path: string, t: TFunction<'myData'>): string {
  if (path === '$' || path === '') return t('path.root');
  const segments = pathSegments(path);
  if (!segments) return path;
  const words: string[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i];
    const next = segments[i + 1];
    if (segment === undefined) break;
    if ('index' in segment) {
      words.push(t('path.item.other', { n: segment.index + 1 }));
      continue;
    }
    if (next && 'index' in next && isItemKey(segment.key)) {
      words.push(t(`path.item.${segment.key}`, { n: next.index + 1 }));
      i += 1;
      continue;
    }
    words.push(
      isFieldKey(segment.key)
        ? t('path.field', { label: t(`path.fields.${segment.key}`), key: segment.key })
        : segment.key,
    );
  }
  return words.join(' › ');
}
