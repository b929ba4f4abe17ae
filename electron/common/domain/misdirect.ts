/**
 * After the fact: money that reached the wrong person (DOMAIN §2 S2, §3.8), and every contact with the
 * customer, bank or platform. Both are events in the refund's hash chain, so they are evidence, not edits.
 *
 * Counting rule: a misdirected refund still counts against its payment's remainder — the money left the
 * shop — until the owner records that it was recovered; from then on it no longer counts (the money is
 * back), so the corrected refund fits in the payment and nothing is counted twice. The corrected refund is
 * linked by its number; it is an ordinary refund with its own history.
 */
import { holdsMoney } from './lifecycle';
import type { RefundStatus } from './types';

export const MISDIRECT_KINDS = ['wrong_order', 'manual_transfer', 'rerouted_abnormal'] as const;
export type MisdirectKind = (typeof MISDIRECT_KINDS)[number];

export interface MisdirectReport {
  readonly what: MisdirectKind;
  /** Who got the money, as the owner knows them (a nickname, a masked account). */
  readonly recipient: string;
  /** What was asked of the recipient, the platform or the bank to get it back. */
  readonly recoveryRequest?: string;
  /** The refund no. that sent the money to the right person. */
  readonly correctedBy?: string;
}

/** The refund's current misdirection state, rebuilt from its events. */
export interface MisdirectState extends MisdirectReport {
  readonly recovered: boolean;
}

export const CONTACT_CHANNELS = ['phone', 'message', 'visit', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_PARTIES = ['customer', 'bank', 'platform', 'acquirer', 'recipient', 'other'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];

export interface ContactEntry {
  /** When the contact happened, local `YYYY-MM-DDTHH:mm` (may be earlier than when it was logged). */
  readonly at: string;
  readonly channel: ContactChannel;
  readonly party: ContactParty;
  /** The person spoken to, as they gave it (e.g. "工行客服 8 号"). */
  readonly who?: string;
  readonly summary: string;
}

interface MisdirectEventLike {
  readonly kind: string;
  readonly misdirect?: MisdirectReport;
}

/** The state after these events: the last report wins; a recovery sticks until a new report. */
export function misdirectStateOf(events: readonly MisdirectEventLike[]): MisdirectState | undefined {
  let state: MisdirectState | undefined;
  for (const event of events) {
    if (event.kind === 'misdirected' && event.misdirect !== undefined) state = { ...event.misdirect, recovered: false };
    else if (event.kind === 'misdirect_recovered' && state !== undefined) state = { ...state, recovered: true };
  }
  return state;
}

/** Whether a refund's net counts against its payment: as in remainder.ts (money moved, not recovered). */
export function stillCounts(refund: { readonly status: RefundStatus; readonly misdirect?: MisdirectState }): boolean {
  return holdsMoney(refund.status) && refund.misdirect?.recovered !== true;
}
