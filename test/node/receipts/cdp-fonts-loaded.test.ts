import { describe, expect, it } from 'vitest';
import { fontsLoaded } from '../../../electron/node/receipts/cdp-document';

describe('fontsLoaded', () => {
  it('asks the page to lay out and waits for document.fonts.ready', async () => {
    const sent: { method: string; params?: object }[] = [];
    const ok = await fontsLoaded({
      send: (method, params) => {
        sent.push({ method, ...(params === undefined ? {} : { params }) });
        return Promise.resolve({ result: { type: 'number', value: 12 } });
      },
    });
    expect(ok).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'Runtime.evaluate', params: { awaitPromise: true, returnByValue: true } });
    expect(JSON.stringify(sent[0]?.params)).toMatch(/offsetHeight.*document\.fonts\.ready/u);
  });

  it('lets the job go on when the engine refuses or the page throws (the faces swap in installed fonts)', async () => {
    expect(await fontsLoaded({ send: () => Promise.reject(new Error('Runtime.evaluate is not allowed')) })).toBe(false);
    expect(await fontsLoaded({ send: () => Promise.resolve({ exceptionDetails: { text: 'Uncaught' } }) })).toBe(false);
  });
});
