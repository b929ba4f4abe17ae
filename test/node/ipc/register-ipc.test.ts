/**
 * The choke point as main registers it, driven through a fake ipcMain: only the app's own frames, only listed
 * methods, only valid arguments reach a handler, and every outcome is a WireResult.
 */
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../electron/common/app-origin';
import { INVOKE_CHANNEL } from '../../../electron/common/ipc/contract';
import type { WireResult } from '../../../electron/common/ipc/contract';
import { createDispatcher } from '../../../electron/node/ipc/dispatcher';
import { registerIpc } from '../../../electron/node/ipc/register-ipc';
import type { InvokeEventLike, IpcMainLike } from '../../../electron/node/ipc/register-ipc';
import { isSameOrigin } from '../../../electron/node/ipc/trusted-sender';
import { recordingHandlers } from './fake-handlers';
import type { RecordedCall } from './fake-handlers';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
  /** What ipcRenderer.invoke from a frame at `url` would produce. */
  async invoke(url: string | null, ...args: unknown[]): Promise<WireResult<unknown>> {
    const listener = this.listeners.get(INVOKE_CHANNEL);
    if (listener === undefined) throw new Error('nothing registered');
    const event: InvokeEventLike = { senderFrame: url === null ? null : { url } };
    // Real IPC structured-clones both ways; do the same so nothing un-cloneable slips through.
    return structuredClone((await listener(event, ...args.map((arg) => structuredClone(arg))))) as WireResult<unknown>;
  }
}

function setup() {
  const calls: RecordedCall[] = [];
  const unexpected: unknown[] = [];
  const ipc = new FakeIpcMain();
  const unregister = registerIpc(
    ipc,
    createDispatcher({
      handlers: recordingHandlers(calls),
      isTrustedSender: (url) => isSameOrigin(url, APP_ORIGIN),
      onUnexpectedError: (_method, error) => unexpected.push(error),
    }),
  );
  return { ipc, calls, unexpected, unregister };
}

const appUrl = `${APP_ORIGIN}/index.html`;
const listArg = { offset: 0, limit: 50 };

describe('registerIpc + dispatcher (the IPC choke point)', () => {
  it('registers exactly one invoke channel and removes it again', () => {
    const { ipc, unregister } = setup();
    expect([...ipc.listeners.keys()]).toEqual([INVOKE_CHANNEL]);
    unregister();
    expect(ipc.listeners.size).toBe(0);
  });

  it('calls the handler for a trusted frame and wraps the value', async () => {
    const { ipc, calls } = setup();
    const result = await ipc.invoke(appUrl, { method: 'refund.list', arg: listArg });
    expect(result).toEqual({ ok: true, value: { total: 0, offset: 0, items: [] } });
    expect(calls).toEqual([{ method: 'refund.list', arg: listArg }]);
  });

  it.each([
    ['another origin', 'https://evil.example/index.html'],
    ['a look-alike host', 'app://refunddesk.evil/index.html'],
    ['file://', 'file:///tmp/index.html'],
    ['no frame', null],
    ['an unparsable URL', 'not a url'],
  ])('refuses %s before any handler runs', async (_label, url) => {
    const { ipc, calls } = setup();
    const result = await ipc.invoke(url, { method: 'refund.list', arg: listArg });
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['an unknown method', { method: 'fs.readFile', arg: {} }],
    ['a prototype key', { method: 'constructor', arg: {} }],
    ['no method', { arg: {} }],
    ['not an object', 'refund.list'],
  ])('refuses %s', async (_label, request) => {
    const { ipc, calls } = setup();
    expect(await ipc.invoke(appUrl, request)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a missing field', { offset: 0 }, 'limit'],
    ['a wrong type', { offset: '0', limit: 50 }, 'offset'],
    ['an extra field', { offset: 0, limit: 50, sql: 'drop' }, ''],
    ['a page too large', { offset: 0, limit: 100_000 }, 'limit'],
  ])('refuses an argument with %s and names the field', async (_label, arg, field) => {
    const { ipc, calls } = setup();
    const result = await ipc.invoke(appUrl, { method: 'refund.list', arg });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument', field } });
    expect(calls).toEqual([]);
  });

  it('reports an over-long text as too_long with its limit', async () => {
    const { ipc } = setup();
    const result = await ipc.invoke(appUrl, { method: 'refund.list', arg: { ...listArg, text: 'x'.repeat(10_000) } });
    expect(result).toMatchObject({ ok: false, error: { code: 'too_long', field: 'text', params: { max: 200 } } });
  });

  it('passes a domain error through with its code and params', async () => {
    const { ipc } = setup();
    const result = await ipc.invoke(appUrl, { method: 'refund.get', arg: { id: 'nope' } });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No refund nope', params: { id: 'nope' } },
    });
  });

  it('hides an unexpected error behind `internal` and reports it to main', async () => {
    const { ipc, unexpected } = setup();
    const result = await ipc.invoke(appUrl, { method: 'refund.addNote', arg: { id: 'a', actor: 'b', note: 'c' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('boom');
    expect(unexpected).toHaveLength(1);
  });

  it('reads only the first argument of a call', async () => {
    const { ipc, calls } = setup();
    await ipc.invoke(appUrl, { method: 'refund.list', arg: listArg }, { method: 'refund.create', arg: {} });
    expect(calls.map((call) => call.method)).toEqual(['refund.list']);
  });
});
