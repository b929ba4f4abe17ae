import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback({ onRetry }: { readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="splash" role="alert">
      <p>{t('errors.internal')}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

/**
 * A bug in one screen must not leave the owner staring at a blank window: say so in words and offer a way
 * back. Saved records are unaffected, since every change is written by the app before the UI hears of it.
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[RefundDesk] the screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) return <Fallback onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
