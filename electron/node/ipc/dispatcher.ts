/**
 * The single IPC choke point: sender check, method allow-list, argument validation, then the handler.
 * Every outcome becomes a WireResult, because Electron would carry only an Error's message across IPC.
 */
import type { z } from 'zod';
import { DomainError } from '../../common/domain/errors';
import type { WireError } from '../../common/domain/errors';
import { isMethod } from '../../common/ipc/contract';
import type { Handlers, WireResult } from '../../common/ipc/contract';
import { ARG_SCHEMAS } from '../../common/ipc/schemas';

export interface DispatcherOptions {
  readonly handlers: Handlers;
  readonly isTrustedSender: (senderUrl: string | undefined) => boolean;
  /** Unexpected (non-domain) errors are reported here; the renderer only sees the code `internal`. */
  readonly onUnexpectedError?: (method: string, error: unknown) => void;
}

export type Dispatch = (senderUrl: string | undefined, request: unknown) => Promise<WireResult<unknown>>;

function failure(error: WireError): WireResult<never> {
  return { ok: false, error };
}

function describeIssue(issue: z.core.$ZodIssue): WireError {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { code: 'too_long', message: `Too long: ${field}`, field, params: { max: Number(issue.maximum) } };
  }
  return { code: 'invalid_argument', message: `Invalid ${field || 'argument'}: ${issue.message}`, field };
}

function readRequest(request: unknown): { method: unknown; arg: unknown } | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  const record = request as Record<string, unknown>;
  return { method: record['method'], arg: record['arg'] };
}

export function createDispatcher(options: DispatcherOptions): Dispatch {
  return async (senderUrl, request) => {
    if (!options.isTrustedSender(senderUrl)) {
      return failure({ code: 'untrusted_sender', message: 'This window may not call RefundDesk.' });
    }
    const read = readRequest(request);
    if (read === undefined || !isMethod(read.method)) {
      return failure({ code: 'unknown_method', message: `Unknown method: ${String(read?.method)}` });
    }
    const method = read.method;
    const parsed = ARG_SCHEMAS[method].safeParse(read.arg);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return failure(issue ? describeIssue(issue) : { code: 'invalid_argument', message: 'Invalid argument' });
    }
    try {
      // The schema for `method` has just produced the exact argument type of `handlers[method]`.
      const handler = options.handlers[method] as (arg: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) return failure(error.toWire());
      options.onUnexpectedError?.(method, error);
      return failure({ code: 'internal', message: 'Something went wrong inside RefundDesk.' });
    }
  };
}
