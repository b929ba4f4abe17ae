import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import type { SettlementAccountInput } from '../../../electron/common/ipc/contract-settlements';
import { cleanSettlementAccounts } from '../../../electron/common/settlements/settlement-accounts';
import { SequentialIds } from '../../support/sequential-ids';
import { deepFreeze, POS, WECHAT } from './settlement-fixture';

const input = (overrides: Partial<SettlementAccountInput> = {}): SettlementAccountInput => ({
  name: '收银台 POS',
  source: 'pos',
  acquirer: '银联商务',
  merchantNo: '898310012345678',
  terminalNo: '01234567',
  cycle: { basis: 'T', days: 1 },
  feeRateBp: 60,
  feeReturnedOnRefund: false,
  toleranceFen: fen(100),
  ...overrides,
});

function expectRefused(accounts: readonly SettlementAccountInput[], existing: readonly object[], code: string, field: string, params?: object): void {
  const frozen = deepFreeze(structuredClone(accounts));
  expect(() => cleanSettlementAccounts(frozen, existing as never, new SequentialIds('acc'))).toThrow(
    expect.objectContaining({ code, field, ...(params === undefined ? {} : { params }) }),
  );
  expect(frozen).toEqual(accounts);
}

describe('cleanSettlementAccounts', () => {
  it('gives new accounts an id and trims what was typed', () => {
    const out = cleanSettlementAccounts(
      [input({ name: '  收银台 POS ', acquirer: ' 银联商务 ' }), input({ name: '微信收款码', source: 'wechat', acquirer: '  ', merchantNo: undefined, terminalNo: undefined })],
      [],
      new SequentialIds('acc'),
    );
    expect(out).toEqual([
      {
        id: 'acc-0001',
        name: '收银台 POS',
        source: 'pos',
        acquirer: '银联商务',
        merchantNo: '898310012345678',
        terminalNo: '01234567',
        cycle: { basis: 'T', days: 1 },
        feeRateBp: 60,
        feeReturnedOnRefund: false,
        toleranceFen: 100,
      },
      { id: 'acc-0002', name: '微信收款码', source: 'wechat', cycle: { basis: 'T', days: 1 }, feeRateBp: 60, feeReturnedOnRefund: false, toleranceFen: 100 },
    ]);
  });

  it('keeps the ids of existing accounts and takes their new values', () => {
    const out = cleanSettlementAccounts(
      [input({ id: WECHAT.id, name: '微信', source: 'wechat', terminalNo: undefined, feeRateBp: 60 }), input({ id: POS.id, feeRateBp: 55 })],
      [POS, WECHAT],
      new SequentialIds('acc'),
    );
    expect(out.map((account) => [account.id, account.name, account.feeRateBp])).toEqual([
      ['acc-wx', '微信', 60],
      ['acc-pos', '收银台 POS', 55],
    ]);
  });

  it('keeps an account dropped from the list, archived', () => {
    const out = cleanSettlementAccounts([input({ id: POS.id })], [POS, WECHAT], new SequentialIds('acc'));
    expect(out).toHaveLength(2);
    expect(out[0]?.archived).toBeUndefined();
    expect(out[1]).toEqual({ ...WECHAT, archived: true });
    // Saving an empty list archives everything, deleting nothing.
    expect(cleanSettlementAccounts([], [POS, WECHAT], new SequentialIds('acc'))).toEqual([
      { ...POS, archived: true },
      { ...WECHAT, archived: true },
    ]);
  });

  it('keeps an archived flag the owner set', () => {
    expect(cleanSettlementAccounts([input({ id: POS.id, archived: true })], [POS], new SequentialIds('acc'))[0]?.archived).toBe(true);
    expect('archived' in (cleanSettlementAccounts([input({ archived: false })], [], new SequentialIds('acc'))[0] ?? {})).toBe(false);
  });

  it('keeps a terminal no. only for a POS account', () => {
    const [pos, wechat, alipay] = cleanSettlementAccounts(
      [input(), input({ name: '微信', source: 'wechat', terminalNo: 'T9' }), input({ name: '支付宝', source: 'alipay', terminalNo: 'T8' })],
      [],
      new SequentialIds('acc'),
    );
    expect(pos?.terminalNo).toBe('01234567');
    expect(wechat && 'terminalNo' in wechat).toBe(false);
    expect(alipay && 'terminalNo' in alipay).toBe(false);
  });

  it('refuses an id that does not exist', () => {
    expectRefused([input({ id: 'acc-gone' })], [POS], 'not_found', 'accounts.0.name');
  });

  it('refuses the same existing account listed twice (two accounts would share one id)', () => {
    expectRefused([input({ id: POS.id }), input({ id: POS.id, name: '另一台 POS' })], [POS], 'invalid_argument', 'accounts.1.name');
  });

  it('refuses two accounts with the same name (after trimming)', () => {
    expectRefused([input(), input({ name: ' 收银台 POS  ', source: 'wechat' })], [], 'invalid_argument', 'accounts.1.name');
  });

  it.each([
    ['feeRateBp', { feeRateBp: 1001 }, 'accounts.0.feeRateBp', 1000],
    ['a negative fee rate', { feeRateBp: -1 }, 'accounts.0.feeRateBp', 1000],
    ['a fee rate that is not whole', { feeRateBp: 60.5 }, 'accounts.0.feeRateBp', 1000],
    ['cycle days', { cycle: { basis: 'T' as const, days: 31 } }, 'accounts.0.cycle.days', 30],
    ['tolerance', { toleranceFen: fen(100_001) }, 'accounts.0.toleranceFen', 100_000],
  ])('refuses %s out of range', (_name, overrides, field, max) => {
    expectRefused([input(overrides)], [], 'value_out_of_range', field, { min: 0, max });
  });

  it('accepts the limits themselves', () => {
    const [account] = cleanSettlementAccounts([input({ feeRateBp: 1000, cycle: { basis: 'D', days: 30 }, toleranceFen: fen(100_000) })], [], new SequentialIds('acc'));
    expect(account).toMatchObject({ feeRateBp: 1000, cycle: { basis: 'D', days: 30 }, toleranceFen: 100_000 });
  });

  it('names the account in the field of a later row', () => {
    expectRefused([input(), input({ name: '微信', source: 'wechat', feeRateBp: 2000 })], [], 'value_out_of_range', 'accounts.1.feeRateBp', { min: 0, max: 1000 });
  });

  it('refuses blank and long names, long numbers, and too many accounts', () => {
    expectRefused([input({ name: '  ' })], [], 'required', 'accounts.0.name');
    expectRefused([input({ name: '名'.repeat(61) })], [], 'too_long', 'accounts.0.name', { max: 60 });
    expectRefused([input({ merchantNo: '1'.repeat(21) })], [], 'too_long', 'accounts.0.merchantNo', { max: 20 });
    expectRefused([input({ terminalNo: '1'.repeat(17) })], [], 'too_long', 'accounts.0.terminalNo', { max: 16 });
    const many = Array.from({ length: 51 }, (_, i) => input({ name: `POS ${i}` }));
    expectRefused(many, [], 'value_out_of_range', 'accounts', { min: 0, max: 50 });
  });

  it('refuses a full card number anywhere, but not a 15-digit merchant no.', () => {
    expectRefused([input({ name: '6222021234567890128' })], [], 'full_card_number', 'accounts.0.name');
    // 15 digits that pass the Luhn check: a card number elsewhere, a merchant no. here.
    expect(cleanSettlementAccounts([input({ merchantNo: '123456789012347' })], [], new SequentialIds('acc'))[0]?.merchantNo).toBe('123456789012347');
    expectRefused([input({ acquirer: '123456789012347' })], [], 'full_card_number', 'accounts.0.acquirer');
  });
});
