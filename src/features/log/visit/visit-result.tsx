import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../domain/case/types.ts';
import { SEVERITIES, evaluate, type Finding } from '../../../domain/rules/evaluate.ts';
import { useCaseExport } from '../../../data/hooks/use-case.ts';
import { routes } from '../../../platform/routes.ts';
import { clockText } from '../recorder/recorder-format.ts';
import { CitationList } from '../../../components/citation-list.tsx';

/** The findings the saved visit entry triggers: the rules run over the whole case, kept to this entry. */
function useEntryFindings(entryId: string, now: number): readonly Finding[] | undefined {
  const caseFile = useCaseExport();
  return useMemo(() => {
    if (!caseFile || !caseFile.entries.some((e) => e.id === entryId)) return undefined;
    return evaluate(caseFile, { now })
      .filter((f) => f.entryIds.includes(entryId))
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  }, [caseFile, entryId, now]);
}

export function VisitResult({
  entry,
  recordingMs,
  day,
  savedAt,
}: {
  entry: Entry;
  recordingMs: number | null;
  day: string;
  /** When the entry was saved: the rules' `now`. */
  savedAt: number;
}) {
  const { t } = useTranslation(['recorder', 'rules']);
  const findings = useEntryFindings(entry.id, savedAt);
  const photos = (entry.attachments ?? []).filter((a) => !a.type?.startsWith('audio/')).length;
  return (
    <div className="visit-result" data-testid="visit-result" data-entry-id={entry.id}>
      <p className="recorder-saved" role="status">
        {t('visit.done.savedWith')}
      </p>
      <ul className="visit-attached">
        {recordingMs !== null && (
          <li data-testid="visit-result-recording">
            {t('visit.done.recording', { time: clockText(recordingMs) })}
          </li>
        )}
        {photos > 0 && <li>{t('visit.done.photo')}</li>}
      </ul>
      {findings === undefined ? null : findings.length === 0 ? (
        <p data-testid="visit-no-findings">{t('visit.done.noFindings')}</p>
      ) : (
        <section aria-labelledby="visit-findings-title">
          <h2 id="visit-findings-title">{t('visit.done.findingsTitle')}</h2>
          <ul className="visit-findings">
            {findings.map((f) => (
              <li
                key={`${f.ruleId}:${f.entryIds.join(',')}`}
                className={`visit-finding visit-finding--${f.severity}`}
                data-testid="visit-finding"
                data-rule-id={f.ruleId}
                data-severity={f.severity}
              >
                <p className="visit-finding__title">{t(`rules:rule.${f.ruleId}.title`)}</p>
                <p className="visit-finding__force">{t(`rules:severity.${f.severity}`)}</p>
                <CitationList ids={f.citationIds} day={day} />
              </li>
            ))}
          </ul>
          <p className="recovery__muted">{t('visit.done.findingsNote')}</p>
        </section>
      )}
      <div className="visit-nav">
        <a className="button" href={routes.lawful.findings()} data-testid="visit-open-findings">
          {t('visit.done.openFindings')}
        </a>
        <a className="button" href={routes.today.list()}>
          {t('visit.done.today')}
        </a>
      </div>
    </div>
  );
}
