/**
 * Wires the dispatcher to Electron's ipcMain — or to anything shaped like it, so tests can drive the
 * exact registration code with a fake and no Electron binary.
 */
import { INVOKE_CHANNEL } from '../../common/ipc/contract';
import type { WireResult } from '../../common/ipc/contract';
import type { Dispatch } from './dispatcher';

/** The part of an IpcMainInvokeEvent the choke point reads: which frame sent the message. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, ...args): Promise<WireResult<unknown>> => {
    // One argument per call: anything beyond the first is ignored rather than trusted.
    return dispatch(event.senderFrame?.url, args[0]);
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
