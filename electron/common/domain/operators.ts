/**
 * The people who work the till. Each has a role (owner 店长 or clerk 店员) and may have a PIN. The PIN is
 * kept only as a slow salted hash (PinHasher port) and never leaves main: the renderer sees `hasPin`.
 * Refund records name their operator by `name` (the hash chain covers names), so names are unique.
 */
import { DomainError } from './errors';

export const OPERATOR_ROLES = ['owner', 'clerk'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** As stored in settings.json. */
export interface Operator {
  readonly id: string;
  readonly name: string;
  readonly role: OperatorRole;
  /** `scrypt$…` (electron/node/pin-hasher.ts); absent when the operator has no PIN. */
  readonly pinHash?: string;
}

/** As the renderer sees an operator: never the hash. */
export interface OperatorSummary {
  readonly id: string;
  readonly name: string;
  readonly role: OperatorRole;
  readonly hasPin: boolean;
}

/** 4–6 digits: typed on a till's number pad, and short enough to type while a customer waits. */
export const PIN_PATTERN = /^\d{4,6}$/u;

export function checkPinFormat(pin: string, field = 'pin'): string {
  const normalised = pin.normalize('NFKC');
  if (!PIN_PATTERN.test(normalised)) {
    throw new DomainError('pin_format', 'A PIN is 4 to 6 digits.', { field });
  }
  return normalised;
}

export function summaryOf(operator: Operator): OperatorSummary {
  return { id: operator.id, name: operator.name, role: operator.role, hasPin: operator.pinHash !== undefined };
}

export function operatorByName(operators: readonly Operator[], name: string): Operator | undefined {
  return operators.find((operator) => operator.name === name);
}

export function ownersOf(operators: readonly Operator[]): readonly Operator[] {
  return operators.filter((operator) => operator.role === 'owner');
}

/**
 * Step 1 stored operators as a list of names. The first was the owner named on the first-run screen; the
 * others (the demo shop's) were clerks. Ids are derived from the position so that loading the same old file
 * twice gives the same ids even before the next save writes the new shape.
 */
export function migrateOperatorNames(names: readonly string[]): Operator[] {
  return names.map((name, index) => ({ id: `op-${index + 1}`, name, role: index === 0 ? 'owner' : 'clerk' }));
}
