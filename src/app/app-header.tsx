import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, isLanguage } from '../i18n/i18n.ts';
import { SUPPORTED_LANGUAGES } from '../i18n/resources.ts';

export function AppHeader({ onQuickHide }: { onQuickHide: () => void }) {
  const { t, i18n } = useTranslation('common');
  // Re-read on every render: useTranslation re-renders this component when the language changes.
  const lang = isLanguage(i18n.language) ? i18n.language : currentLanguage();
  return (
    <header className="header">
      <p className="header__name">
        <span className="header__mark" aria-hidden="true">
          据
        </span>
        {t('appName')}
      </p>
      <button
        type="button"
        className="header__hide"
        data-testid="quick-hide"
        aria-label={t('quickHide.label')}
        onClick={onQuickHide}
      >
        {t('quickHide.button')}
      </button>
      <label className="header__lang">
        <span className="visually-hidden">{t('language.label')}</span>
        <select
          className="header__lang-select"
          data-testid="lang-switch"
          value={lang}
          onChange={(event) => {
            const next = event.target.value;
            if (isLanguage(next)) void setLanguage(next);
          }}
        >
          {SUPPORTED_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
