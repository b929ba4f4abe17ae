/**
 * Stands in for Electron's renderer-side module so the REAL preload (electron/preload/index.ts) can be bundled
 * for plain Chromium. `ipcRenderer.invoke` goes to a Playwright binding that calls main's real dispatcher;
 * events come back through `window.__refunddeskHarnessEmit`. Only what the preload uses is implemented.
 */
type IpcListener = (event: unknown, ...args: unknown[]) => void;

interface HarnessWindow {
  __refunddeskHarnessInvoke?: (channel: string, payload: unknown) => Promise<unknown>;
  __refunddeskHarnessEmit?: (channel: string, payload: unknown) => void;
}

const harnessWindow = globalThis as unknown as HarnessWindow & Record<string, unknown>;
const listeners = new Map<string, Set<IpcListener>>();

harnessWindow.__refunddeskHarnessEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener({}, payload);
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    // Like Electron's context bridge, the page gets a frozen object it cannot replace.
    Object.defineProperty(harnessWindow, key, { value: Object.freeze(api), writable: false, configurable: false });
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const invoke = harnessWindow.__refunddeskHarnessInvoke;
    if (invoke === undefined) return Promise.reject(new Error('The test harness binding is missing.'));
    return invoke(channel, args[0]);
  },
  on(channel: string, listener: IpcListener): void {
    const set = listeners.get(channel) ?? new Set<IpcListener>();
    set.add(listener);
    listeners.set(channel, set);
  },
  removeListener(channel: string, listener: IpcListener): void {
    listeners.get(channel)?.delete(listener);
  },
};

export type IpcRendererEvent = unknown;
