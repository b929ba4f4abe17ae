/**
 * The whole preload: `window.refunddesk = { invoke, on }` over one invoke channel and one event channel.
 * It never forwards arbitrary channels and never exposes ipcRenderer itself; adding a method needs no change here.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../common/ipc/contract';
import type { Bridge, InvokeRequest, WireResult } from '../common/ipc/contract';

const bridge: Bridge = {
  invoke(request: InvokeRequest): Promise<WireResult<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, { method: request.method, arg: request.arg }) as Promise<
      WireResult<unknown>
    >;
  },
  on(listener) {
    const wrapped = (_event: IpcRendererEvent, message: { name: string; payload: unknown }): void => {
      listener({ name: message.name, payload: message.payload });
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('refunddesk', bridge);
