/**
 * A spreadsheet as both writers (CSV and XLSX) see it. A cell says what it is, so the writers never guess from
 * the text: money the app computed from integer fen is a number, everything a person typed is text — even
 * `-2+3` or `123` typed into a note stays text (RELIABILITY §4).
 */
import type { Fen } from '../domain/money';

export type Cell =
  | { readonly text: string }
  /** An amount in fen, written as yuan with two decimals. */
  | { readonly fen: Fen }
  /** A count (笔数): a whole number. */
  | { readonly count: number }
  /** A local date or minute the app formatted itself (`YYYY-MM-DD` or `YYYY-MM-DD HH:mm`), kept as text. */
  | { readonly date: string }
  | null;

export interface Column {
  readonly header: string;
  /** Width in characters, for the XLSX `<col>`; CSV ignores it. */
  readonly width: number;
}

export interface Sheet {
  readonly name: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

export const text = (value: string | undefined): Cell => (value === undefined || value === '' ? null : { text: value });
export const money = (value: Fen | undefined): Cell => (value === undefined ? null : { fen: value });
export const count = (value: number): Cell => ({ count: value });
export const date = (value: string | undefined): Cell => (value === undefined || value === '' ? null : { date: value });

/**
 * `-123456` → `-1234.56`, from integers only (never a float multiplication), so the figure in the file is exactly
 * the fen the ledger holds. No thousands separator: Excel and WPS read this as a number in every locale setting
 * that uses `.` for decimals, which is every mainland-China setting.
 */
export function yuanNumber(amount: Fen): string {
  const abs = Math.abs(amount);
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${amount < 0 ? '-' : ''}${Math.floor(abs / 100)}.${cents}`;
}
