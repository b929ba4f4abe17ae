/**
 * What `refund.create` will commit, decided without side effects: validation, the payment (found again by its
 * identifiers or new), money rules, counter rules and the approval gate. The ledger runs this inside its queue
 * and commits the result; nothing here touches the store or the indexes.
 */
import { DomainError } from '../domain/errors';
import { monthOfLocal } from '../domain/local-time';
import { formatYuan } from '../domain/money';
import { matchKey } from '../domain/payment-match';
import { checkRefundAmounts } from '../domain/remainder';
import type { Payment, Refund } from '../domain/types';
import { validateCreateRefund } from '../domain/validate-refund';
import type { CreateRefundInput } from '../ipc/contract';
import type { LedgerChange } from '../ports';
import { gateRecorded } from './approval-gate';
import { applyCounterRules } from './counter-rules';
import type { LedgerIndex } from './ledger-index';
import { newPayment, newRefund } from './refund-records';
import type { RefundLedgerDeps } from './refund-ledger';

export interface CreatePlan {
  readonly payment: Payment;
  /** False when the payment is new and must be saved with the refund. */
  readonly paymentKnown: boolean;
  readonly refund: Refund;
  readonly change: LedgerChange;
}

export function planCreate(input: CreateRefundInput, index: LedgerIndex, deps: RefundLedgerDeps): CreatePlan {
  const now = deps.clock.now();
  const valid = validateCreateRefund(input, now);
  const known = index.paymentByMatchKey(matchKey(valid.payment.channel, valid.payment.paidAt, valid.payment.ids));
  if (known !== undefined && known.amount !== valid.payment.amount) {
    throw new DomainError('payment_amount_mismatch', 'This payment was recorded before with another amount.', {
      field: 'payment.amount',
      params: { recorded: formatYuan(known.amount), entered: formatYuan(valid.payment.amount) },
    });
  }
  const payment: Payment = known ?? newPayment(valid.payment, deps.ids.newId(), now);
  const siblings = index.refundsOfPayment(payment.id);
  const net = checkRefundAmounts({
    paymentAmount: payment.amount,
    siblings,
    type: valid.refund.type,
    amount: valid.refund.amount,
    deductions: valid.refund.deductions,
  });
  const counter =
    deps.counterRules === undefined
      ? undefined
      : applyCounterRules({
          input: valid,
          confirmDuplicate: input.confirmDuplicate === true,
          payment,
          paymentKnown: known !== undefined,
          siblings,
          net,
          now,
          index,
          source: deps.counterRules,
        });
  const recorded = newRefund({
    id: deps.ids.newId(),
    number: index.numbers.peek(now),
    requestId: valid.requestId,
    payment,
    input: valid.refund,
    net,
    now,
    hasher: deps.hasher,
    ...(counter === undefined ? {} : { counter }),
  });
  const refund = gateRecorded(recorded, payment, deps.approval?.(), now, deps.hasher);
  return {
    payment,
    paymentKnown: known !== undefined,
    refund,
    change: {
      month: monthOfLocal(payment.paidAt),
      ...(known === undefined ? { payments: [payment] } : {}),
      refunds: [refund],
    },
  };
}
