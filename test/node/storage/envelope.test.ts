import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/common/domain/canonical-json';
import { canonicalDataBytes, checksumOf, decodeEnvelope, encodeEnvelope, envelopeInto, envelopeLength, envelopeOf, hasBom, peekSeq } from '../../../electron/node/storage/envelope';

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

describe('envelope checksum over the written bytes', () => {
  it('finds the canonical data bytes of a file it wrote, and only those', () => {
    const data = { payments: [], refunds: [{ id: 'r', note: '"data": 退款' }] };
    const bytes = encodeEnvelope(data, 2, at);
    const { sha256 } = envelopeOf(Buffer.from(canonicalJson(data), 'utf8'), 2, at);
    expect(canonicalDataBytes(bytes, sha256)?.toString('utf8')).toBe(canonicalJson(data));
    expect(checksumOf(bytes)).toBe(sha256);
    expect(canonicalDataBytes(bytes, '0'.repeat(64))).toBeUndefined();
  });

  it('still accepts a file laid out differently when its data verifies the canonical way', () => {
    const data = { b: [1, 2], a: '分' };
    const good = encodeEnvelope(data, 1, at).toString('utf8');
    const sha256 = checksumOf(Buffer.from(good)) ?? '';
    // Same data, reformatted by an editor: the written bytes no longer hash to the checksum, the canonical JSON does.
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(good), null, 2), 'utf8');
    expect(canonicalDataBytes(reformatted, sha256)).toBeUndefined();
    expect(decodeEnvelope(reformatted, identity)).toMatchObject({ ok: true, envelope: { seq: 1, data: { a: '分', b: [1, 2] } } });
  });
});

describe('envelope written into a reused buffer', () => {
  it('writes exactly what envelopeOf makes, from the data in parts, whatever the buffer held before', () => {
    const data = { payments: [{ id: 'p', note: '分' }], refunds: [{ id: 'r', note: '"data": 退款' }] };
    const whole = Buffer.from(canonicalJson(data), 'utf8');
    // A buffer a bigger file used before: its leftover bytes must not leak into this file.
    const buffer = Buffer.alloc(envelopeLength(whole.length, 12, at) + 500, '}');
    const parts = [whole.subarray(0, 7), whole.subarray(7, 7), whole.subarray(7, 30), whole.subarray(30)];
    const written = envelopeInto(buffer, parts, 12, at);
    const expected = envelopeOf(whole, 12, at);
    expect(written.length).toBe(envelopeLength(whole.length, 12, at));
    expect(buffer.subarray(0, written.length).equals(expected.bytes)).toBe(true);
    expect(written.sha256).toBe(expected.sha256);
    expect(decodeEnvelope(buffer.subarray(0, written.length), identity)).toMatchObject({ ok: true, envelope: { seq: 12, data } });
  });

  it('refuses a buffer too small for the envelope rather than writing part of it', () => {
    const whole = Buffer.from(canonicalJson({ a: '退款' }), 'utf8');
    expect(() => envelopeInto(Buffer.alloc(envelopeLength(whole.length, 1, at) - 1), [whole], 1, at)).toThrow(RangeError);
  });
});
