import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/common/domain/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('is the same whatever order the keys were built in', () => {
    expect(canonicalJson({ seq: 1, at: 't', kind: 'created' })).toBe(canonicalJson({ kind: 'created', at: 't', seq: 1 }));
  });

  it('leaves out undefined properties like JSON.stringify', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('escapes strings as JSON, Chinese text kept', () => {
    expect(canonicalJson({ note: '卡已注销 "x"\n' })).toBe('{"note":"卡已注销 \\"x\\"\\n"}');
  });

  it('parses back to an equal value', () => {
    const value = { n: -1.5, list: ['a', 2, false], nested: { 键: '值' } };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  it.each([
    ['NaN', { a: Number.NaN }],
    ['Infinity', { a: Number.POSITIVE_INFINITY }],
    ['a Date', { a: new Date(0) }],
    ['a Map', { a: new Map() }],
    ['a bigint', { a: 1n }],
    ['a function', { a: () => 1 }],
  ])('refuses %s instead of hashing something else', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});
