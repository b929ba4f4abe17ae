/** The settlement accounts as the settings form holds them (text in inputs) and back; pure, unit-tested. */
import { fen, formatYuanPlain, parseAmount } from '../../../electron/common/domain/money';
import type { Fen } from '../../../electron/common/domain/money';
import type { SettlementAccountInput } from '../../../electron/common/ipc/contract-settlements';
import { DEFAULT_TOLERANCE_FEN, SETTLEMENT_LIMITS } from '../../../electron/common/settlements/settlement';
import type { CycleBasis, SettlementAccount, SettlementSource } from '../../../electron/common/settlements/settlement';
import { formatRatePercent, parseRatePercent } from '../settlements/fee-rate';
import { rowKey } from './counter-settings-draft';

export interface AccountRow {
  readonly key: string;
  readonly id?: string;
  readonly name: string;
  readonly source: SettlementSource;
  readonly acquirer: string;
  readonly merchantNo: string;
  readonly terminalNo: string;
  readonly basis: CycleBasis;
  readonly days: string;
  /** Percent text, e.g. `0.60`. */
  readonly feeRate: string;
  readonly feeReturned: boolean;
  /** Yuan text, e.g. `1.00`. */
  readonly tolerance: string;
  readonly archived: boolean;
}

export function rowOf(account: SettlementAccount): AccountRow {
  return {
    key: rowKey(),
    id: account.id,
    name: account.name,
    source: account.source,
    acquirer: account.acquirer ?? '',
    merchantNo: account.merchantNo ?? '',
    terminalNo: account.terminalNo ?? '',
    basis: account.cycle.basis,
    days: String(account.cycle.days),
    feeRate: formatRatePercent(account.feeRateBp),
    feeReturned: account.feeReturnedOnRefund,
    tolerance: formatYuanPlain(account.toleranceFen),
    archived: account.archived === true,
  };
}

/** A new row: T+1 (the usual card-POS cycle, DOMAIN §3.5) and ¥1.00 tolerance; the rate is left for the owner. */
export function newRow(): AccountRow {
  return {
    key: rowKey(),
    name: '',
    source: 'pos',
    acquirer: '',
    merchantNo: '',
    terminalNo: '',
    basis: 'T',
    days: '1',
    feeRate: '',
    feeReturned: false,
    tolerance: formatYuanPlain(DEFAULT_TOLERANCE_FEN),
    archived: false,
  };
}

/** Which box is wrong, named as main names it (`accounts.0.feeRateBp`), and which message says why. */
export type RowProblem = 'invalidRate' | 'invalidDays' | 'invalidTolerance';
export type AccountsCheck =
  | { readonly ok: true; readonly value: SettlementAccountInput[] }
  | { readonly ok: false; readonly field: string; readonly problem: RowProblem };

function tolerance(text: string): Fen | undefined {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return fen(0);
  if (/^[¥￥]?\s*0*(?:\.0*)?$/u.test(trimmed)) return fen(0);
  try {
    const value = parseAmount(trimmed, 'tolerance');
    return value > SETTLEMENT_LIMITS.toleranceFen ? undefined : value;
  } catch {
    return undefined;
  }
}

export function accountsOf(rows: readonly AccountRow[]): AccountsCheck {
  const value: SettlementAccountInput[] = [];
  for (const [index, row] of rows.entries()) {
    const at = (field: string) => `accounts.${index}.${field}`;
    const days = row.days.trim();
    if (!/^\d{1,2}$/u.test(days) || Number(days) > SETTLEMENT_LIMITS.cycleDays) return { ok: false, field: at('cycle.days'), problem: 'invalidDays' };
    const rate = parseRatePercent(row.feeRate);
    if (rate === undefined) return { ok: false, field: at('feeRateBp'), problem: 'invalidRate' };
    const toleranceFen = tolerance(row.tolerance);
    if (toleranceFen === undefined) return { ok: false, field: at('toleranceFen'), problem: 'invalidTolerance' };
    const text = (entry: string) => entry.trim();
    value.push({
      ...(row.id === undefined ? {} : { id: row.id }),
      name: row.name.trim(),
      source: row.source,
      ...(text(row.acquirer) === '' ? {} : { acquirer: text(row.acquirer) }),
      ...(text(row.merchantNo) === '' ? {} : { merchantNo: text(row.merchantNo) }),
      ...(row.source !== 'pos' || text(row.terminalNo) === '' ? {} : { terminalNo: text(row.terminalNo) }),
      cycle: { basis: row.basis, days: Number(days) },
      feeRateBp: rate,
      feeReturnedOnRefund: row.feeReturned,
      toleranceFen,
      ...(row.archived ? { archived: true } : {}),
    });
  }
  return { ok: true, value };
}
