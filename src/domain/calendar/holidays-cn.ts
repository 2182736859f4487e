/**
 * State Council public holidays and make-up working days, as dated data (legal-facts.md §15). One entry per year;
 * a year without an entry is counted with weekends only and the deadline says so (holidayData 'weekends-only').
 *
 * Yearly update (docs/stages.md): when the State Council publishes the next year's notice (usually in November),
 * add the year with its notice number, publication day and the source checked, then extend the tests.
 */
import type { LocalDate } from '../case/types.ts';

interface HolidayYear {
  readonly year: number;
  /** The notice the table copies. */
  readonly source: { readonly zh: string; readonly ref: string; readonly publishedOn: LocalDate };
  /** legal-facts.md confidence tag of the table. */
  readonly confidence: 'V-full' | 'V-sec' | 'R';
  /** The day the sheet's table was checked. */
  readonly asOf: LocalDate;
  /** Days off (法定节假日 and the days added to them), each listed. */
  readonly daysOff: readonly LocalDate[];
  /** Weekend days that are working days (调休上班). */
  readonly makeUpWorkingDays: readonly LocalDate[];
}

const range = (from: LocalDate, to: LocalDate): LocalDate[] => {
  const out: LocalDate[] = [];
  const prefix = from.slice(0, 8);
  for (let d = Number(from.slice(8)); d <= Number(to.slice(8)); d++) {
    out.push(`${prefix}${String(d).padStart(2, '0')}`);
  }
  return out;
};

export const HOLIDAYS_CN: readonly HolidayYear[] = [
  {
    year: 2026,
    source: {
      zh: '国务院办公厅关于2026年部分节假日安排的通知',
      ref: '国办发明电〔2025〕7号',
      publishedOn: '2025-11-04',
    },
    confidence: 'V-sec',
    asOf: '2026-11-25',
    daysOff: [
      ...range('2026-01-01', '2026-01-03'), // 元旦
      ...range('2026-02-15', '2026-02-23'), // 春节
      ...range('2026-04-04', '2026-04-06'), // 清明节
      ...range('2026-05-01', '2026-05-05'), // 劳动节
      ...range('2026-06-19', '2026-06-21'), // 端午节
      ...range('2026-09-25', '2026-09-27'), // 中秋节
      ...range('2026-10-01', '2026-10-07'), // 国庆节
    ],
    makeUpWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

const BY_YEAR = new Map(HOLIDAYS_CN.map((y) => [y.year, y]));

export const holidayYear = (year: number): HolidayYear | undefined => BY_YEAR.get(year);
