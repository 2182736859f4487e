import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLECTOR_SIDES, VISIT_PLACES, type ConductTag } from '../../../domain/case/types.ts';
import type { DebtRecord } from '../../../data/repositories/debts-repo.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { VisitCitations } from './visit-citations.tsx';
import { VISIT_TAGS, inQuietHours, type EnteredAnswer, type VisitDraft } from './visit-draft.ts';
import type { RecorderStore } from '../recorder/recorder-store.ts';

interface StepProps {
  readonly draft: VisitDraft;
  readonly set: (patch: Partial<VisitDraft>) => void;
  /** The visit's local day in the case zone (picks the law version in force). */
  readonly day: string;
  readonly timeZone: string;
}

/** A big one-tap answer; `aria-pressed` says which one is chosen. */
function Choice(props: { pressed: boolean; onClick: () => void; testId: string; children: ReactNode }) {
  return (
    <button
      type="button"
      className="visit-choice"
      aria-pressed={props.pressed}
      data-testid={props.testId}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

function Rule({ children, ids, day }: { children: ReactNode; ids: readonly string[]; day: string }) {
  return (
    <div className="visit-rule">
      <p>{children}</p>
      <VisitCitations ids={ids} day={day} />
    </div>
  );
}

export function CallPolice() {
  const { t } = useTranslation('recorder');
  return (
    <a className="button visit-110" href="tel:110" data-testid="visit-call-110">
      {t('visit.door.call110')}
    </a>
  );
}

export function PeopleStep({ draft, set, day }: StepProps) {
  const { t } = useTranslation('recorder');
  return (
    <>
      <div className="visit-choices visit-choices--grid">
        {[1, 2, 3, 4, 5].map((n) => (
          <Choice
            key={n}
            pressed={draft.collectors === n}
            testId={`visit-people-${n}`}
            onClick={() => set({ collectors: n })}
          >
            {n === 5 ? t('visit.people.more') : t('visit.people.option', { count: n })}
          </Choice>
        ))}
      </div>
      <Rule ids={['cba-2026-art22']} day={day}>
        {t('visit.people.rule')}
      </Rule>
    </>
  );
}

export function IdStep({ draft, set, day, store }: StepProps & { store: RecorderStore }) {
  const { t } = useTranslation('recorder');
  const [photo, setPhoto] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setPhoto('saving');
    try {
      const ref = await store.storeAttachment(file, {
        ...(file.name ? { name: file.name } : {}),
        ...(file.type ? { type: file.type } : {}),
        lastModified: file.lastModified,
        importedAt: new Date().toISOString(),
        source: 'camera',
      });
      set({ idPhotos: [...draft.idPhotos.filter((p) => p.sha256 !== ref.sha256), ref] });
      setPhoto('saved');
    } catch {
      setPhoto('failed');
    }
  };
  return (
    <>
      <p className="visit-say">{t('visit.id.ask')}</p>
      <div className="visit-choices">
        <Choice
          pressed={draft.idShown === true}
          testId="visit-id-shown"
          onClick={() => set({ idShown: true })}
        >
          {t('visit.id.shown')}
        </Choice>
        <Choice
          pressed={draft.idShown === false}
          testId="visit-id-not-shown"
          onClick={() => set({ idShown: false })}
        >
          {t('visit.id.notShown')}
        </Choice>
      </div>
      <label className="button visit-photo">
        {draft.idPhotos.length > 0 ? t('visit.id.photoAgain') : t('visit.id.photo')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          className="visually-hidden"
          data-testid="visit-id-photo"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {photo === 'saving' && <p role="status">{t('visit.id.photoSaving')}</p>}
      {photo === 'saved' && (
        <p role="status" className="recorder-saved" data-testid="visit-photo-saved">
          {t('visit.id.photoSaved')}
        </p>
      )}
      {photo === 'failed' && <p role="alert">{t('visit.id.photoFailed')}</p>}
      <Rule ids={['cba-2026-art22', 'nifa-2018-15']} day={day}>
        {t('visit.id.rule')}
      </Rule>
    </>
  );
}

export function WhoStep({ draft, set, day, debts }: StepProps & { debts: readonly DebtRecord[] }) {
  const { t } = useTranslation('recorder');
  return (
    <>
      <label className="visit-field">
        <span>{t('visit.who.company')}</span>
        <input
          type="text"
          value={draft.company}
          data-testid="visit-company"
          onChange={(e) => set({ company: e.target.value })}
        />
      </label>
      <label className="visit-field">
        <span>{t('visit.who.person')}</span>
        <input
          type="text"
          value={draft.person}
          data-testid="visit-person"
          onChange={(e) => set({ person: e.target.value })}
        />
      </label>
      <label className="visit-field">
        <span>{t('visit.who.lender')}</span>
        <select
          value={draft.debtId}
          data-testid="visit-debt"
          onChange={(e) => set({ debtId: e.target.value })}
        >
          <option value="">{t('visit.who.lenderUnknown')}</option>
          {debts.map(({ debt }) => (
            <option key={debt.id} value={debt.id}>
              {debt.creditor}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="visit-fieldset">
        <legend>{t('visit.who.side')}</legend>
        <div className="visit-choices visit-choices--grid">
          {COLLECTOR_SIDES.map((side) => (
            <Choice
              key={side}
              pressed={draft.side === side}
              testId={`visit-side-${side}`}
              onClick={() => set({ side })}
            >
              {t(`visit.who.sides.${side}`)}
            </Choice>
          ))}
        </div>
      </fieldset>
      <Rule ids={['nifa-2018-15', 'cba-2026']} day={day}>
        {t('visit.who.rule')}
      </Rule>
    </>
  );
}

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
