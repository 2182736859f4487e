import { useTranslation } from 'react-i18next';

/** Shown for the moment a screen's chunk and words are read (from the service-worker cache once installed). */
export function Opening() {
  const { t } = useTranslation('common');
  return <p role="status">{t('loading')}</p>;
}
