import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChainHead } from '../../data/hooks/use-evidence.ts';
import type { EvidenceVerdict } from '../../data/repositories/evidence-check.ts';
import { useStore } from '../../data/store/store-context.tsx';

type VerifyState =
  | { readonly step: 'idle' }
  | { readonly step: 'running'; readonly done: number; readonly total: number }
  | { readonly step: 'result'; readonly verdict: EvidenceVerdict }
  | { readonly step: 'failed' };

export const shortHash = (hash: string): string => `${hash.slice(0, 8)}…${hash.slice(-4)}`;

/**
 * The chain head (short, the full value one tap away and copyable) and "verify now": the chain with its first broken
 * link named, then every entry row against the chain, since the timeline and exports read the rows.
 */
export function ChainSection() {
  const { t } = useTranslation('myData');
  const store = useStore();
  const head = useChainHead();
  const [full, setFull] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [verify, setVerify] = useState<VerifyState>({ step: 'idle' });

  const copyHead = async (hash: string) => {
    try {
      await navigator.clipboard.writeText(hash);
      setCopy('copied');
    } catch {
      setFull(true);
      setCopy('failed');
    }
  };

  const runVerify = async () => {
    if (verify.step === 'running') return;
    setVerify({ step: 'running', done: 0, total: 0 });
    try {
      const verdict = await store.verifyEvidence((done, total) =>
        setVerify({ step: 'running', done, total }),
      );
      setVerify({ step: 'result', verdict });
    } catch {
      setVerify({ step: 'failed' });
    }
  };

  return (
    <section className="my-data__section" aria-labelledby="chain-title" data-testid="chain-section">
      <h2 id="chain-title">{t('chain.title')}</h2>
      <p className="my-data__muted">{t('chain.body')}</p>
      {head === null && <p data-testid="chain-empty">{t('chain.empty')}</p>}
      {head && (
        <>
          <dl className="my-data__facts">
            <dt>{t('chain.headLabel')}</dt>
            <dd>
              <button
                type="button"
                className="my-data__hash"
                aria-expanded={full}
                data-testid="chain-head"
                data-hash={head.hash}
                onClick={() => setFull((f) => !f)}
              >
                <code>{full ? head.hash : shortHash(head.hash)}</code>
                <span className="visually-hidden">{full ? t('chain.hideFull') : t('chain.showFull')}</span>
              </button>
              <span className="my-data__muted my-data__block">
                {t('chain.links', { count: head.seq + 1 })}
              </span>
            </dd>
          </dl>
          <div className="my-data__actions">
            <button type="button" className="button" onClick={() => void copyHead(head.hash)}>
              {t('chain.copy')}
            </button>
          </div>
          <div aria-live="polite">
            {copy === 'copied' && <p className="my-data__done">{t('chain.copied')}</p>}
            {copy === 'failed' && <p className="my-data__muted">{t('chain.copyFailed')}</p>}
          </div>
          <p className="my-data__muted">{t('chain.keepHint')}</p>
          <div className="my-data__actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="chain-verify"
              aria-disabled={verify.step === 'running'}
              onClick={() => void runVerify()}
            >
              {t('chain.verify')}
            </button>
          </div>
          <div aria-live="polite" data-testid="chain-verify-result" data-state={verifyStateOf(verify)}>
            {verify.step === 'running' && (
              <p>{t('chain.verifying', { done: verify.done, total: verify.total })}</p>
            )}
            {verify.step === 'failed' && <p className="my-data__problem">{t('chain.failed')}</p>}
            {verify.step === 'result' && <VerdictLine verdict={verify.verdict} />}
          </div>
        </>
      )}
    </section>
  );
}

const intact = (v: EvidenceVerdict): boolean => v.chain.ok && v.rows.length === 0;

const verifyStateOf = (v: VerifyState): string =>
  v.step === 'result' ? (intact(v.verdict) ? 'ok' : 'broken') : v.step;

function VerdictLine({ verdict }: { readonly verdict: EvidenceVerdict }) {
  const { t } = useTranslation('myData');
  const { chain, rows } = verdict;
  if (chain.ok && rows.length === 0) {
    return <p className="my-data__done">{t('chain.ok', { count: chain.length })}</p>;
  }
  let chainLine: string | null = null;
  if (!chain.ok) {
    const first = chain.firstBroken;
    const problem = t(`problem.${first.code}`);
    chainLine =
      first.index === null
        ? t('chain.brokenNoLink', { problem })
        : t('chain.broken', { n: first.index, id: first.recordId ?? '', problem });
  }
  return (
    <>
      {chainLine !== null && <p className="my-data__problem">{chainLine}</p>}
      {rows.length > 0 && (
        <>
          <p className="my-data__problem">
            {chain.ok
              ? t('chain.rowsBroken', { count: rows.length })
              : t('chain.rowsAlso', { count: rows.length })}
          </p>
          <ul className="my-data__problems" data-testid="chain-row-problems">
            {rows.map((row) => (
              <li key={`${row.code}:${row.entryId}`} data-code={row.code}>
                {t(`rowProblem.${row.code}`, { id: row.entryId })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
