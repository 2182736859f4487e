import { CASE_FORMAT, CASE_VERSION, type Borrower } from '../../domain/case/types.ts';
import type { YoujuDb } from '../db.ts';
import type { MetaRowV1 } from '../schema/v1.ts';
import { isRecord } from './validate.ts';

/** New profiles record times in mainland China's zone (docs/case-file.md). */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const CASE_META_KEY = 'case';

/** The case's top-level fields other than debts and entries. */
export interface CaseMeta {
  readonly timeZone: string;
  readonly borrower?: Borrower;
  /** All top-level fields as stored (format, version, timeZone, borrower and any unknown ones). */
  readonly fields: Readonly<Record<string, unknown>>;
}

const defaultCaseFields = (): Record<string, unknown> => ({
  format: CASE_FORMAT,
  version: CASE_VERSION,
  timeZone: DEFAULT_TIME_ZONE,
});

export function toCaseMeta(fields: Readonly<Record<string, unknown>>): CaseMeta {
  const timeZone = typeof fields.timeZone === 'string' ? fields.timeZone : DEFAULT_TIME_ZONE;
  return isRecord(fields.borrower)
    ? { timeZone, borrower: fields.borrower as Borrower, fields }
    : { timeZone, fields };
}

export async function readCaseFields(db: YoujuDb): Promise<Readonly<Record<string, unknown>> | undefined> {
  return (await db.meta.get(CASE_META_KEY))?.fields;
}

/** The profile's case meta; a profile that never saved anything reads as a new case in the default zone. */
export async function getCaseMeta(db: YoujuDb): Promise<CaseMeta> {
  return toCaseMeta((await readCaseFields(db)) ?? defaultCaseFields());
}

export async function writeCaseFields(db: YoujuDb, fields: Readonly<Record<string, unknown>>): Promise<void> {
  const row: MetaRowV1 = { key: CASE_META_KEY, fields };
  await db.meta.put(row);
}

/** Writes the default meta if the profile has none; call inside a transaction that includes `meta`. */
export async function ensureCaseMeta(db: YoujuDb): Promise<void> {
  if (!(await readCaseFields(db))) await writeCaseFields(db, defaultCaseFields());
}
