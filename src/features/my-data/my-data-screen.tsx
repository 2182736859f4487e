import { useTranslation } from 'react-i18next';
import { routes } from '../../platform/routes.ts';
import { AboutSection } from './about-section.tsx';
import { ChainSection } from './chain-section.tsx';
import { EraseSection } from './erase-section.tsx';
import { ExportSection } from './export-section.tsx';
import { ImportSection } from './import-section.tsx';
import { PackSection } from './pack-section.tsx';
import { RestoreSection } from './restore-section.tsx';
import { StorageSection } from './storage-section.tsx';
import './my-data.css';

export function MyDataScreen() {
  const { t } = useTranslation('myData');
  return (
    <div className="my-data">
      <h1>{t('title')}</h1>
      <p className="my-data__muted">{t('intro')}</p>
      <PackSection />
      <section className="my-data__section" aria-labelledby="security-link-title">
        <h2 id="security-link-title">{t('securityLink.title')}</h2>
        <p>{t('securityLink.body')}</p>
        <p>
          <a href={routes.lock.security()} className="button" data-testid="security-link">
            {t('securityLink.open')}
          </a>
        </p>
      </section>
      <ChainSection />
      <RestoreSection />
      <ExportSection />
      <ImportSection />
      <StorageSection />
      <EraseSection />
      <AboutSection />
    </div>
  );
}
