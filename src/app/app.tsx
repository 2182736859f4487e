import { I18nextProvider } from 'react-i18next';
import { FormGuardProvider } from '../components/form-guard.tsx';
import { ToastProvider } from '../components/toast.tsx';
import { i18n } from '../i18n/i18n.ts';
import type { OpenDb } from './database-gate.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { Shell } from './shell.tsx';
import './styles.css';

interface AppProps {
  userAgent?: string;
  /** Tests pass an isolated database; the app opens the real one. */
  openDb?: OpenDb;
}

export function App({ userAgent = globalThis.navigator?.userAgent ?? '', openDb }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <FormGuardProvider>
          <ToastProvider>
            <Shell userAgent={userAgent} openDb={openDb} />
          </ToastProvider>
        </FormGuardProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
