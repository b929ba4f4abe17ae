/**
 * How long a refund takes to reach the customer, per route (channel × how the customer paid), DOMAIN §3.2.
 * Every default carries the class of its source; the owner can change any row (its source then becomes
 * `owner`) or reset it. A row without a window is "unknown": the app says so instead of guessing.
 */
import { assertNever } from '../domain/errors';
import type { Channel, RefundType } from '../domain/types';

export const ARRIVAL_ROUTES = [
  'wechat_balance',
  'wechat_card',
  'alipay_balance',
  'alipay_card',
  'unionpay_void',
  'unionpay_refund',
  'unionpay_qr',
  'credit_card',
  'huabei',
  'cash',
] as const;
export type ArrivalRoute = (typeof ARRIVAL_ROUTES)[number];

export const SOURCE_CLASSES = ['official', '3rd', 'agent', 'unverified', 'owner', 'counter'] as const;
/** `counter`: handed over at the counter, nothing to wait for; `owner`: set by the shop's owner. */
export type SourceClass = (typeof SOURCE_CLASSES)[number];

export const WINDOW_UNITS = ['minutes', 'working_days'] as const;
export type WindowUnit = (typeof WINDOW_UNITS)[number];

export interface ArrivalWindow {
  readonly unit: WindowUnit;
  readonly min: number;
  readonly max: number;
}

export const WINDOW_LIMITS = { minutes: 10_080, working_days: 60 } as const;

export interface ArrivalRow {
  readonly route: ArrivalRoute;
  /** Absent: no fixed rule known; the owner asks (or sets one). */
  readonly window?: ArrivalWindow;
  readonly source: SourceClass;
  readonly isDefault: boolean;
}

export type ArrivalTable = readonly ArrivalRow[];

/** The owner's change to one route; a missing `window` means "unknown" on purpose. */
export interface ArrivalOverride {
  readonly route: ArrivalRoute;
  readonly window?: ArrivalWindow;
}

const minutes = (min: number, max: number): ArrivalWindow => ({ unit: 'minutes', min, max });
const workingDays = (min: number, max: number): ArrivalWindow => ({ unit: 'working_days', min, max });

export const DEFAULT_ARRIVAL: { readonly [R in ArrivalRoute]: { readonly window?: ArrivalWindow; readonly source: SourceClass } } = {
  wechat_balance: { window: minutes(0, 5), source: 'official' },
  wechat_card: { window: workingDays(1, 3), source: 'official' },
  alipay_balance: { window: minutes(0, 0), source: '3rd' },
  // Alipay estimates each refund (`est_bank_receipt_time`); there is no fixed rule to default to.
  alipay_card: { source: '3rd' },
  unionpay_void: { window: minutes(0, 10), source: 'agent' },
  unionpay_refund: { window: workingDays(3, 5), source: 'agent' },
  unionpay_qr: { window: workingDays(1, 3), source: '3rd' },
  credit_card: { source: 'unverified' },
  huabei: { source: 'unverified' },
  cash: { window: minutes(0, 0), source: 'counter' },
};

export function arrivalTable(overrides: readonly ArrivalOverride[]): ArrivalTable {
  return ARRIVAL_ROUTES.map((route) => {
    const override = overrides.find((entry) => entry.route === route);
    if (override === undefined) return { route, ...DEFAULT_ARRIVAL[route], isDefault: true };
    return { route, ...(override.window === undefined ? {} : { window: override.window }), source: 'owner', isDefault: false };
  });
}

export function isValidWindow(window: ArrivalWindow): boolean {
  const limit = WINDOW_LIMITS[window.unit];
  return Number.isSafeInteger(window.min) && Number.isSafeInteger(window.max) && window.min >= 0 && window.min <= window.max && window.max <= limit;
}

/** How the customer paid, when known. Payments do not record it yet, so routes fall back per channel. */
export type FundingSource = 'balance' | 'debit_card' | 'credit_card' | 'huabei';

/**
 * The routes that may apply. One route when the channel (and funding, if known) decides it; two when it does
 * not (WeChat paid from 零钱 or a card): the estimate then spans both. Empty: no rule (channel `other`).
 */
export function routesOf(channel: Channel, refundType: RefundType, funding?: FundingSource): readonly ArrivalRoute[] {
  if (funding === 'huabei') return ['huabei'];
  switch (channel) {
    case 'wechat':
      if (funding === 'credit_card') return ['credit_card'];
      return funding === 'balance' ? ['wechat_balance'] : funding === 'debit_card' ? ['wechat_card'] : ['wechat_balance', 'wechat_card'];
    case 'alipay':
      if (funding === 'credit_card') return ['credit_card'];
      return funding === 'balance' ? ['alipay_balance'] : funding === 'debit_card' ? ['alipay_card'] : ['alipay_balance', 'alipay_card'];
    case 'unionpay_debit':
      return refundType === 'void' ? ['unionpay_void'] : ['unionpay_refund'];
    case 'unionpay_credit':
      // A void never reaches the card statement; a refund of a credit-card sale follows the issuer's rule.
      return refundType === 'void' ? ['unionpay_void'] : ['credit_card'];
    case 'unionpay_qr':
      return funding === 'credit_card' ? ['credit_card'] : ['unionpay_qr'];
    case 'cash':
      return ['cash'];
    case 'other':
      return [];
    default:
      return assertNever(channel);
  }
}
