/** Inputs of `buildIcs` (calendar/ics.ts). The caller (UI) supplies every word; the domain only formats. */
import type { Deadline, DeadlineId } from '../deadlines/types.ts';

export interface IcsText {
  readonly summary: string;
  readonly description?: string;
}

export interface IcsTexts {
  /** X-WR-CALNAME. */
  readonly calendarName: string;
  /** DESCRIPTION of the VALARM. */
  readonly alarm: string;
  /** Default text per deadline id. */
  readonly byId: Readonly<Record<DeadlineId, IcsText>>;
  /** Overrides for one deadline, keyed by `deadlineKey(d)` (e.g. to name the creditor). */
  readonly byKey?: Readonly<Record<string, IcsText>>;
}

export interface IcsOptions {
  /** DTSTAMP, ms since the epoch (the caller reads the clock). */
  readonly now: number;
  readonly uidDomain: 'youju.local';
  readonly texts: IcsTexts;
  /** Days before `due` for the VALARM; default 3. */
  readonly alarmDaysBefore?: number;
}

/** Stable identity of a deadline across recomputations (also the UID's local part). */
export const deadlineKey = (d: Pick<Deadline, 'debtId' | 'id' | 'from' | 'startDay'>): string =>
  `${d.debtId}.${d.id}.${d.from ?? d.startDay}`;
