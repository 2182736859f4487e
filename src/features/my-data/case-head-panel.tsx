/**
 * After an export: the case head to keep, as grouped hex and a QR code, what sending it elsewhere does (and does
 * not) show, and a small form to record where and when the user sent it (kept on this device, in settings). The
 * app sends nothing itself: no network (docs/architecture.md).
 */
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/hooks/db-context.tsx';
import { useSetting } from '../../data/hooks/use-setting.ts';
import { setSetting } from '../../data/repositories/settings-repo.ts';
import { groupedHex, headAnchorProblem, type HeadAnchorProblem } from '../../domain/case-pack/head-anchor.ts';
import { systemClock, todayIn } from '../../platform/clock.ts';

const CaseHeadQr = lazy(() => import('./case-head-qr.tsx').then((m) => ({ default: m.CaseHeadQr })));

export function CaseHeadPanel({ caseHead, timeZone }: { caseHead: string; timeZone: string }) {
  const { t } = useTranslation('myData');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyHead = async () => {
    try {
      await navigator.clipboard.writeText(caseHead);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section className="my-data__head-panel" aria-labelledby="case-head-title" data-testid="case-head-panel">
      <h3 id="case-head-title">{t('headPanel.title')}</h3>
      <p>{t('headPanel.what')}</p>
      <code className="my-data__grouped" data-testid="case-head-grouped" data-hash={caseHead}>
        {groupedHex(caseHead).map((line) => (
          <span key={line} className="my-data__block">
            {line}
          </span>
        ))}
      </code>
      <Suspense fallback={<p className="my-data__muted">{t('headPanel.qrLoading')}</p>}>
        <CaseHeadQr head={caseHead} label={t('headPanel.qrLabel')} />
      </Suspense>
      <div className="my-data__actions">
        <button type="button" className="button" onClick={() => void copyHead()}>
          {t('headPanel.copy')}
        </button>
      </div>
      <p aria-live="polite" className="my-data__muted">
        {copy === 'copied' && t('headPanel.copied')}
        {copy === 'failed' && t('headPanel.copyFailed')}
      </p>
      <p>{t('headPanel.send')}</p>
      <p className="my-data__muted">{t('headPanel.limits')}</p>
      <AnchorForm caseHead={caseHead} timeZone={timeZone} />
    </section>
  );
}

function AnchorForm({ caseHead, timeZone }: { caseHead: string; timeZone: string }) {
  const { t } = useTranslation('myData');
  const db = useDb();
  const anchors = useSetting('headAnchors');
  const [where, setWhere] = useState('');
  const [on, setOn] = useState(() => todayIn(timeZone, systemClock));
  const [problem, setProblem] = useState<HeadAnchorProblem | 'failed' | null>(null);
  const kept = anchors.loaded ? (anchors.value ?? []) : [];
  const mine = kept.filter((a) => a.head === caseHead);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p = headAnchorProblem(where, on);
    setProblem(p);
    if (p !== null || !anchors.loaded) return;
    try {
      await setSetting(db, 'headAnchors', [...kept, { head: caseHead, where: where.trim(), on }]);
      setWhere('');
    } catch {
      setProblem('failed');
    }
  };

  return (
    <form className="my-data__anchor" onSubmit={(e) => void submit(e)} noValidate>
      <h4>{t('headPanel.anchor.title')}</h4>
      {mine.length > 0 && (
        <ul data-testid="case-head-anchors">
          {mine.map((a, i) => (
            <li key={`${a.on}-${i}`}>{t('headPanel.anchor.item', { where: a.where, on: a.on })}</li>
          ))}
        </ul>
      )}
      <label htmlFor="anchor-where">{t('headPanel.anchor.where')}</label>
      <input
        id="anchor-where"
        type="text"
        value={where}
        maxLength={200}
        placeholder={t('headPanel.anchor.wherePlaceholder')}
        aria-invalid={problem === 'where-missing' || problem === 'where-too-long'}
        aria-describedby="anchor-problem"
        onChange={(e) => setWhere(e.target.value)}
      />
      <label htmlFor="anchor-on">{t('headPanel.anchor.on')}</label>
      <input
        id="anchor-on"
        type="date"
        value={on}
        aria-invalid={problem === 'date-invalid'}
        aria-describedby="anchor-problem"
        onChange={(e) => setOn(e.target.value)}
      />
      <p id="anchor-problem" className="my-data__problem" aria-live="polite">
        {problem !== null && t(`headPanel.anchor.problem.${problem}`)}
      </p>
      <button type="submit" className="button">
        {t('headPanel.anchor.save')}
      </button>
    </form>
  );
}
