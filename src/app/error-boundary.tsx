import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function ErrorFallback() {
  const { t } = useTranslation('common');
  return (
    <div className="error-fallback" role="alert">
      <h1>{t('errorBoundary.title')}</h1>
      <p>{t('errorBoundary.body')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('errorBoundary.reload')}
      </button>
    </div>
  );
}

interface State {
  failed: boolean;
}

/** Catches render errors so the user sees a calm, translated message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the error type and component stack are logged: a message could quote case content.
    console.error(error.name, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ErrorFallback /> : this.props.children;
  }
}
