/**
 * The renderer's only way to reach the app: a typed client over `window.refunddesk`.
 * A failed call becomes an AppError carrying the WireError, so screens can put its message at `error.field`.
 */
import type { ErrorCode, ErrorParams, WireError } from '../electron/common/domain/errors';
import type { AppEventName, AppEvents, ArgOf, Bridge, Method, ResultOf } from '../electron/common/ipc/contract';

export class AppError extends Error {
  readonly wire: WireError;

  constructor(wire: WireError) {
    super(wire.message);
    this.name = 'AppError';
    this.wire = wire;
  }

  get code(): ErrorCode {
    return this.wire.code;
  }

  get field(): string | undefined {
    return this.wire.field;
  }

  get params(): ErrorParams | undefined {
    return this.wire.params;
  }
}

function bridge(): Bridge {
  return window.refunddesk;
}

export async function call<M extends Method>(method: M, arg: ArgOf<M>): Promise<ResultOf<M>> {
  const result = await bridge().invoke({ method, arg });
  if (!result.ok) throw new AppError(result.error);
  // The contract ties each method to its result type; main's handler produced exactly that value.
  return result.value as ResultOf<M>;
}

/** Any thrown value as a WireError, so a bug in the UI still shows a translated message instead of nothing. */
export function toWireError(error: unknown): WireError {
  if (error instanceof AppError) return error.wire;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export function onAppEvent<E extends AppEventName>(name: E, listener: (payload: AppEvents[E]) => void): () => void {
  return bridge().on((event) => {
    // The event channel carries only AppEvents; the name check picks the one this listener wants.
    if (event.name === name) listener(event.payload as AppEvents[E]);
  });
}
