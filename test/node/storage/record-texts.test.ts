import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/common/domain/canonical-json';
import { canonicalPartsOfArrays, splitCanonicalArrays } from '../../../electron/node/storage/record-texts';

const withTexts = (records: readonly unknown[]) => ({ texts: records.map((record) => Buffer.from(canonicalJson(record), 'utf8')) });

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');
const joined = (fields: Parameters<typeof canonicalPartsOfArrays>[0]): Buffer => Buffer.concat(canonicalPartsOfArrays(fields));

// Strings that look like structure: every one must stay inside its record.
const TRICKY: readonly { readonly id: string; readonly [field: string]: unknown }[] = [
  { id: 'a', note: 'quote " and backslash \\ and \\" together', nested: [[1, 2], { x: ']' }] },
  { id: 'b', note: '},{"id":"fake"},[', amount: 0, flag: true, none: null },
  { id: 'c', note: '退款，顾客说“好的”', list: [] },
];

describe('record texts (a month re-encoded one record at a time)', () => {
  it('joins to exactly the canonical JSON of the whole object', () => {
    const fields = { refunds: withTexts(TRICKY), payments: withTexts([{ id: 'p', ids: {} }]) };
    expect(text(joined(fields))).toBe(canonicalJson({ payments: [{ id: 'p', ids: {} }], refunds: TRICKY }));
    expect(text(joined({ payments: withTexts([]), refunds: withTexts([]) }))).toBe('{"payments":[],"refunds":[]}');
  });

  it('cuts each record out of a canonical month, however its strings look', () => {
    const month = Buffer.from(canonicalJson({ payments: [{ id: 'p' }, 7, 'x'], refunds: TRICKY }), 'utf8');
    const split = splitCanonicalArrays(month);
    expect(split?.map((items) => items.map(text))).toEqual([[canonicalJson({ id: 'p' }), '7', '"x"'], TRICKY.map((record) => canonicalJson(record))]);
    expect(splitCanonicalArrays(Buffer.from('{"payments":[],"refunds":[]}'))).toEqual([[], []]);
  });

  it('refuses what is not an object of arrays, so the caller encodes from memory', () => {
    expect(splitCanonicalArrays(Buffer.from('{"payments":{"a":1}}'))).toBeUndefined();
    expect(splitCanonicalArrays(Buffer.from('{"payments":[1,,2]}'))).toBeUndefined();
    expect(splitCanonicalArrays(Buffer.from('{"payments":[1,2'))).toBeUndefined();
    expect(splitCanonicalArrays(Buffer.from('{"payments":["unterminated]}'))).toBeUndefined();
  });
});
