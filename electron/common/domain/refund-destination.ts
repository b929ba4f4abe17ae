/**
 * Where a refund's money goes (the wrong-account guard, DOMAIN §2 S2 and §3.8). A refund on a terminal or a
 * platform (撤销, 退货, 原路退款) can only go back along the original route: WeChat refunds reach only the
 * original payer. Money sent any other way — a transfer to 零钱, a card, an account, a manual transfer, a
 * 红包 — is how refunds reach the wrong person, so it is allowed only as "other" and only after the owner
 * confirmed the recipient; the confirmation is stored with the refund.
 */
import { DomainError } from './errors';
import { optionalText } from './text-rules';
import type { RefundType } from './types';

export const DESTINATION_KINDS = ['original', 'wechat_balance', 'card', 'account', 'manual_transfer', 'red_packet'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

export interface RefundDestination {
  readonly kind: DestinationKind;
  /** card: the last 4 digits only; account: the account name; transfer / 红包 / 零钱: the recipient as known. */
  readonly detail?: string;
}

/** What is recorded with a refund at creation, and covered by its facts hash. */
export interface RefundCounterFacts {
  readonly destination: RefundDestination;
  /** True when the owner confirmed a destination other than the original route. */
  readonly destinationConfirmed: boolean;
  /** The refund policy text as it read when the refund was recorded. */
  readonly policyText?: string;
  /** Set when the owner confirmed the refund although it looked like a duplicate of this refund no. */
  readonly duplicateOf?: string;
}

export const ORIGINAL_ROUTE: RefundDestination = Object.freeze({ kind: 'original' });

/** Only `other` refunds may leave the original route; see the file comment. */
export function destinationKindsFor(type: RefundType): readonly DestinationKind[] {
  return type === 'other' ? DESTINATION_KINDS : ['original'];
}

export function needsConfirmation(destination: RefundDestination): boolean {
  return destination.kind !== 'original';
}

/** Trims, checks and returns the destination; throws a DomainError on the field that is wrong. */
export function checkDestination(
  type: RefundType,
  destination: RefundDestination | undefined,
  confirmed: boolean | undefined,
): { readonly destination: RefundDestination; readonly destinationConfirmed: boolean } {
  const kind = destination?.kind ?? 'original';
  if (!destinationKindsFor(type).includes(kind)) {
    throw new DomainError('destination_not_original', 'This kind of refund can only go back along the original route.', {
      field: 'refund.destination',
      params: { type },
    });
  }
  const detail = optionalText(destination?.detail?.normalize('NFKC'));
  if (kind === 'card' && (detail === undefined || !/^\d{4}$/u.test(detail))) {
    throw new DomainError('card_last4_invalid', 'Enter exactly the last 4 digits of the card.', { field: 'refund.destination.detail' });
  }
  if ((kind === 'account' || kind === 'manual_transfer' || kind === 'red_packet') && detail === undefined) {
    throw new DomainError('required', 'Say who receives the money.', { field: 'refund.destination.detail' });
  }
  const cleaned: RefundDestination = kind === 'original' || detail === undefined ? { kind } : { kind, detail };
  if (needsConfirmation(cleaned) && confirmed !== true) {
    throw new DomainError('destination_not_confirmed', 'Confirm the recipient before sending money another way.', {
      field: 'refund.destinationConfirmed',
    });
  }
  return { destination: cleaned, destinationConfirmed: needsConfirmation(cleaned) };
}
