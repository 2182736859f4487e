import { useTranslation } from 'react-i18next';
import { ExportSection } from './export-section.tsx';
import { ImportSection } from './import-section.tsx';
import { StorageSection } from './storage-section.tsx';
import './my-data.css';

export function MyDataScreen() {
  const { t } = useTranslation('myData');
  return (
    <div className="my-data">
      <h1>{t('title')}</h1>
      <p className="my-data__muted">{t('intro')}</p>
      <ExportSection />
      <ImportSection />
      <StorageSection />
    </div>
  );
}
