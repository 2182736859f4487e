import { useTranslation } from 'react-i18next';
import { useAnyFormDirty } from '../components/form-guard.tsx';
import { NavIcon } from './nav-icons.tsx';
import { routes, TABS, type Tab } from '../platform/routes.ts';

const LABEL_KEYS = {
  today: 'today',
  log: 'log',
  lawful: 'lawful',
  letters: 'letters',
  'my-data': 'myData',
} as const satisfies Record<Tab, string>;

export function BottomNav({ current }: { current: Tab | null }) {
  const { t } = useTranslation('nav');
  const dirty = useAnyFormDirty();
  return (
    <nav className="nav" aria-label={t('label')}>
      <ul className="nav__list">
        {TABS.map((route) => (
          <li key={route} className="nav__item">
            <a
              className="nav__link"
              href={routes.tab(route)}
              data-testid={`nav-${route}`}
              aria-current={route === current ? 'page' : undefined}
              onClick={(event) => {
                // Switching pages unmounts the open form; ask before its unsaved input is thrown away.
                if (dirty && route !== current && !window.confirm(t('leaveUnsaved'))) event.preventDefault();
              }}
            >
              <NavIcon route={route} />
              <span className="nav__label">{t(LABEL_KEYS[route])}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
