import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/hooks/db-context.tsx';
import { useChainHead } from '../../data/hooks/use-evidence.ts';
import { verifyStoredChain } from '../../data/repositories/chain-repo.ts';
import type { ChainVerdict } from '../../domain/evidence/verify-chain.ts';
import { webCryptoHasher } from '../../platform/hasher.ts';

type VerifyState =
  | { readonly step: 'idle' }
  | { readonly step: 'running'; readonly done: number; readonly total: number }
  | { readonly step: 'result'; readonly verdict: ChainVerdict }
  | { readonly step: 'failed' };

export const shortHash = (hash: string): string => `${hash.slice(0, 8)}…${hash.slice(-4)}`;

/** The chain head (short, the full value one tap away and copyable) and "verify now" naming the first broken link. */
export function ChainSection() {
  const { t } = useTranslation('myData');
  const db = useDb();
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
      const verdict = await verifyStoredChain(db, webCryptoHasher, (done, total) =>
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

const verifyStateOf = (v: VerifyState): string =>
  v.step === 'result' ? (v.verdict.ok ? 'ok' : 'broken') : v.step;

function VerdictLine({ verdict }: { readonly verdict: ChainVerdict }) {
  const { t } = useTranslation('myData');
  if (verdict.ok) return <p className="my-data__done">{t('chain.ok', { count: verdict.length })}</p>;
  const first = verdict.firstBroken;
  const problem = t(`problem.${first.code}`);
  return (
    <p className="my-data__problem">
      {first.index === null
        ? t('chain.brokenNoLink', { problem })
        : t('chain.broken', { n: first.index, id: first.recordId ?? '', problem })}
    </p>
  );
}
