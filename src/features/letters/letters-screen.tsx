import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Debt } from '../../domain/case/types.ts';
import { templateById } from '../../domain/letters/catalogue.ts';
import type { LetterTemplate } from '../../domain/letters/types.ts';
import { useCaseExport } from '../../data/hooks/use-case.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useToday } from '../../platform/use-today.ts';
import { useClock } from '../../data/store/store-context.tsx';
import { CostCheckPanel } from './cost-panel.tsx';
import { LetterComposer } from './letter-composer.tsx';
import { routes, type LettersView } from '../../platform/routes.ts';
import { navigate, useView } from '../../platform/use-route.ts';
import { TemplatePicker } from './template-picker.tsx';
import './letters.css';

const viewKey = (v: LettersView): string =>
  v.kind === 'letter' ? `letter:${v.templateId}:${v.debtId ?? ''}` : v.kind;

const activeDebts = (debts: readonly Debt[]): Debt[] => debts.filter((d) => d.archived !== true);

const eligible = (template: LetterTemplate, debts: readonly Debt[]): Debt[] =>
  debts.filter((d) => template.debtKinds === 'all' || template.debtKinds.includes(d.kind));

/** `#/letters` picker, `#/letters/<templateId>?debt=<id>` composer, `#/letters/cost` cost check. */
export function LettersScreen() {
  const { t } = useTranslation('letters');
  const uiLang = useLanguage();
  const view = useView('letters');
  const caseFile = useCaseExport();
  const today = useToday(caseFile?.timeZone ?? 'Asia/Shanghai', useClock());
  const key = viewKey(view);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstKey = useRef(key);

  // A sub-view replaces the page: move focus to its heading so screen readers start there.
  useEffect(() => {
    if (key === firstKey.current) return;
    firstKey.current = key;
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [key]);

  const debts = caseFile === undefined ? [] : activeDebts(caseFile.debts);
  const template = view.kind === 'letter' ? templateById(view.templateId) : undefined;
  const title =
    view.kind === 'cost' ? t('cost.title') : template !== undefined ? template.titles[uiLang] : t('title');

  const body = () => {
    if (caseFile === undefined) return <p role="status">{t('loading')}</p>;
    if (view.kind === 'cost') return <CostCheckPanel today={today} />;
    if (view.kind === 'picker') {
      return <TemplatePicker debt={debts.find((d) => d.id === view.debtId)} uiLang={uiLang} />;
    }
    if (template === undefined) return <p role="alert">{t('unknownTemplate')}</p>;
    const candidates = eligible(template, debts);
    if (candidates.length === 0) return <p className="letters-note">{t('noDebtForTemplate')}</p>;
    const debt =
      candidates.find((d) => d.id === view.debtId) ?? (candidates.length === 1 ? candidates[0] : undefined);
    return (
      <>
        <DebtChooser templateId={template.id} debts={candidates} chosen={debt} />
        {debt !== undefined && (
          <LetterComposer
            key={`${template.id}:${debt.id}`}
            template={template}
            caseFile={caseFile}
            debt={debt}
            today={today}
            uiLang={uiLang}
          />
        )}
      </>
    );
  };

  return (
    <section className="letters" aria-labelledby="letters-title">
      {view.kind !== 'picker' && (
        <a
          className="letters-back"
          href={routes.letters.picker(view.kind === 'letter' ? view.debtId : undefined)}
          data-testid="letters-back"
        >
          {t('back')}
        </a>
      )}
      <h1 id="letters-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {view.kind === 'picker' && <p className="letters-muted">{t('intro')}</p>}
      {body()}
    </section>
  );
}

function DebtChooser({
  templateId,
  debts,
  chosen,
}: {
  templateId: string;
  debts: readonly Debt[];
  chosen: Debt | undefined;
}) {
  const { t } = useTranslation('letters');
  if (debts.length === 1 && chosen !== undefined)
    return <p className="letters-muted">{t('debt.one', { creditor: chosen.creditor })}</p>;
  return (
    <div className="letters-field">
      <label htmlFor="letters-debt">{t('debt.label')}</label>
      <select
        id="letters-debt"
        data-testid="letter-debt"
        value={chosen?.id ?? ''}
        onChange={(e) => {
          navigate(routes.letters.draft(templateId, e.target.value === '' ? undefined : e.target.value));
        }}
      >
        <option value="">{t('debt.choose')}</option>
        {debts.map((d) => (
          <option key={d.id} value={d.id}>
            {d.creditor}
          </option>
        ))}
      </select>
    </div>
  );
}
