import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLECTOR_SIDES } from '../../../domain/case/types.ts';
import type { DebtRecord } from '../../../data/repositories/debts-repo.ts';
import { CitationList } from '../../../components/citation-list.tsx';
import type { VisitDraft } from './visit-draft.ts';
import type { YoujuStore } from '../../../data/store/store.ts';

export interface StepProps {
  readonly draft: VisitDraft;
  readonly set: (patch: Partial<VisitDraft>) => void;
  /** The visit's local day in the case zone (picks the law version in force). */
  readonly day: string;
  readonly timeZone: string;
}

/** A big one-tap answer; `aria-pressed` says which one is chosen. */
export function Choice(props: {
  pressed: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
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

export function Rule({ children, ids, day }: { children: ReactNode; ids: readonly string[]; day: string }) {
  return (
    <div className="visit-rule">
      <p>{children}</p>
      <CitationList ids={ids} day={day} />
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

export function IdStep({ draft, set, day, store }: StepProps & { store: YoujuStore }) {
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
        importedAt: new Date(store.clock.now()).toISOString(),
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
