import { useTranslation } from 'react-i18next';
import type { Debt } from '../../domain/case/types.ts';
import { TEMPLATES } from '../../domain/letters/catalogue.ts';
import type { LetterLang, LetterTemplate } from '../../domain/letters/types.ts';
import { routes } from '../../platform/routes.ts';
import { groupOf, LETTER_GROUPS } from './template-groups.ts';

const fits = (template: LetterTemplate, debt: Debt | undefined): boolean =>
  debt === undefined || template.debtKinds === 'all' || template.debtKinds.includes(debt.kind);

/** Templates grouped by what the borrower wants to do; with a debt chosen, only the ones that fit its kind. */
export function TemplatePicker({ debt, uiLang }: { debt: Debt | undefined; uiLang: LetterLang }) {
  const { t } = useTranslation('letters');
  const shown = TEMPLATES.filter((tpl) => fits(tpl, debt));
  return (
    <div className="letters-picker" data-testid="letters-picker">
      {debt !== undefined && (
        <p className="letters-muted">{t('picker.forDebt', { creditor: debt.creditor })}</p>
      )}
      {LETTER_GROUPS.map((group) => {
        const items = shown.filter((tpl) => groupOf(tpl) === group);
        if (items.length === 0) return null;
        return (
          <section key={group} className="letters-group" aria-labelledby={`letters-group-${group}`}>
            <h2 id={`letters-group-${group}`}>{t(`group.${group}`)}</h2>
            <ul className="letters-list">
              {items.map((tpl) => (
                <li key={tpl.id}>
                  <a
                    className="letters-list__item"
                    href={routes.letters.draft(tpl.id, debt?.id)}
                    data-testid="template-item"
                    data-template-id={tpl.id}
                  >
                    <span className="letters-list__title">{tpl.titles[uiLang]}</span>
                    {tpl.acknowledgesDebt && (
                      <span className="letters-list__tag">{t('picker.acknowledges')}</span>
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {shown.length === 0 && <p>{t('picker.noneForKind')}</p>}
      <section className="letters-group" aria-labelledby="letters-group-tools">
        <h2 id="letters-group-tools">{t('group.tools')}</h2>
        <ul className="letters-list">
          <li>
            <a className="letters-list__item" href={routes.letters.cost()} data-testid="cost-open">
              <span className="letters-list__title">{t('cost.title')}</span>
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
