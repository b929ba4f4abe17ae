/**
 * The owner's settlement accounts (a POS terminal, a WeChat or Alipay merchant account …): checked and
 * cleaned before they are saved, each problem named by field so the form can point at it.
 */
import { DomainError } from '../domain/errors';
import { fen } from '../domain/money';
import { optionalText, refuseFullCardNumbers, requiredText } from '../domain/text-rules';
import type { IdGenerator } from '../ports';
import type { SettlementAccountInput } from '../ipc/contract-settlements';
import { SETTLEMENT_LIMITS } from './settlement';
import type { SettlementAccount } from './settlement';

function inRange(value: number, max: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new DomainError('value_out_of_range', `Enter a whole number from 0 to ${max}.`, { field, params: { min: 0, max } });
  }
}

function limited(value: string | undefined, max: number, field: string): string | undefined {
  const text = optionalText(value);
  if (text !== undefined && text.length > max) throw new DomainError('too_long', `At most ${max} characters.`, { field, params: { max } });
  return text;
}

/**
 * New accounts get an id; an account that disappears from the list is kept archived, because settlement days
 * still point at it. Names must be unique, so the owner can tell accounts apart in the monthly view.
 */
export function cleanSettlementAccounts(
  input: readonly SettlementAccountInput[],
  existing: readonly SettlementAccount[],
  ids: IdGenerator,
): SettlementAccount[] {
  // Ids are random UUIDs, whose digits could pass for a card number by chance; only typed text is searched.
  refuseFullCardNumbers(
    input.map(({ id: _id, ...typed }) => typed),
    'accounts',
  );
  if (input.length > SETTLEMENT_LIMITS.accounts) {
    throw new DomainError('value_out_of_range', 'Too many accounts.', { field: 'accounts', params: { min: 0, max: SETTLEMENT_LIMITS.accounts } });
  }
  const names = new Set<string>();
  const listed = new Set<string>();
  const out: SettlementAccount[] = input.map((account, index) => {
    const at = (field: string) => `accounts.${index}.${field}`;
    const name = requiredText(account.name, at('name'), 'Name the account.');
    if (name.length > SETTLEMENT_LIMITS.name) throw new DomainError('too_long', 'Name too long.', { field: at('name'), params: { max: SETTLEMENT_LIMITS.name } });
    if (names.has(name)) throw new DomainError('invalid_argument', 'Two accounts have the same name.', { field: at('name') });
    names.add(name);
    inRange(account.cycle.days, SETTLEMENT_LIMITS.cycleDays, at('cycle.days'));
    inRange(account.feeRateBp, SETTLEMENT_LIMITS.feeRateBp, at('feeRateBp'));
    inRange(account.toleranceFen, SETTLEMENT_LIMITS.toleranceFen, at('toleranceFen'));
    const known = account.id === undefined ? undefined : existing.find((entry) => entry.id === account.id);
    if (account.id !== undefined && known === undefined) throw new DomainError('not_found', 'This account no longer exists.', { field: at('name') });
    if (known !== undefined) {
      if (listed.has(known.id)) throw new DomainError('invalid_argument', 'The same account is listed twice.', { field: at('name') });
      listed.add(known.id);
    }
    const acquirer = limited(account.acquirer, SETTLEMENT_LIMITS.acquirer, at('acquirer'));
    const merchantNo = limited(account.merchantNo, SETTLEMENT_LIMITS.merchantNo, at('merchantNo'));
    const terminalNo = account.source === 'pos' ? limited(account.terminalNo, SETTLEMENT_LIMITS.terminalNo, at('terminalNo')) : undefined;
    return {
      id: known?.id ?? ids.newId(),
      name,
      source: account.source,
      ...(acquirer === undefined ? {} : { acquirer }),
      ...(merchantNo === undefined ? {} : { merchantNo }),
      ...(terminalNo === undefined ? {} : { terminalNo }),
      cycle: { basis: account.cycle.basis, days: account.cycle.days },
      feeRateBp: account.feeRateBp,
      feeReturnedOnRefund: account.feeReturnedOnRefund,
      toleranceFen: fen(account.toleranceFen),
      ...(account.archived === true ? { archived: true } : {}),
    };
  });
  const kept = new Set(out.map((account) => account.id));
  const dropped = existing.filter((account) => !kept.has(account.id)).map((account) => ({ ...account, archived: true }));
  return [...out, ...dropped];
}
