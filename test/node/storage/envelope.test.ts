import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, hasBom, peekSeq } from '../../../electron/node/storage/envelope';

const identity = (data: unknown) => data;
const at = new Date('2026-11-22T02:00:00.000Z');

describe('envelope', () => {
  it('round-trips any JSON data, whatever order its keys were built in', () => {
    const bytes = encodeEnvelope({ b: 1, a: [true, null, '分'] }, 3, at);
    expect(decodeEnvelope(bytes, identity)).toEqual({
      ok: true,
      envelope: { seq: 3, savedAt: at.toISOString(), data: { a: [true, null, '分'], b: 1 } },
    });
    expect(peekSeq(bytes)).toBe(3);
  });

  it('refuses to write what JSON cannot carry faithfully', () => {
    expect(() => encodeEnvelope({ amount: Number.NaN }, 1, at)).toThrow(/non-finite/);
  });

  it('names the problem for each kind of damage', () => {
    const good = encodeEnvelope({ a: 1 }, 1, at).toString('utf8');
    const problem = (text: string) => {
      const decoded = decodeEnvelope(Buffer.from(text, 'utf8'), identity);
      return decoded.ok ? 'ok' : decoded.problem;
    };
    expect(problem('')).toBe('not_json');
    expect(problem(`\uFEFF${good}`)).toBe('not_json');
    expect(problem('[1,2')).toBe('not_json');
    expect(problem('null')).toBe('schema');
    expect(problem(good.replace('refunddesk/1', 'refunddesk/9'))).toBe('schema');
    expect(problem(good.replace('"a":1', '"a":2'))).toBe('checksum');
    expect(problem(good.replace('"a":1', '"a":1,"a":2'))).toBe('checksum');
    expect(problem(good.replace('"a":1', '"a":1,"a":1'))).toBe('ok');
    expect(decodeEnvelope(Buffer.from(good), () => {
      throw new Error('wrong shape');
    })).toMatchObject({ ok: false, problem: 'schema', detail: 'wrong shape' });
    expect(hasBom(Buffer.from(`\uFEFF${good}`))).toBe(true);
  });
});
