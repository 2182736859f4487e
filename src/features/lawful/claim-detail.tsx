import { useTranslation } from 'react-i18next';
import { TABLE_A } from '../../domain/rules/catalogue.ts';
import { CHANNELS, claimById } from '../../domain/rules/claims.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CitationList } from '../../components/citation-list.tsx';
import { routes } from '../../platform/routes.ts';
import { verbKey } from './rule-index.ts';
import { useHeadingFocus } from '../../components/use-heading-focus.ts';
import { rowKey, wordsIn } from './words.ts';

/** One claim: what is said, the facts (legal-facts.md), what to do, where to turn and the sources. */
export function ClaimDetail({ id }: { id: string | null }) {
  const { t, i18n } = useTranslation('lawful');
  const lng = useLanguage();
  const heading = useHeadingFocus(`claim/${id ?? ''}`);
  const claim = id ? claimById(id) : undefined;
  const back = (
    <p>
      <a className="lawful-back" href={routes.lawful.claims()}>
        {t('back.claims')}
      </a>
    </p>
  );
  if (!claim) {
    return (
      <section className="lawful" aria-labelledby="lawful-claim-title">
        {back}
        <h1 id="lawful-claim-title" tabIndex={-1} ref={heading}>
          {t('claims.notFound')}
        </h1>
      </section>
    );
  }
  const rows = TABLE_A.filter((r) => claim.tableRows.includes(r.id));
  return (
    <section
      className="lawful"
      aria-labelledby="lawful-claim-title"
      data-testid="lawful-claim"
      data-claim-id={claim.id}
    >
      {back}
      <p className="lawful-label">{t('claims.said')}</p>
      <h1 id="lawful-claim-title" className="lawful-claim__said" tabIndex={-1} ref={heading}>
        {t(`claim.${claim.id}.said`)}
      </h1>
      <p className="lawful-claim__short" data-testid="lawful-claim-short">
        {t(`claim.${claim.id}.short`)}
      </p>
      <h2>{t('claims.truth')}</h2>
      <p data-testid="lawful-claim-truth">{t(`claim.${claim.id}.truth`)}</p>
      <h2>{t('claims.todo')}</h2>
      <p>{t(`claim.${claim.id}.todo`)}</p>
      {claim.channels.length > 0 && (
        <>
          <h2>{t('claims.channels')}</h2>
          <ul className="lawful-channels" data-testid="lawful-claim-channels">
            {claim.channels.map((ch) => (
              <li key={ch} data-channel={ch}>
                <a className="lawful-call" href={`tel:${ch}`}>
                  {t('channel.call', { number: ch })}
                </a>
                <p>
                  {t(`channel.${ch}`)}
                  {CHANNELS[ch].confidence === 'R' && (
                    <span className="lawful-badge">{t('channel.unverified')}</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('claims.sources')}</h2>
      <CitationList ids={claim.citationIds} dates />
      {rows.length > 0 && (
        <>
          <h2>{t('claims.rows')}</h2>
          <ul className="lawful-related">
            {rows.map((r) => (
              <li key={r.id} data-rule-id={r.id}>
                <a href={routes.lawful.rules(r.topic)}>
                  <strong>{wordsIn(i18n, lng, verbKey(r))}</strong> {wordsIn(i18n, lng, rowKey(i18n, r.id))}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
