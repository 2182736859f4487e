import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { deadlineKey, type IcsText, type IcsTexts } from '../../domain/calendar/ics-types.ts';
import { DEADLINE_IDS, type Deadline, type DeadlineId } from '../../domain/deadlines/types.ts';
import { useToast } from '../../components/toast.tsx';
import { useClock } from '../../data/store/store-context.tsx';
import { DeadlineLine } from './deadline-line.tsx';
import type { Reminder } from './today-model.ts';

/** Every word of the calendar file comes from the UI; the domain only formats (calendar/ics-types.ts). */
export function icsTexts(t: TFunction<'today'>, reminders: readonly Reminder[]): IcsTexts {
  const byId = Object.fromEntries(DEADLINE_IDS.map((id) => [id, { summary: t(`deadline.${id}`) }])) as Record<
    DeadlineId,
    IcsText
  >;
  const byKey = Object.fromEntries(
    reminders.map(({ deadline, debt }) => [
      deadlineKey(deadline),
      {
        summary: t('reminders.summary', { what: t(`deadline.${deadline.id}`), creditor: debt.creditor }),
        description: t('reminders.description', { counting: t(`counting.${deadline.counting}`) }),
      },
    ]),
  );
  return { calendarName: t('reminders.calendarName'), alarm: t('reminders.alarm'), byId, byKey };
}

/** Builds the calendar file and hands it to the device; call straight from a click (share needs activation). */
export function useIcsExport(): (deadlines: readonly Deadline[], texts: IcsTexts, name: string) => void {
  const { t } = useTranslation('today');
  const { show } = useToast();
  const clock = useClock();
  // The calendar writer and the download code load on the first tap, not with the first screen (precached, so
  // this works offline and well inside the tap's user activation).
  return (deadlines, texts, name) => {
    void Promise.all([import('../../domain/calendar/ics.ts'), import('../../platform/download.ts')])
      .then(([{ buildIcs }, { saveTextFile }]) =>
        saveTextFile(
          name,
          buildIcs(deadlines, { now: clock.now(), uidDomain: 'youju.local', texts }),
          'text/calendar',
        ),
      )
      .catch(() => show(t('reminders.failed')));
  };
}

interface RemindersProps {
  readonly reminders: readonly Reminder[];
  readonly today: string;
}

export function Reminders({ reminders, today }: RemindersProps) {
  const { t } = useTranslation('today');
  const save = useIcsExport();
  const exportIcs = (chosen: readonly Reminder[], name: string) =>
    save(
      chosen.map((r) => r.deadline),
      icsTexts(t, chosen),
      name,
    );

  return (
    <section className="today-reminders" aria-labelledby="today-reminders-title" data-testid="reminders">
      <h2 id="today-reminders-title">{t('reminders.title')}</h2>
      <p className="today-muted">{t('reminders.intro')}</p>
      {reminders.length === 0 ? (
        <p>{t('reminders.empty')}</p>
      ) : (
        <>
          <ul className="today-reminders__list">
            {reminders.map((r) => (
              <li
                key={deadlineKey(r.deadline)}
                className="today-reminders__item"
                data-due={r.deadline.due}
                data-deadline-id={r.deadline.id}
              >
                <p className="today-reminders__creditor">{r.debt.creditor}</p>
                <DeadlineLine deadline={r.deadline} today={today} />
                <button
                  type="button"
                  className="button button--small"
                  data-testid="ics-export"
                  aria-label={t('reminders.icsLabel', { what: t(`deadline.${r.deadline.id}`) })}
                  onClick={() => exportIcs([r], `youju-${r.deadline.id}-${r.deadline.due}.ics`)}
                >
                  {t('reminders.ics')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button today-reminders__all"
            data-testid="ics-export-all"
            onClick={() => exportIcs(reminders, 'youju-deadlines.ics')}
          >
            {t('reminders.icsAll')}
          </button>
        </>
      )}
    </section>
  );
}
