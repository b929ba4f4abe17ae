/**
 * The demo shop's settlements: a POS terminal and two QR merchant accounts, about six weeks of business days,
 * most of them received on time, and the two cases the morning check exists for (DOMAIN §3.5): one card day
 * held back (late) and one WeChat day that arrived short. Deterministic for a seed and a clock.
 */
import { addDays } from '../calendar/iso-date';
import type { IsoDate } from '../calendar/iso-date';
import { formatLocalDate } from '../domain/local-time';
import { fen } from '../domain/money';
import type { Hasher } from '../ports';
import { createSettlementDay, withSettlementReceived } from '../settlements/settlement-records';
import { DEFAULT_TOLERANCE_FEN } from '../settlements/settlement';
import type { SettlementAccount, SettlementCycle, SettlementDay } from '../settlements/settlement';
import { Random } from './prng';

export interface DemoSettlementOptions {
  readonly seed: number;
  readonly now: Date;
  readonly hasher: Hasher;
  /** The expected settlement date of a business day (the app's working calendar). */
  readonly expectedBy: (businessDate: IsoDate, cycle: SettlementCycle) => IsoDate;
  /** Default 42. */
  readonly days?: number;
}

export interface DemoSettlements {
  readonly accounts: SettlementAccount[];
  readonly days: SettlementDay[];
}

const T1: SettlementCycle = { basis: 'T', days: 1 };

export const DEMO_SETTLEMENT_ACCOUNTS: readonly SettlementAccount[] = [
  {
    id: 'demo-account-pos',
    name: '收银台 POS',
    source: 'pos',
    acquirer: '银联商务',
    merchantNo: '898440358120032',
    terminalNo: '10382716',
    cycle: T1,
    feeRateBp: 60,
    feeReturnedOnRefund: false,
    toleranceFen: DEFAULT_TOLERANCE_FEN,
  },
  { id: 'demo-account-wechat', name: '微信收款码', source: 'wechat', acquirer: '微信支付', cycle: T1, feeRateBp: 60, feeReturnedOnRefund: true, toleranceFen: DEFAULT_TOLERANCE_FEN },
  { id: 'demo-account-alipay', name: '支付宝收款码', source: 'alipay', acquirer: '支付宝', cycle: T1, feeRateBp: 60, feeReturnedOnRefund: false, toleranceFen: DEFAULT_TOLERANCE_FEN },
];

/** Average sale in fen and sales a day, per account: card sales are fewer and larger. */
const SHAPE: Readonly<Record<string, { readonly sale: number; readonly min: number; readonly max: number }>> = {
  'demo-account-pos': { sale: 18_000, min: 4, max: 14 },
  'demo-account-wechat': { sale: 6_500, min: 15, max: 45 },
  'demo-account-alipay': { sale: 7_000, min: 6, max: 20 },
};

const SHORT_BY = fen(2_340);

export function buildDemoSettlements(options: DemoSettlementOptions): DemoSettlements {
  const random = new Random(options.seed ^ 0x5e771e);
  const today = formatLocalDate(options.now);
  const span = options.days ?? 42;
  const accounts = [...DEMO_SETTLEMENT_ACCOUNTS];
  const days: SettlementDay[] = [];
  // The card day held back: the last one whose money was due before yesterday. The short one: a WeChat day a week ago.
  const heldDate = lastBusinessDateDueBefore(options, addDays(today, -1));
  const shortDate = addDays(today, -8);

  for (let offset = span; offset >= 1; offset -= 1) {
    const businessDate = addDays(today, -offset);
    for (const account of accounts) {
      const shape = SHAPE[account.id] ?? { sale: 5_000, min: 5, max: 10 };
      const salesCount = random.int(shape.min, shape.max);
      const salesAmount = fen(salesCount * Math.round(shape.sale * (0.6 + random.next() * 0.8)));
      const refundsCount = random.chance(0.25) ? random.int(1, 2) : 0;
      const refundsAmount = fen(refundsCount * Math.round(shape.sale * (0.3 + random.next() * 0.5)));
      const at = new Date(`${businessDate}T21:30:00+08:00`);
      const batchNo = account.source === 'pos' ? String(100 + span - offset).padStart(6, '0') : undefined;
      let day = createSettlementDay({
        input: {
          requestId: `demo-${account.id}-${businessDate}`,
          accountId: account.id,
          businessDate,
          ...(batchNo === undefined ? {} : { batchNo }),
          takings: { salesCount, salesAmount, refundsCount, refundsAmount },
          actor: '店长',
        },
        account,
        id: `demo-settlement-${account.id.slice(13)}-${businessDate}`,
        now: at,
        today: businessDate,
        hasher: options.hasher,
      });
      const expectedBy = options.expectedBy(businessDate, account.cycle);
      const held = account.source === 'pos' && businessDate === heldDate;
      if (expectedBy < today && !held) {
        const short = account.source === 'wechat' && businessDate === shortDate;
        // Per-sale fee rounding makes real credits differ by a few fen; the short day is well beyond the tolerance.
        const amount = fen(Math.max(0, day.expectedNet - (short ? SHORT_BY : random.int(0, 6))));
        day = withSettlementReceived(day, { id: day.id, amount, date: expectedBy, actor: '店长' }, new Date(`${expectedBy}T15:00:00+08:00`), expectedBy, options.hasher);
      }
      days.push(day);
    }
  }
  return { accounts, days };
}

function lastBusinessDateDueBefore(options: DemoSettlementOptions, limit: IsoDate): IsoDate {
  let date = addDays(limit, -1);
  while (options.expectedBy(date, T1) >= limit) date = addDays(date, -1);
  return date;
}
