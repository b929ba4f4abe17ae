/**
 * The operator, session and approval part of the contract (contract.ts includes these in Handlers).
 * Nothing here carries a PIN hash: the renderer sees `hasPin` only (domain/operators.ts).
 */
import type { OperatorRole, OperatorSummary } from '../domain/operators';
import type { Settings } from '../ports';

/** Settings as the renderer sees them: operators without their PIN hashes. */
export type PublicSettings = Omit<Settings, 'operators'> & { readonly operators: readonly OperatorSummary[] };

/** Who is working now; main keeps it in memory only, so a restart starts locked when PINs exist. */
export interface SessionState {
  readonly operator?: OperatorSummary;
}

export interface AddOperatorInput {
  readonly name: string;
  readonly role: OperatorRole;
  /** Optional 4–6 digit PIN set at once. */
  readonly pin?: string;
}

export interface SetPinInput {
  readonly operatorId: string;
  readonly pin: string;
  /** Needed to change an owner's PIN (and one's own) when a PIN exists already. */
  readonly currentPin?: string;
}

export interface UnlockInput {
  readonly operatorId: string;
  /** Needed when the operator has a PIN. */
  readonly pin?: string;
}

export interface ApproveInput {
  readonly id: string;
  readonly approverId: string;
  readonly pin: string;
  readonly note?: string;
}

export interface RefuseInput {
  readonly id: string;
  readonly approverId: string;
  readonly pin: string;
  readonly reason: string;
}

