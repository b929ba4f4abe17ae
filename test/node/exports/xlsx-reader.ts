/**
 * Opens an .xlsx with Python's zipfile and xml.etree (a strict XML parser outside our code), so a test fails on
 * anything a real spreadsheet program would refuse: a broken zip or malformed XML.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface XlsxCell {
  readonly r: string;
  readonly t: string | null;
  readonly s: string | null;
  readonly v: string | null;
  readonly text: string | null;
}

export interface XlsxContent {
  readonly names: string[];
  readonly formulas: number;
  readonly pane: Record<string, string> | null;
  readonly cols: number;
  readonly sheetName: string;
  readonly fmts: Record<string, string>;
  readonly xfs: { numFmtId: string; fontId: string }[];
  readonly cells: XlsxCell[];
}

const SCRIPT = join(import.meta.dirname, 'read-xlsx.py');

export function readXlsxFile(path: string): XlsxContent {
  return JSON.parse(execFileSync('python3', [SCRIPT, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as XlsxContent;
}

export function readXlsx(bytes: Uint8Array): XlsxContent {
  const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'book.xlsx');
  writeFileSync(path, bytes);
  return readXlsxFile(path);
}

export function cellAt(content: XlsxContent, ref: string): XlsxCell | undefined {
  return content.cells.find((cell) => cell.r === ref);
}
