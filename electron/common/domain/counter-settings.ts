/**
 * What the owner knows about the shop's payment set-up and nobody publishes (DOMAIN §3.3–3.4): each POS
 * terminal's acquirer and settlement cutoff, each acquirer's refund window and fee rule, the Alipay window,
 * the WeChat Pay fee rate, and the refund policy shown to customers. Every value is unset until the owner
 * sets it; an unset value makes the app say "unknown", never guess.
 */

export interface PosTerminal {
  /** 终端编号 as printed on the slip (≤ 8 characters). */
  readonly terminalNo: string;
  /** 收单机构, e.g. 银联商务, 拉卡拉; links to an AcquirerRule of the same name. */
  readonly acquirer: string;
  /** Daily settlement (结算) time `HH:mm`; absent means "ask the owner". */
  readonly cutoff?: string;
}

export interface AcquirerRule {
  readonly name: string;
  /** How many days after the sale a 退货 is accepted; absent means unknown (no acquirer publishes it). */
  readonly refundWindowDays?: number;
  /** Whether the acquirer returns its fee on a 退货; absent means unknown. */
  readonly feeReturnedOnRefund?: boolean;
}

export interface CounterSettings {
  readonly terminals: readonly PosTerminal[];
  readonly acquirers: readonly AcquirerRule[];
  /** Alipay's refund window from the shop's contract, in days; absent means unknown. */
  readonly alipayRefundWindowDays?: number;
  /** The shop's WeChat Pay fee rate in basis points (0.6% = 60); absent means no fee estimate. */
  readonly wechatFeeRateBp?: number;
  /** The refund policy shown to customers; a copy is kept with every refund. */
  readonly refundPolicy?: string;
}

export const EMPTY_COUNTER_SETTINGS: CounterSettings = Object.freeze({
  terminals: Object.freeze([]),
  acquirers: Object.freeze([]),
});

export const COUNTER_LIMITS = {
  terminals: 50,
  acquirers: 50,
  policy: 1000,
  name: 100,
  terminalNo: 16,
  /** 36 500 days: a century is "unlimited" enough for a contract field. */
  windowDays: 36_500,
  /** 10% in basis points: far above any real rate, so a typo like 60 for 0.6% is still fine and 6000 is not. */
  feeRateBp: 1000,
} as const;

const CUTOFF = /^([01]\d|2[0-3]):([0-5]\d)$/u;

/** Minutes after midnight of `HH:mm`, or undefined when it is not a time of day. */
export function cutoffMinutes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = CUTOFF.exec(text);
  if (match === null) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The terminal a card payment was taken on: by its number, or the shop's only terminal when the number was
 * not typed (most small shops have one, and the owner should not have to type it at the counter).
 */
export function terminalOf(settings: CounterSettings, terminalNo: string | undefined): PosTerminal | undefined {
  const wanted = terminalNo?.trim() ?? '';
  if (wanted === '') return settings.terminals.length === 1 ? settings.terminals[0] : undefined;
  return settings.terminals.find((terminal) => terminal.terminalNo === wanted);
}

export function acquirerOf(settings: CounterSettings, terminal: PosTerminal | undefined): AcquirerRule | undefined {
  if (terminal === undefined) return undefined;
  return settings.acquirers.find((rule) => rule.name === terminal.acquirer);
}

/** Trimmed, blank optional values dropped, one entry per terminal no. and per acquirer name (the last wins). */
export function cleanCounterSettings(input: CounterSettings): CounterSettings {
  const terminals = new Map<string, PosTerminal>();
  for (const terminal of input.terminals) {
    const terminalNo = terminal.terminalNo.trim();
    if (terminalNo === '') continue;
    const cutoff = terminal.cutoff?.trim() ?? '';
    terminals.set(terminalNo, { terminalNo, acquirer: terminal.acquirer.trim(), ...(cutoff === '' ? {} : { cutoff }) });
  }
  const acquirers = new Map<string, AcquirerRule>();
  for (const rule of input.acquirers) {
    const name = rule.name.trim();
    if (name === '') continue;
    acquirers.set(name, {
      name,
      ...(rule.refundWindowDays === undefined ? {} : { refundWindowDays: rule.refundWindowDays }),
      ...(rule.feeReturnedOnRefund === undefined ? {} : { feeReturnedOnRefund: rule.feeReturnedOnRefund }),
    });
  }
  const refundPolicy = input.refundPolicy?.trim() ?? '';
  return {
    terminals: [...terminals.values()],
    acquirers: [...acquirers.values()],
    ...(input.alipayRefundWindowDays === undefined ? {} : { alipayRefundWindowDays: input.alipayRefundWindowDays }),
    ...(input.wechatFeeRateBp === undefined ? {} : { wechatFeeRateBp: input.wechatFeeRateBp }),
    ...(refundPolicy === '' ? {} : { refundPolicy }),
  };
}
