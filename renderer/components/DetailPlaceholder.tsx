import type { ReactNode } from 'react';
import type { WireError } from '../../electron/common/domain/errors';
import { ErrorBanner } from './ErrorBanner';

/** A detail screen before its record is there: the way back, and "loading" or why it could not be loaded. */
export function DetailPlaceholder({ back, loadingText, error }: { readonly back: ReactNode; readonly loadingText: string; readonly error?: WireError }) {
  return (
    <main className="screen">
      {back}
      {error === undefined ? <p role="status">{loadingText}</p> : <ErrorBanner error={error} />}
    </main>
  );
}
