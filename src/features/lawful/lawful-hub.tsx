import { useTranslation } from 'react-i18next';
import { routes } from '../../platform/routes.ts';
import { useHeadingFocus } from '../../components/use-heading-focus.ts';

const ENTRIES = [
  { key: 'findings', href: routes.lawful.findings() },
  { key: 'rules', href: routes.lawful.rules() },
  { key: 'claims', href: routes.lawful.claims() },
  { key: 'visit', href: routes.visit() },
] as const;

/** The "Is it lawful?" tab: check my log, the rule catalogue, the claims checker, and visit mode. */
export function LawfulHub() {
  const { t } = useTranslation('lawful');
  const heading = useHeadingFocus('hub');
  return (
    <section className="lawful" aria-labelledby="lawful-title" data-testid="lawful-hub">
      <h1 id="lawful-title" tabIndex={-1} ref={heading}>
        {t('title')}
      </h1>
      <p>{t('hub.intro')}</p>
      <ul className="lawful-hub">
        {ENTRIES.map((e) => (
          <li key={e.key}>
            <a
              className={`lawful-hub__entry lawful-hub__entry--${e.key}`}
              href={e.href}
              data-testid={`lawful-hub-${e.key}`}
            >
              <span className="lawful-hub__title">{t(`hub.${e.key}.title`)}</span>
              <span className="lawful-hub__body">{t(`hub.${e.key}.body`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="lawful-muted">{t('hub.disclaimer')}</p>
    </section>
  );
}
