/** The counter settings as the form holds them (text in inputs) and back; pure, unit-tested. */
import type { CounterSettings } from '../../../electron/common/domain/counter-settings';

export interface TerminalRow {
  readonly key: string;
  readonly terminalNo: string;
  readonly acquirer: string;
  readonly cutoff: string;
}

export type FeeChoice = 'unknown' | 'yes' | 'no';

export interface AcquirerRow {
  readonly key: string;
  readonly name: string;
  readonly windowDays: string;
  readonly fee: FeeChoice;
}

export interface CounterSettingsDraft {
  readonly terminals: readonly TerminalRow[];
  readonly acquirers: readonly AcquirerRow[];
  readonly alipayWindowDays: string;
  /** Percent, e.g. `0.6`. */
  readonly wechatRate: string;
  readonly policy: string;
}

let nextKey = 0;
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export function draftOf(settings: CounterSettings | undefined): CounterSettingsDraft {
  return {
    terminals: (settings?.terminals ?? []).map((terminal) => ({
      key: rowKey(),
      terminalNo: terminal.terminalNo,
      acquirer: terminal.acquirer,
      cutoff: terminal.cutoff ?? '',
    })),
    acquirers: (settings?.acquirers ?? []).map((rule) => ({
      key: rowKey(),
      name: rule.name,
      windowDays: rule.refundWindowDays?.toString() ?? '',
      fee: rule.feeReturnedOnRefund === undefined ? 'unknown' : rule.feeReturnedOnRefund ? 'yes' : 'no',
    })),
    alipayWindowDays: settings?.alipayRefundWindowDays?.toString() ?? '',
    wechatRate: settings?.wechatFeeRateBp === undefined ? '' : (settings.wechatFeeRateBp / 100).toString(),
    policy: settings?.refundPolicy ?? '',
  };
}

/** Whole days, or undefined for an empty box; NaN marks a box that holds something else. */
function days(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,5}$/u.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : Number.NaN;
}

/** Percent with up to two decimals → basis points, exactly (no float rounding of 0.58 × 100). */
export function rateBp(text: string): number | undefined {
  const trimmed = text.trim().replace(/%$/u, '');
  if (trimmed === '') return undefined;
  const match = /^(\d{1,2})(?:\.(\d{1,2}))?$/u.exec(trimmed);
  if (match === null) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export type DraftCheck = { readonly ok: true; readonly value: CounterSettings } | { readonly ok: false; readonly field: string };

export function settingsOf(draft: CounterSettingsDraft): DraftCheck {
  for (const [index, row] of draft.terminals.entries()) {
    if (row.cutoff.trim() !== '' && !/^([01]\d|2[0-3]):[0-5]\d$/u.test(row.cutoff.trim())) return { ok: false, field: `terminals.${index}.cutoff` };
  }
  const acquirers = [];
  for (const [index, row] of draft.acquirers.entries()) {
    const window = days(row.windowDays);
    if (Number.isNaN(window)) return { ok: false, field: `acquirers.${index}.windowDays` };
    acquirers.push({
      name: row.name,
      ...(window === undefined ? {} : { refundWindowDays: window }),
      ...(row.fee === 'unknown' ? {} : { feeReturnedOnRefund: row.fee === 'yes' }),
    });
  }
  const alipay = days(draft.alipayWindowDays);
  if (Number.isNaN(alipay)) return { ok: false, field: 'alipayWindowDays' };
  const rate = rateBp(draft.wechatRate);
  if (Number.isNaN(rate) || (rate !== undefined && rate > 1000)) return { ok: false, field: 'wechatRate' };
  return {
    ok: true,
    value: {
      terminals: draft.terminals.map((row) => ({
        terminalNo: row.terminalNo,
        acquirer: row.acquirer,
        ...(row.cutoff.trim() === '' ? {} : { cutoff: row.cutoff.trim() }),
      })),
      acquirers,
      ...(alipay === undefined ? {} : { alipayRefundWindowDays: alipay }),
      ...(rate === undefined ? {} : { wechatFeeRateBp: rate }),
      ...(draft.policy.trim() === '' ? {} : { refundPolicy: draft.policy }),
    },
  };
}
