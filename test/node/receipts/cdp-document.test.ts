import { describe, expect, it, vi } from 'vitest';
import { fontsLoaded, LOAD_WAIT_MS, showDocument } from '../../../electron/node/receipts/cdp-document';

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

describe('showDocument', () => {
  it('puts the HTML into the main frame over DevTools, then waits for its load event', async () => {
    const sent: { method: string; params?: object }[] = [];
    await showDocument(
      {
        send: (method, params) => {
          sent.push({ method, ...(params === undefined ? {} : { params }) });
          if (method === 'Page.getFrameTree') return Promise.resolve({ frameTree: { frame: { id: 'F1' } } });
          // Still loading at the first two asks (an image on its way), then complete.
          const asks = sent.filter((call) => call.method === 'Runtime.evaluate').length;
          return Promise.resolve({ result: { type: 'string', value: asks < 3 ? 'loading' : 'complete' } });
        },
      },
      '<p>退款</p>',
    );
    expect(sent.map((call) => call.method)).toEqual(['Page.getFrameTree', 'Page.setDocumentContent', 'Runtime.evaluate', 'Runtime.evaluate', 'Runtime.evaluate']);
    expect(sent[1]?.params).toEqual({ frameId: 'F1', html: '<p>退款</p>' });
    expect(sent[2]?.params).toEqual({ expression: 'document.readyState', returnByValue: true });
  });

  it('goes on after the longest wait when the document never completes, and at once when the engine will not say', async () => {
    vi.useFakeTimers();
    try {
      const never = { send: (method: string) => Promise.resolve(method === 'Page.getFrameTree' ? { frameTree: { frame: { id: 'F1' } } } : { result: { value: 'loading' } }) };
      const shown = showDocument(never, '<p>x</p>');
      await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS + 100);
      await expect(shown).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    const refusing = { send: (method: string) => (method === 'Runtime.evaluate' ? Promise.reject(new Error('not allowed')) : Promise.resolve({ frameTree: { frame: { id: 'F1' } } })) };
    await expect(showDocument(refusing, '<p>x</p>')).resolves.toBeUndefined();
  });

  it('fails the job when the page has no main frame to put it in', async () => {
    await expect(showDocument({ send: () => Promise.resolve({}) }, '<p>x</p>')).rejects.toThrow(/no main frame/u);
  });
});
