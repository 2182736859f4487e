import { I18nextProvider } from 'react-i18next';
import { FormGuardProvider } from '../components/form-guard.tsx';
import { i18n } from '../i18n/i18n.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { Shell } from './shell.tsx';
import './styles.css';

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <FormGuardProvider>
          <Shell />
        </FormGuardProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
