import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { VISIT_PLACES, type ConductTag } from '../../../domain/case/types.ts';
import { VISIT_TAGS, inQuietHours, type EnteredAnswer } from './visit-draft.ts';
import { CallPolice, Choice, Rule, type StepProps } from './visit-steps.tsx';

/* The visit's scene: what time it is, whether they came in, and what they may not do (docs/rules.md). */

export function TimeStep({ draft, set, day, timeZone }: StepProps) {
  const { t } = useTranslation('recorder');
  const lng = useLanguage();
  const night = inQuietHours(draft.startedAt, timeZone);
  return (
    <>
      <p className="visit-big" data-testid="visit-time" data-night={night}>
        {t('visit.time.now', { time: formatDateTime(draft.startedAt, lng, timeZone), zone: timeZone })}
      </p>
      {night ? (
        <>
          <p className="visit-flag" role="status">
            {t('visit.time.night')}
          </p>
          <Rule ids={['gbt-45251-2025', 'cba-2026']} day={day}>
            {t('visit.time.nightRule')}
          </Rule>
          <label className="visit-check">
            <input
              type="checkbox"
              checked={draft.consentToTime}
              onChange={(e) => set({ consentToTime: e.target.checked })}
            />
            <span>{t('visit.time.consent')}</span>
          </label>
        </>
      ) : (
        <p>{t('visit.time.day')}</p>
      )}
    </>
  );
}

const ENTERED = [
  { value: 'no', key: 'visit.door.enteredNo' },
  { value: 'with-consent', key: 'visit.door.enteredWithConsent' },
  { value: 'without-consent', key: 'visit.door.enteredWithoutConsent' },
] as const satisfies readonly { value: EnteredAnswer; key: string }[];

export function DoorStep({ draft, set, day }: StepProps) {
  const { t } = useTranslation(['recorder', 'rules']);
  return (
    <>
      <p className="visit-big">{t('visit.door.notRequired')}</p>
      <Rule ids={['xingfa-245', 'zhian-2012-40-3', 'zhian-2025', 'minfadian-1033-2']} day={day}>
        {t('visit.door.homeLaw')}
      </Rule>
      <Rule ids={['cba-2026']} day={day}>
        {t('visit.door.workRule')}
      </Rule>
      <p>{t('visit.door.police')}</p>
      <CallPolice />
      <fieldset className="visit-fieldset">
        <legend>{t('visit.door.place')}</legend>
        <div className="visit-choices">
          {VISIT_PLACES.map((place) => (
            <Choice
              key={place}
              pressed={draft.place === place}
              testId={`visit-place-${place}`}
              onClick={() => set({ place })}
            >
              {t(`rules:place.${place}`)}
            </Choice>
          ))}
        </div>
      </fieldset>
      <fieldset className="visit-fieldset">
        <legend>{t('visit.door.entered')}</legend>
        <div className="visit-choices">
          {ENTERED.map(({ value, key }) => (
            <Choice
              key={value}
              pressed={draft.entered === value}
              testId={`visit-entered-${value}`}
              onClick={() => set({ entered: value })}
            >
              {t(key)}
            </Choice>
          ))}
        </div>
      </fieldset>
    </>
  );
}

export function LimitsStep({ draft, set, day }: StepProps) {
  const { t } = useTranslation(['recorder', 'rules']);
  const toggle = (tag: ConductTag, on: boolean) =>
    set({ tags: on ? [...draft.tags.filter((x) => x !== tag), tag] : draft.tags.filter((x) => x !== tag) });
  return (
    <>
      <Rule ids={['minsufa-2023-250-266', 'xiaodai-2025-item3']} day={day}>
        {t('visit.limits.property')}
      </Rule>
      <Rule ids={['xingfa-238-3', 'zhian-2012-40-3', 'zhian-2025']} day={day}>
        {t('visit.limits.movement')}
      </Rule>
      <Rule ids={['minfadian-1032', 'minfadian-1033', 'pipl-10']} day={day}>
        {t('visit.limits.neighbours')}
      </Rule>
      <p className="visit-flag">{t('visit.limits.police')}</p>
      <CallPolice />
      <fieldset className="visit-fieldset">
        <legend>{t('visit.limits.happened')}</legend>
        <div className="visit-tags">
          {VISIT_TAGS.map((tag) => (
            <label key={tag} className="visit-check">
              <input
                type="checkbox"
                checked={draft.tags.includes(tag)}
                data-testid={`visit-tag-${tag}`}
                onChange={(e) => toggle(tag, e.target.checked)}
              />
              <span>{t(`rules:rule.${tag}.title`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
