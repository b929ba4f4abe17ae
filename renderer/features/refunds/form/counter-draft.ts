/**
 * The counter fields of the form (where the money goes, its confirmation, the look-alike confirmation) as
 * plain data, and the pure advice the form shows from the settings: void or refund, window, fee estimate.
 */
import { adviseRoute } from '../../../../electron/common/domain/refund-route';
import type { RouteAdvice } from '../../../../electron/common/domain/refund-route';
import type { CounterSettings } from '../../../../electron/common/domain/counter-settings';
import { EMPTY_COUNTER_SETTINGS } from '../../../../electron/common/domain/counter-settings';
import { holdsMoney } from '../../../../electron/common/domain/lifecycle';
import { estimateFee } from '../../../../electron/common/domain/fee-estimate';
import type { FeeEstimate } from '../../../../electron/common/domain/fee-estimate';
import type { Fen } from '../../../../electron/common/domain/money';
import { destinationKindsFor, needsConfirmation } from '../../../../electron/common/domain/refund-destination';
import type { DestinationKind, RefundDestination } from '../../../../electron/common/domain/refund-destination';
import { refundWindowOf } from '../../../../electron/common/domain/refund-limits';
import type { RefundWindow } from '../../../../electron/common/domain/refund-limits';
import type { PaymentLookupResult, CreateRefundInput } from '../../../../electron/common/ipc/contract';
import type { RefundDraft } from './form-draft';

export interface CreateExtras {
  readonly destination?: RefundDestination;
  readonly destinationConfirmed?: boolean;
  readonly confirmDuplicate?: boolean;
}

export function withExtras(input: CreateRefundInput, extra: CreateExtras | undefined): CreateRefundInput {
  if (extra === undefined) return input;
  return {
    ...input,
    refund: {
      ...input.refund,
      ...(extra.destination === undefined ? {} : { destination: extra.destination }),
      ...(extra.destinationConfirmed === undefined ? {} : { destinationConfirmed: extra.destinationConfirmed }),
    },
    ...(extra.confirmDuplicate === true ? { confirmDuplicate: true } : {}),
  };
}

export interface DestinationDraft {
  readonly kind: DestinationKind;
  readonly detail: string;
  readonly confirmed: boolean;
}

export const ORIGINAL_DRAFT: DestinationDraft = { kind: 'original', detail: '', confirmed: false };

/** The destination the form sends: the original route whenever the refund type allows nothing else. */
export function destinationOf(draft: DestinationDraft, type: RefundDraft['type']): CreateExtras {
  if (!destinationKindsFor(type).includes(draft.kind) || draft.kind === 'original') return { destination: { kind: 'original' } };
  const detail = draft.detail.trim();
  const destination: RefundDestination = detail === '' ? { kind: draft.kind } : { kind: draft.kind, detail };
  return { destination, destinationConfirmed: needsConfirmation(destination) && draft.confirmed };
}

export interface CounterAdvice {
  readonly route: RouteAdvice;
  readonly window: RefundWindow;
  readonly fee: FeeEstimate;
  readonly policy: string | undefined;
}

export function counterAdviceOf(
  draft: RefundDraft,
  net: Fen | undefined,
  lookup: PaymentLookupResult | undefined,
  settings: CounterSettings | undefined,
  now: Date,
): CounterAdvice {
  const counter = settings ?? EMPTY_COUNTER_SETTINGS;
  const terminalNo = draft.ids.terminalNo;
  const earlierRefunds = lookup?.found === true ? lookup.refunds.filter((refund) => holdsMoney(refund.status)).length : 0;
  const question = { channel: draft.channel, paidAt: draft.paidAt, terminalNo, settings: counter };
  return {
    route: adviseRoute({ ...question, now, earlierRefunds }),
    window: refundWindowOf({ ...question, type: draft.type }),
    fee: net === undefined || net <= 0 ? { kind: 'none' } : estimateFee({ ...question, type: draft.type, net, now }),
    policy: counter.refundPolicy,
  };
}
