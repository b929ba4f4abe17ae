/**
 * First run: name the shop and its first operator, optionally fill the ledger with the demo shop.
 * Also the text checks for settings, which are free text like any other field.
 */
import { containsFullCardNumber } from '../domain/card-number';
import { DomainError } from '../domain/errors';
import type { SettingsPatch, SetupInput } from '../ipc/contract';
import type { RefundLedger } from '../ledger/refund-ledger';
import { buildDemoShop, DEMO_OPERATORS } from '../demo/demo-shop';
import { checkPinFormat } from '../domain/operators';
import type { Operator } from '../domain/operators';
import type { Clock, Hasher, IdGenerator, PinHasher, SettingsStore } from '../ports';

/** The operator a fresh shop starts with when the form is left empty: "the owner". */
export const DEFAULT_OPERATOR = '店长';
/** Fixed so that every demo shop, screenshot and benchmark sees the same records. */
export const DEMO_SEED = 20261122;

function refuseCardNumber(value: string | undefined, field: string): void {
  if (value !== undefined && containsFullCardNumber(value)) {
    throw new DomainError('full_card_number', 'Remove the full card number.', { field });
  }
}

export function checkSettingsText(patch: SettingsPatch): void {
  refuseCardNumber(patch.shopName, 'shopName');
  refuseCardNumber(patch.lastOperator, 'lastOperator');
}

export interface SetupDeps {
  readonly settings: SettingsStore;
  readonly ledger: RefundLedger;
  readonly clock: Clock;
  readonly hasher: Hasher;
  readonly ids: IdGenerator;
  readonly pins: PinHasher;
  /** Adds the demo shop's settlement accounts and days (settlements/), next to its refunds. */
  readonly seedDemoSettlements?: () => Promise<void>;
  /** Adds the demo shop's cases (cases/), after its refunds and settlements, which they link. */
  readonly seedDemoCases?: () => Promise<void>;
}

/** Resolves to the owner's operator id, so the caller can start the owner's session. */
export function createSetupHandler(deps: SetupDeps): (input: SetupInput) => Promise<string> {
  return async (input) => {
    const shopName = input.shopName.trim();
    const operatorName = input.operatorName.trim() || DEFAULT_OPERATOR;
    if (shopName === '') throw new DomainError('required', 'Enter the shop name.', { field: 'shopName' });
    refuseCardNumber(shopName, 'shopName');
    refuseCardNumber(operatorName, 'operatorName');
    // The PIN is checked before anything is saved, so a mistyped PIN leaves the shop not set up yet.
    const pin = input.ownerPin === undefined || input.ownerPin === '' ? undefined : checkPinFormat(input.ownerPin, 'ownerPin');
    const pinHash = pin === undefined ? undefined : await deps.pins.hash(pin);
    // The first operator is the owner (店长); the demo shop's other people are clerks.
    const owner: Operator = { id: deps.ids.newId(), name: operatorName, role: 'owner', ...(pinHash === undefined ? {} : { pinHash }) };
    const operators: Operator[] = [owner];
    // Demo records go in only once, into an empty ledger, so real records are never mixed with invented ones.
    if (input.loadDemo && deps.ledger.count === 0) {
      const demo = buildDemoShop({ seed: DEMO_SEED, now: deps.clock.now(), hasher: deps.hasher });
      await deps.ledger.importRecords(demo);
      await deps.seedDemoSettlements?.();
      await deps.seedDemoCases?.();
      for (const name of DEMO_OPERATORS) {
        if (!operators.some((operator) => operator.name === name)) operators.push({ id: deps.ids.newId(), name, role: 'clerk' });
      }
    }
    await deps.settings.update({ setupDone: true, shopName, language: input.language, operators });
    return owner.id;
  };
}
