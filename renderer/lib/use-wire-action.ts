import { useCallback, useState } from 'react';
import type { WireError } from '../../electron/common/domain/errors';
import { toWireError } from '../bridge';

/**
 * The busy flag and translated error every form and dialog keeps around one call to main: `run` clears the
 * error, marks busy, and turns a refusal into a WireError for the field it names. Resolves to the call's
 * result, or undefined when it was refused.
 */
export function useWireAction(): {
  readonly busy: boolean;
  readonly error: WireError | undefined;
  readonly setError: (error: WireError | undefined) => void;
  readonly run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | undefined>(undefined);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (problem) {
      setError(toWireError(problem));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
