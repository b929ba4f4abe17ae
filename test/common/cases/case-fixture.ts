/** Linked records and a case opener for the case tests: a card sale and its refund, a QR sale, a settlement day. */
import type { Case, CaseKind, CaseLink } from '../../../electron/common/cases/case';
import type { CaseLinkLookup } from '../../../electron/common/cases/case-links';
import { openCase } from '../../../electron/common/cases/case-open';
import { fen } from '../../../electron/common/domain/money';
import type { Payment, Refund } from '../../../electron/common/domain/types';
import type { OpenCaseInput } from '../../../electron/common/ipc/contract-cases';
import type { SettlementDay } from '../../../electron/common/settlements/settlement';
import { nodeHasher } from '../../support/node-hasher';
import { payment, refund } from '../../support/storage-records';

/** 10:00 in Shanghai (vitest runs with TZ=Asia/Shanghai). */
export const NOW = new Date('2026-11-20T10:00:00+08:00');
export const TODAY = '2026-11-20';

export const CARD_SALE: Payment = payment('p-1', {
  channel: 'unionpay_debit',
  paidAt: '2026-11-02T14:30',
  amount: fen(12_000),
  ids: { merchantNo: '898310012345678', terminalNo: '12345678', referenceNo: '123456789012', voucherNo: '000321', cardLast4: '1234' },
  matchKey: 'card:p-1',
});
export const QR_SALE: Payment = payment('p-2', { paidAt: '2026-11-03T09:15', amount: fen(12_000) });
export const CASH_SALE: Payment = payment('p-3', { channel: 'cash', ids: {}, matchKey: '' });

export const CARD_REFUND: Refund = refund('r-1', 'p-1', {
  type: 'card_refund',
  number: 'TK-202611-0007',
  status: 'processing',
  counter: { destination: { kind: 'original' }, destinationConfirmed: false, policyText: '七日内凭小票退货' },
});
export const PLAIN_REFUND: Refund = refund('r-2', 'p-2', { number: 'TK-202611-0008' });

export const SETTLEMENT: SettlementDay = {
  id: 's-1',
  requestId: 'req-s-1',
  accountId: 'acc-1',
  businessDate: '2026-11-02',
  takings: { salesCount: 10, salesAmount: fen(100_000), refundsCount: 0, refundsAmount: fen(0) },
  cycle: { basis: 'T', days: 1 },
  feeRateBp: 60,
  feeReturnedOnRefund: false,
  toleranceFen: fen(100),
  expectedFee: fen(600),
  expectedNet: fen(99_400),
  createdAt: '2026-11-02T13:00:00.000Z',
  updatedAt: '2026-11-02T13:00:00.000Z',
  events: [],
};
export const SETTLEMENT_RECEIVED: SettlementDay = { ...SETTLEMENT, id: 's-2', received: { amount: fen(98_000), date: '2026-11-03' } };

const REFUNDS = new Map([CARD_REFUND, PLAIN_REFUND].map((entry) => [entry.id, entry]));
const PAYMENTS = new Map([CARD_SALE, QR_SALE, CASH_SALE].map((entry) => [entry.id, entry]));
const SETTLEMENTS = new Map([SETTLEMENT, SETTLEMENT_RECEIVED].map((entry) => [entry.id, entry]));

export const lookup: CaseLinkLookup = {
  refund: (id) => {
    const found = REFUNDS.get(id);
    const paid = found === undefined ? undefined : PAYMENTS.get(found.paymentId);
    return found === undefined || paid === undefined ? undefined : { refund: found, payment: paid };
  },
  payment: (id) => PAYMENTS.get(id),
  settlement: (id) => SETTLEMENTS.get(id),
};

export const link = (type: CaseLink['type'], id: string): CaseLink => ({ type, id });

export function openInput(kind: CaseKind, links: readonly CaseLink[], overrides: Partial<OpenCaseInput> = {}): OpenCaseInput {
  return {
    requestId: `req-${kind}`,
    kind,
    links,
    counterparty: { kind: 'acquirer', name: '银联商务客服', phone: '95516' },
    actor: '店长',
    ...overrides,
  };
}

export function opened(kind: CaseKind, links: readonly CaseLink[], overrides: Partial<OpenCaseInput> = {}, number = 'AJ-202611-0001'): Case {
  return openCase({ input: openInput(kind, links, overrides), id: `case-${kind}`, number, now: NOW, today: TODAY, lookup, hasher: nodeHasher });
}
