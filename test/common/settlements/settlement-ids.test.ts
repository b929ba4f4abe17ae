import { describe, expect, it } from 'vitest';
import { cleanSettlementAccounts } from '../../../electron/common/settlements/settlement-accounts';
import { withSettlementReceived } from '../../../electron/common/settlements/settlement-records';
import { nodeHasher } from '../../support/node-hasher';
import { POS, dayOf, local } from './settlement-fixture';

// A UUID whose hex groups happen to be all digits reads like a card number that passes Luhn (4111 1111 1111 1111).
const UNLUCKY_ID = '41111111-1111-1111-abcd-0123456789ab';

describe('random ids are not mistaken for card numbers', () => {
  it('records, marks received and saves accounts whose ids look like a card number', () => {
    const account = { ...POS, id: UNLUCKY_ID };
    const day = dayOf(account, '2026-11-19', { requestId: UNLUCKY_ID }, UNLUCKY_ID);
    expect(day.accountId).toBe(UNLUCKY_ID);
    const paid = withSettlementReceived(day, { id: UNLUCKY_ID, amount: day.expectedNet, date: '2026-11-20', actor: '店长' }, local('2026-11-20T10:00'), '2026-11-20', nodeHasher);
    expect(paid.received?.amount).toBe(day.expectedNet);
    const saved = cleanSettlementAccounts([account], [account], { newId: () => 'unused' });
    expect(saved.map((entry) => entry.id)).toEqual([UNLUCKY_ID]);
  });

  it('still refuses a card number typed where text goes', () => {
    expect(() => dayOf(POS, '2026-11-19', { actor: '4111 1111 1111 1111' })).toThrow(/card number/u);
  });
});
