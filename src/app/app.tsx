import { I18nextProvider } from 'react-i18next';
import { FormGuardProvider } from '../components/form-guard.tsx';
import { ToastProvider } from '../components/toast.tsx';
import { i18n } from '../i18n/i18n.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { Shell } from './shell.tsx';
import './styles.css';

export function App({ userAgent = globalThis.navigator?.userAgent ?? '' }: { userAgent?: string }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <FormGuardProvider>
          <ToastProvider>
            <Shell userAgent={userAgent} />
          </ToastProvider>
        </FormGuardProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
