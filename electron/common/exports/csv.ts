/**
 * CSV for Excel and WPS: UTF-8 with a BOM (without it Excel on Chinese Windows reads GBK and the headers turn to
 * mojibake), CRLF line ends and RFC 4180 quoting. Text cells that a spreadsheet would take as a formula get a
 * leading `'` (OWASP CSV injection, RELIABILITY §4); numbers the app wrote itself are left as numbers.
 */
import type { Cell, Sheet } from './sheet';
import { yuanNumber } from './sheet';

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\n]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** `=1+1` → `'=1+1`: Excel, WPS and LibreOffice show the text and never evaluate it. */
export function neutraliseText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if ('fen' in cell) return yuanNumber(cell.fen);
  if ('count' in cell) return String(cell.count);
  if ('date' in cell) return quote(neutraliseText(cell.date));
  return quote(neutraliseText(cell.text));
}

/**
 * The whole file as one string. Lines go into an array and are joined once: 50,000 rows by repeated `+=` would
 * copy the growing string over and over.
 */
export function toCsv(sheet: Sheet): string {
  const lines: string[] = [sheet.columns.map((column) => quote(neutraliseText(column.header))).join(',')];
  for (const row of sheet.rows) lines.push(row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
