import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormGuard } from '../../components/form-guard.tsx';
import type { CaseFile, Debt, LocalDate } from '../../domain/case/types.ts';
import { assemble } from '../../domain/letters/assemble.ts';
import type { FieldId } from '../../domain/letters/fields.ts';
import { limitationWarning } from '../../domain/letters/limitation.ts';
import { toPlainText } from '../../domain/letters/plain-text.ts';
import type { LetterLang, LetterTemplate } from '../../domain/letters/types.ts';
import { LetterActions } from './letter-actions.tsx';
import { LetterForm } from './letter-form.tsx';
import { LetterGuidance } from './letter-guidance.tsx';
import { fieldInputId, fieldsUsed, letterValues, replyDueOn, type FormValues } from './letter-model.ts';
import { LetterPreview, PrintSheet } from './letter-preview.tsx';
import { LimitationGate } from './limitation-gate.tsx';
import { PlanPanel, type PlanInsert } from './plan-panel.tsx';
import { routes } from '../../platform/routes.ts';
import { PLAN_FIELDS } from './template-groups.ts';

interface LetterComposerProps {
  readonly template: LetterTemplate;
  readonly caseFile: CaseFile;
  readonly debt: Debt;
  readonly today: LocalDate;
  readonly uiLang: LetterLang;
}

/** Form beside a live preview (stacked on a phone: form, then preview), with the actions below. */
export function LetterComposer({ template, caseFile, debt, today, uiLang }: LetterComposerProps) {
  const { t } = useTranslation('letters');
  const formId = useId();
  const [letterLang, setLetterLang] = useState<LetterLang>(uiLang);
  const [typed, setTyped] = useState<FormValues>({});
  const [acknowledged, setAcknowledged] = useState(false);
  // Typed words live only in this form: until the letter has been copied, printed, shared or recorded as sent,
  // leaving (or the update banner's reload) asks first.
  const [used, setUsed] = useState(false);
  useFormGuard(!used && Object.values(typed).some((v) => v !== undefined && v.trim() !== ''));

  const warning = useMemo(
    () =>
      template.acknowledgesDebt
        ? limitationWarning(
            debt,
            caseFile.entries.filter((e) => e.debtId === debt.id),
            today,
            caseFile.timeZone,
          )
        : null,
    [template.acknowledgesDebt, debt, caseFile, today],
  );

  const result = useMemo(
    () =>
      assemble(template.id, caseFile, {
        debtId: debt.id,
        lang: letterLang,
        today,
        values: letterValues(typed, letterLang),
      }),
    [template.id, caseFile, debt.id, letterLang, today, typed],
  );
  const fields = useMemo(
    () => fieldsUsed(template, letterLang, debt.kind),
    [template, letterLang, debt.kind],
  );
  const missing = useMemo(() => new Set(result.missing), [result.missing]);
  const text = useMemo(() => toPlainText(result.blocks), [result.blocks]);
  const hasPlan = PLAN_FIELDS.every((f) => fields.includes(f));

  if (warning !== null && warning.level !== 'none' && !acknowledged) {
    return (
      <LimitationGate
        warning={warning}
        onContinue={() => setAcknowledged(true)}
        backHref={routes.letters.picker(debt.id)}
      />
    );
  }

  const change = (field: FieldId, value: string) => {
    setUsed(false);
    setTyped((v) => ({ ...v, [field]: value }));
  };
  const focusField = (field: FieldId) => document.getElementById(fieldInputId(formId, field))?.focus();
  const insertPlan = (plan: PlanInsert) => {
    setUsed(false);
    setTyped((v) => ({
      ...v,
      'proposal.months': String(plan.months),
      'proposal.monthlyAmount': plan.monthlyAmount,
      'proposal.firstDate': plan.firstDate,
    }));
    focusField('proposal.months');
  };

  return (
    <div className="letters-compose">
      <div className="letters-compose__form">
        <LetterGuidance templateId={template.id} />
        <div className="letters-field">
          <label htmlFor={`${formId}-lang`}>{t('form.letterLang')}</label>
          <select
            id={`${formId}-lang`}
            value={letterLang}
            data-testid="letter-lang"
            onChange={(e) => setLetterLang(e.target.value === 'en' ? 'en' : 'zh-CN')}
          >
            <option value="zh-CN">{t('form.lang.zh-CN')}</option>
            <option value="en">{t('form.lang.en')}</option>
          </select>
        </div>
        <button
          type="button"
          className="button button--small letters-jump"
          data-testid="jump-preview"
          onClick={() => {
            const heading = document.getElementById('letters-preview-title');
            heading?.scrollIntoView({ block: 'start' });
            heading?.focus();
          }}
        >
          {t('form.jumpPreview')}
        </button>
        {missing.size > 0 && (
          <div className="letters-missing" data-testid="missing-list">
            <p>{t('form.missingCount', { count: missing.size })}</p>
          </div>
        )}
        {hasPlan && <PlanPanel debt={debt} today={today} onInsert={insertPlan} />}
        <LetterForm
          formId={formId}
          fields={fields}
          typed={typed}
          prefilled={result.values}
          missing={missing}
          uiLang={uiLang}
          onChange={change}
        />
      </div>
      <div className="letters-compose__preview">
        <LetterPreview blocks={result.blocks} lang={letterLang} onMissing={focusField} />
        <LetterActions
          title={template.titles[letterLang]}
          text={text}
          debtId={debt.id}
          acknowledgesDebt={template.acknowledgesDebt}
          missingCount={missing.size}
          replyDue={replyDueOn(today, template.replyDays)}
          onUsed={() => setUsed(true)}
        />
      </div>
      <PrintSheet blocks={result.blocks} lang={letterLang} />
    </div>
  );
}
