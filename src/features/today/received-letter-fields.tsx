import { useTranslation } from 'react-i18next';
import {
  PROCEDURES,
  RULING_KINDS,
  type LetterType,
  type Procedure,
  type RulingKind,
} from '../../domain/case/types.ts';
import { COURT_PAPERS } from '../../domain/deadlines/letter-deadlines.ts';

/** What the paper itself says that changes its deadlines (docs/case-file.md, "Additions of 2026-12"). */
export interface PaperFacts {
  readonly rulingKind: RulingKind | '';
  readonly procedure: Procedure | '';
  readonly statedDeadline: string;
  readonly hearingOn: string;
}

export const NO_FACTS: PaperFacts = { rulingKind: '', procedure: '', statedDeadline: '', hearingOn: '' };

const asksProcedure = (type: LetterType): boolean =>
  type === 'court-summons' || type === 'judgment' || type === 'ruling';

/** The letter fields for `type`, with what does not apply to it left out ("don't know" = absent). */
export function factsOf(type: LetterType, f: PaperFacts) {
  return {
    ...(type === 'ruling' && f.rulingKind !== '' ? { rulingKind: f.rulingKind } : {}),
    ...(asksProcedure(type) && f.procedure !== '' ? { procedure: f.procedure } : {}),
    ...(COURT_PAPERS.includes(type) && f.statedDeadline !== '' ? { statedDeadline: f.statedDeadline } : {}),
    ...(type === 'court-summons' && f.hearingOn !== '' ? { hearingOn: f.hearingOn } : {}),
  };
}

interface Props {
  readonly id: string;
  readonly type: LetterType;
  readonly facts: PaperFacts;
  readonly onChange: (facts: PaperFacts) => void;
}

/**
 * The questions a court or arbitration paper raises, asked only for the types they apply to: a ruling's kind (with
 * "don't know", which lists both remedies), the procedure, the printed last day and the hearing day.
 */
export function ReceivedLetterFields({ id, type, facts, onChange }: Props) {
  const { t } = useTranslation('received');
  if (!COURT_PAPERS.includes(type)) return null;
  const set = <K extends keyof PaperFacts>(key: K, value: PaperFacts[K]) =>
    onChange({ ...facts, [key]: value });
  return (
    <>
      {type === 'ruling' && (
        <div className="today-form__field">
          <label htmlFor={`${id}-rk`}>{t('form.rulingKind')}</label>
          <select
            id={`${id}-rk`}
            data-testid="received-ruling-kind"
            value={facts.rulingKind}
            onChange={(e) => set('rulingKind', e.target.value as RulingKind | '')}
          >
            <option value="">{t('form.dontKnow')}</option>
            {RULING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`form.rulingKinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {asksProcedure(type) && (
        <div className="today-form__field">
          <label htmlFor={`${id}-p`}>{t('form.procedure')}</label>
          <select
            id={`${id}-p`}
            data-testid="received-procedure"
            value={facts.procedure}
            onChange={(e) => set('procedure', e.target.value as Procedure | '')}
          >
            <option value="">{t('form.dontKnow')}</option>
            {PROCEDURES.map((p) => (
              <option key={p} value={p}>
                {t(`form.procedures.${p}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="today-form__field">
        <label htmlFor={`${id}-stated`}>{t('form.statedDeadline')}</label>
        <p className="today-muted" id={`${id}-stated-hint`}>
          {t('form.statedDeadlineHint')}
        </p>
        <input
          id={`${id}-stated`}
          type="date"
          data-testid="received-stated"
          aria-describedby={`${id}-stated-hint`}
          value={facts.statedDeadline}
          onChange={(e) => set('statedDeadline', e.target.value)}
        />
      </div>
      {type === 'court-summons' && (
        <div className="today-form__field">
          <label htmlFor={`${id}-hearing`}>{t('form.hearingOn')}</label>
          <input
            id={`${id}-hearing`}
            type="date"
            data-testid="received-hearing"
            value={facts.hearingOn}
            onChange={(e) => set('hearingOn', e.target.value)}
          />
        </div>
      )}
    </>
  );
}
