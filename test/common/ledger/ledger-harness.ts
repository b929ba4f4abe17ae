/** Builds a ledger on the in-memory store with a controllable clock, and refund inputs with sensible defaults. */
import { fen } from '../../../electron/common/domain/money';
import type { Channel, PaymentIdentifiers, RefundType } from '../../../electron/common/domain/types';
import type { CreateRefundInput, DeductionInput } from '../../../electron/common/ipc/contract';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';

/** 10:00 on 20 November 2026 in Shanghai. */
export const NOW = '2026-11-20T02:00:00.000Z';

export interface Harness {
  readonly ledger: RefundLedger;
  readonly store: MemoryLedgerStore;
  readonly clock: FixedClock;
}

export async function openLedger(
  store = new MemoryLedgerStore(),
  clock = new FixedClock(NOW, 1_000),
  ids = new SequentialIds(),
): Promise<Harness> {
  const ledger = await RefundLedger.open({ store, clock, hasher: nodeHasher, ids });
  return { ledger, store, clock };
}

export interface InputOptions {
  readonly requestId?: string;
  readonly channel?: Channel;
  readonly paidAt?: string;
  /** Yuan, for readability; converted to fen. */
  readonly paid?: number;
  readonly ids?: PaymentIdentifiers;
  readonly type?: RefundType;
  readonly refund?: number;
  readonly deductions?: readonly DeductionInput[];
  readonly customerName?: string;
  readonly customerPhone?: string;
  readonly note?: string;
  readonly operator?: string;
}

let counter = 0;

export function refundInput(options: InputOptions = {}): CreateRefundInput {
  counter += 1;
  const paid = options.paid ?? 129;
  return {
    requestId: options.requestId ?? `req-${counter}`,
    payment: {
      channel: options.channel ?? 'unionpay_debit',
      paidAt: options.paidAt ?? '2026-11-19T15:20',
      amount: fen(Math.round(paid * 100)),
      ids: options.ids ?? { referenceNo: '152000123456', voucherNo: '000321', cardLast4: '1234' },
    },
    refund: {
      type: options.type ?? 'card_refund',
      amount: fen(Math.round((options.refund ?? paid) * 100)),
      deductions: options.deductions ?? [],
      operator: options.operator ?? '店长',
      ...(options.customerName === undefined ? {} : { customerName: options.customerName }),
      ...(options.customerPhone === undefined ? {} : { customerPhone: options.customerPhone }),
      ...(options.note === undefined ? {} : { note: options.note }),
    },
  };
}

export function wechat(transactionNo: string, paid: number, refund = paid, extra: InputOptions = {}): CreateRefundInput {
  return refundInput({ channel: 'wechat', type: 'qr_refund', ids: { transactionNo }, paid, refund, ...extra });
}
