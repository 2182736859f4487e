import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, Entry } from '../../domain/case/types.ts';
import { instantOfAt } from '../../domain/rules/fast-time.ts';
import { localMoment, clockOf } from '../../domain/rules/local-time.ts';
import { FindingActions } from './finding-actions.tsx';
import { CitationList } from '../../components/citation-list.tsx';
import { findingDetail, findingMessage } from '../../domain/rules/finding-message.ts';
import type { Translate } from '../../domain/shared/messages.ts';
import type { RuleGroup } from './group.ts';
import { routes } from '../../platform/routes.ts';

/** A long run (a year of late-night calls) shows this many at first; the rest on request. */
const FIRST_SHOWN = 5;

function EntryLink({ entry, timeZone }: { readonly entry: Entry; readonly timeZone: string }) {
  const { t } = useTranslation('findings');
  const ms = instantOfAt(entry.at);
  const m = Number.isFinite(ms) ? localMoment(ms, timeZone) : null;
  const when = m ? `${m.day} ${clockOf(m.secondOfDay).slice(0, 5)}` : entry.at;
  return (
    <a href={routes.log.entry(entry.id)} data-testid="finding-entry" data-entry-id={entry.id}>
      {t('finding.entry', { kind: t(`entryKind.${entry.kind}`), when })}
    </a>
  );
}

interface RuleGroupProps {
  readonly group: RuleGroup;
  readonly caseFile: CaseFile;
  readonly entries: ReadonlyMap<string, Entry>;
  /** Shown in the overall view, where groups of several debts sit side by side. */
  readonly showDebt: boolean;
}

export function RuleGroupView({ group, caseFile, entries, showDebt }: RuleGroupProps) {
  const { t } = useTranslation(['findings', 'rules']);
  const [all, setAll] = useState(false);
  const debt = caseFile.debts.find((d) => d.id === group.debtId);
  const shown = all ? group.findings : group.findings.slice(0, FIRST_SHOWN);
  const first = group.findings[0];
  return (
    <article
      className="findings-group"
      data-testid="finding-group"
      data-rule={group.ruleId}
      data-wording={group.wording}
    >
      <h3 className="findings-group__title">
        {t(`rules:rule.${group.ruleId}.title`)}{' '}
        <span className="findings-group__count">
          {t('findings:group.count', { count: group.findings.length })}
        </span>
      </h3>
      {showDebt && (
        <p className="findings-muted">
          {debt ? t('findings:group.debt', { creditor: debt.creditor }) : t('rules:report.noDebt')}
        </p>
      )}
      <ol className="findings-list">
        {shown.map((f) => (
          <li key={f.entryIds.join(' ')} className="findings-item" data-testid="finding">
            <p>{findingDetail(findingMessage(f, caseFile), t as unknown as Translate)}</p>
            <p className="findings-label">{t('findings:finding.entries')}</p>
            <ul className="findings-entries">
              {f.entryIds.map((id) => {
                const entry = entries.get(id);
                return entry ? (
                  <li key={id}>
                    <EntryLink entry={entry} timeZone={caseFile.timeZone} />
                  </li>
                ) : null;
              })}
            </ul>
          </li>
        ))}
      </ol>
      {!all && group.findings.length > FIRST_SHOWN && (
        <button type="button" className="button button--small" onClick={() => setAll(true)}>
          {t('findings:group.showAll', { count: group.findings.length })}
        </button>
      )}
      <p className="findings-label">{t('rules:report.sources')}</p>
      <CitationList ids={group.citationIds} />
      {group.contextCitationIds.length > 0 && (
        <>
          <p className="findings-label">{t('rules:report.context')}</p>
          <CitationList ids={group.contextCitationIds} />
        </>
      )}
      {group.mayNotBind && debt && (
        <p className="findings-note">
          {t('rules:report.scope', { debtKind: t(`rules:debtKind.${debt.kind}`) })}
        </p>
      )}
      {first && <FindingActions finding={first} debtKind={debt?.kind} />}
    </article>
  );
}
