import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseExport } from '../../data/hooks/use-case.ts';
import type { CaseFile, Debt, Entry } from '../../domain/case/types.ts';
import { evaluate } from '../../domain/rules/evaluate.ts';
import type { Finding } from '../../domain/rules/evaluate.ts';
import { patternOf } from '../../domain/rules/pattern.ts';
import { useClock } from '../../data/store/store-context.tsx';
import { debtsWithFindings, groupFindings } from './group.ts';
import { routes } from '../../platform/routes.ts';
import { useView } from '../../platform/use-route.ts';
import { useHeadingFocus } from '../../components/use-heading-focus.ts';
import { PatternChart } from './pattern-chart.tsx';
import { CrisisLines } from '../../components/crisis-lines.tsx';
import type { CheckRuleId } from '../../domain/rules/rule.ts';
import { RuleGroupView } from './rule-group.tsx';
import './findings.css';

/** Findings after which the help lines are offered: a flood, threats, exposure, harassment or violence (R109). */
const DISTRESS_RULES: ReadonlySet<CheckRuleId> = new Set<CheckRuleId>([
  'message-flood',
  'threat',
  'public-exposure',
  'violence',
  'detention',
  'harassment',
  'property-damage',
]);

interface Checked {
  readonly caseFile: CaseFile;
  readonly findings: readonly Finding[];
  readonly entries: ReadonlyMap<string, Entry>;
}

function FindingsBody({
  checked,
  findings,
  showDebt,
}: {
  readonly checked: Checked;
  readonly findings: readonly Finding[];
  readonly showDebt: boolean;
}) {
  const { t } = useTranslation(['findings', 'rules', 'support']);
  const sections = useMemo(() => groupFindings(findings), [findings]);
  if (findings.length === 0) {
    return (
      <div className="findings-empty" data-testid="findings-empty">
        <p>{t('rules:report.none')}</p>
        <p className="findings-muted">{t('findings:emptyHint')}</p>
        <a className="button" href={routes.log.timeline()}>
          {t('findings:logLink')}
        </a>
      </div>
    );
  }
  const distress = findings.some((f) => DISTRESS_RULES.has(f.ruleId));
  return (
    <>
      <p data-testid="findings-summary">{t('findings:summary', { count: findings.length })}</p>
      {distress && (
        <section aria-labelledby="findings-help">
          <h2 id="findings-help">{t('support:bannerTitle')}</h2>
          <CrisisLines lead={t('support:bannerLead')} />
        </section>
      )}
      {sections.map((s) => (
        <section
          key={s.wording}
          className={`findings-section findings-section--${s.wording}`}
          data-testid="findings-section"
          data-wording={s.wording}
          aria-labelledby={`findings-${s.wording}`}
        >
          <h2 id={`findings-${s.wording}`}>
            {t(`findings:wording.${s.wording}`)}{' '}
            <span className="findings-group__count">{t('findings:byDebt.count', { count: s.count })}</span>
          </h2>
          <p className="findings-muted">{t(`rules:severity.${s.wording}`)}</p>
          {s.groups.map((g) => (
            <RuleGroupView
              key={g.key}
              group={g}
              caseFile={checked.caseFile}
              entries={checked.entries}
              showDebt={showDebt}
            />
          ))}
        </section>
      ))}
    </>
  );
}

function Overall({ checked }: { readonly checked: Checked }) {
  const { t } = useTranslation(['findings', 'rules']);
  const heading = useHeadingFocus('overall');
  const debts = debtsWithFindings(checked.caseFile.debts, checked.findings);
  return (
    <div className="findings" data-testid="findings-screen">
      <h1 ref={heading} tabIndex={-1}>
        {t('findings:title')}
      </h1>
      <p className="findings-muted">{t('findings:intro')}</p>
      {debts.length > 0 && (
        <nav aria-labelledby="findings-by-debt">
          <h2 id="findings-by-debt">{t('findings:byDebt.heading')}</h2>
          <ul className="findings-debts">
            {debts.map(({ debt, count }) => (
              <li key={debt.id}>
                <a
                  className="findings-debt"
                  href={routes.lawful.findings(debt.id)}
                  data-testid="findings-debt-link"
                  data-debt-id={debt.id}
                >
                  <strong>{debt.creditor}</strong>
                  <span>{t('findings:byDebt.count', { count })}</span>
                  <span className="findings-muted">{t('findings:byDebt.open')}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <FindingsBody checked={checked} findings={checked.findings} showDebt />
      <p className="findings-muted findings-disclaimer">{t('rules:report.disclaimer')}</p>
    </div>
  );
}

function PerDebt({ checked, debt }: { readonly checked: Checked; readonly debt: Debt }) {
  const { t } = useTranslation(['findings', 'rules']);
  const heading = useHeadingFocus(`debt:${debt.id}`);
  const findings = useMemo(() => checked.findings.filter((f) => f.debtId === debt.id), [checked, debt.id]);
  const pattern = useMemo(() => patternOf(checked.caseFile, checked.findings, debt.id), [checked, debt.id]);
  return (
    <div className="findings" data-testid="findings-screen" data-debt-id={debt.id}>
      <a className="findings-back" href={routes.lawful.findings()}>
        {t('findings:back')}
      </a>
      <h1 ref={heading} tabIndex={-1}>
        {t('findings:titleDebt', { creditor: debt.creditor })}
      </h1>
      <p className="findings-muted">{t('findings:intro')}</p>
      {pattern.contacts.length > 0 && <PatternChart pattern={pattern} creditor={debt.creditor} />}
      <FindingsBody checked={checked} findings={findings} showDebt={false} />
      <p className="findings-muted findings-disclaimer">{t('rules:report.disclaimer')}</p>
    </div>
  );
}

/**
 * "Check my log": `#/lawful/findings` over the whole case, `#/lawful/findings/<debtId>` for one
 * debt with its pattern of contact. The case comes as exported (hidden entries are not in it), so the findings are
 * exactly what `youju analyze` gives for the same file.
 */
export function FindingsScreen() {
  const { t } = useTranslation('findings');
  const view = useView('findings');
  const caseFile = useCaseExport();
  const clock = useClock();
  const checked = useMemo((): Checked | undefined => {
    if (caseFile === undefined) return undefined;
    return {
      caseFile,
      findings: evaluate(caseFile, { now: clock.now() }),
      entries: new Map(caseFile.entries.map((e) => [e.id, e] as const)),
    };
  }, [caseFile, clock]);
  if (checked === undefined) {
    return (
      <p role="status" className="findings-muted">
        {t('loading')}
      </p>
    );
  }
  if (view.kind === 'overall') return <Overall checked={checked} />;
  const debt = checked.caseFile.debts.find((d) => d.id === view.debtId);
  if (debt === undefined) {
    return (
      <div className="findings" data-testid="findings-screen">
        <a className="findings-back" href={routes.lawful.findings()}>
          {t('back')}
        </a>
        <h1>{t('title')}</h1>
        <p role="alert">{t('debtMissing')}</p>
      </div>
    );
  }
  return <PerDebt checked={checked} debt={debt} />;
}
