/**
 * Operators, their PINs and who is working now (the session). Main owns one directory; the session lives in
 * its memory only, so a restart of an app with PINs starts locked. PINs are checked here and nowhere else,
 * with the back-off of pin-backoff.ts; no method returns or logs a PIN or a hash.
 */
import { DomainError } from '../domain/errors';
import { checkPinFormat, summaryOf } from '../domain/operators';
import type { Operator, OperatorSummary } from '../domain/operators';
import { refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { AddOperatorInput, SessionState, SetPinInput, UnlockInput } from '../ipc/contract-approval';
import type { Clock, IdGenerator, PinHasher, SettingsStore } from '../ports';
import { PinBackoff } from './pin-backoff';

export interface OperatorDirectoryDeps {
  readonly settings: SettingsStore;
  readonly pins: PinHasher;
  readonly ids: IdGenerator;
  readonly clock: Clock;
}

export class OperatorDirectory {
  private currentId: string | undefined;
  private readonly backoff = new PinBackoff();

  constructor(private readonly deps: OperatorDirectoryDeps) {
    // Without a PIN there is nothing to unlock with: start as the operator used last (or the first one).
    const start = this.defaultOperator();
    if (start !== undefined && start.pinHash === undefined) this.currentId = start.id;
  }

  all(): readonly Operator[] {
    return this.deps.settings.get().operators;
  }

  list(): OperatorSummary[] {
    return this.all().map(summaryOf);
  }

  byId(id: string): Operator {
    const operator = this.all().find((candidate) => candidate.id === id);
    if (operator === undefined) throw new DomainError('not_found', 'No such operator.', { field: 'operatorId' });
    return operator;
  }

  current(): Operator | undefined {
    return this.all().find((operator) => operator.id === this.currentId);
  }

  session(): SessionState {
    const operator = this.current();
    return operator === undefined ? {} : { operator: summaryOf(operator) };
  }

  /** After first-run: the person who just set the shop up is working. */
  startSession(id: string): void {
    this.currentId = this.byId(id).id;
  }

  async unlock(input: UnlockInput): Promise<SessionState> {
    const operator = this.byId(input.operatorId);
    if (operator.pinHash !== undefined) await this.verifyPin(operator, input.pin ?? '');
    this.currentId = operator.id;
    return this.session();
  }

  lock(): SessionState {
    this.currentId = undefined;
    return {};
  }

  async add(input: AddOperatorInput): Promise<OperatorSummary[]> {
    this.requireOwnerSession();
    refuseFullCardNumbers({ name: input.name });
    const name = requiredText(input.name, 'name', 'Enter the operator’s name.');
    if (this.all().some((operator) => operator.name === name)) {
      throw new DomainError('operator_exists', 'An operator with this name exists.', { field: 'name', params: { name } });
    }
    const pinHash = input.pin === undefined || input.pin === '' ? undefined : await this.deps.pins.hash(checkPinFormat(input.pin));
    const operator: Operator = { id: this.deps.ids.newId(), name, role: input.role, ...(pinHash === undefined ? {} : { pinHash }) };
    await this.deps.settings.update({ operators: [...this.all(), operator] });
    return this.list();
  }

  /**
   * An owner sets anyone's PIN; a clerk only their own. Changing an existing owner's PIN, or one's own,
   * needs the current PIN, so an unattended unlocked till cannot take over the owner's approvals.
   */
  async setPin(input: SetPinInput): Promise<OperatorSummary[]> {
    const actor = this.current();
    if (actor === undefined) throw new DomainError('not_owner', 'Unlock first.', { field: 'operatorId' });
    const target = this.byId(input.operatorId);
    if (actor.role !== 'owner' && actor.id !== target.id) {
      throw new DomainError('not_owner', 'Only an owner can set another operator’s PIN.', { field: 'operatorId' });
    }
    const pin = checkPinFormat(input.pin);
    if (target.pinHash !== undefined && (target.role === 'owner' || target.id === actor.id)) {
      if (input.currentPin === undefined || input.currentPin === '') {
        throw new DomainError('pin_current_needed', 'Enter the current PIN first.', { field: 'currentPin' });
      }
      await this.verifyPin(target, input.currentPin, 'currentPin');
    }
    const pinHash = await this.deps.pins.hash(pin);
    await this.deps.settings.update({
      operators: this.all().map((operator) => (operator.id === target.id ? { ...operator, pinHash } : operator)),
    });
    return this.list();
  }

  /** Throws pin_not_set, pin_backoff or pin_wrong; resolves when the PIN is right. */
  async verifyPin(operator: Operator, pin: string, field = 'pin'): Promise<void> {
    if (operator.pinHash === undefined) {
      throw new DomainError('pin_not_set', `${operator.name} has no PIN yet.`, { field, params: { name: operator.name } });
    }
    const now = this.deps.clock.now();
    this.backoff.check(operator.id, now);
    if (await this.deps.pins.verify(pin, operator.pinHash)) {
      this.backoff.succeeded(operator.id);
      return;
    }
    this.backoff.failed(operator.id, now);
    throw new DomainError('pin_wrong', 'Wrong PIN.', { field });
  }

  /**
   * Every change to the ledger names who did it. Main, not the renderer, is where that is checked: someone must
   * be signed in, and the name on the change must be one of the shop's operators.
   */
  requireSession(actorName: string, field = 'actor'): Operator {
    const current = this.current();
    if (current === undefined) throw new DomainError('not_signed_in', 'Nobody is signed in.', { field });
    const actor = this.all().find((operator) => operator.name === actorName.trim());
    if (actor === undefined) throw new DomainError('invalid_argument', 'Not one of the shop\'s operators.', { field });
    return actor;
  }

  requireOwnerSession(): Operator {
    const actor = this.current();
    if (actor?.role !== 'owner') {
      throw new DomainError('not_owner', 'Only an owner can do this.', { field: 'operatorId' });
    }
    return actor;
  }

  private defaultOperator(): Operator | undefined {
    const { operators, lastOperator } = this.deps.settings.get();
    return operators.find((operator) => operator.name === lastOperator) ?? operators[0];
  }
}
