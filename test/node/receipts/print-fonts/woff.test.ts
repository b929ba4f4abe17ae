import { describe, expect, it } from 'vitest';
import { readWoff, tableChecksum, writeWoff } from '../../../../electron/node/receipts/print-fonts/woff';
import { chunkFor, fontOf } from './font-files';

describe('WOFF 1.0', () => {
  it('reads every table of a bundled chunk file, inflated to its declared length', () => {
    const { flavor, tables } = fontOf(chunkFor('退'));
    expect(flavor).toBe(0x00010000); // TrueType outlines: what Chromium embeds as a CID font
    for (const tag of ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'OS/2', 'post']) expect(tables.has(tag)).toBe(true);
    expect(new DataView(tables.get('head')!.buffer, tables.get('head')!.byteOffset).getUint32(12)).toBe(0x5f0f3cf5); // head's magic number
  });

  it('writes tables that read back byte for byte, in tag order with their checksums', () => {
    const { flavor, tables } = fontOf(chunkFor('款'));
    const written = writeWoff(flavor, tables);
    const again = readWoff(written);
    expect(again.flavor).toBe(flavor);
    expect([...again.tables.keys()]).toEqual([...tables.keys()].sort());
    for (const [tag, table] of tables) expect(again.tables.get(tag)).toEqual(table);
    const view = new DataView(written.buffer);
    expect(view.getUint32(8)).toBe(written.byteLength);
    const firstTag = String.fromCharCode(...written.subarray(44, 48));
    expect(view.getUint32(44 + 16)).toBe(tableChecksum(tables.get(firstTag)!));
  });

  it('sums a table as big-endian words, the last one zero-padded', () => {
    expect(tableChecksum(new Uint8Array([0, 0, 0, 1, 0, 0, 0, 2]))).toBe(3);
    expect(tableChecksum(new Uint8Array([1]))).toBe(0x01000000);
    expect(tableChecksum(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 1]))).toBe(0);
  });

  it('refuses what is not WOFF, or a table that runs past the file', () => {
    expect(() => readWoff(new TextEncoder().encode('<!doctype html> not a font at all, really not'))).toThrow('Not a WOFF font.');
    const { flavor, tables } = fontOf(chunkFor('款'));
    const written = writeWoff(flavor, tables);
    expect(() => readWoff(written.subarray(0, written.byteLength - 100))).toThrow(/runs past the file/u);
  });
});
