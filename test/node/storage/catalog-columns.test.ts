import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { refundFactsOf as factsOfRecord } from '../../../electron/common/ledger/ledger-catalog';
import { coded, paymentColumnsOf, paymentFactsOf, refundColumnsComplete, refundColumnsOf, refundFactsOf } from '../../../electron/node/storage/catalog-columns';
import { payment, refund } from '../../support/storage-records';

describe('catalog columns', () => {
  it('give back exactly the facts they were made of: optional fields present and absent, repeated and unique values', () => {
    const pay = payment('p-1', { ids: { referenceNo: '123456789012' } });
    const facts = [
      factsOfRecord(refund('r-1', 'p-1'), pay),
      factsOfRecord(refund('r-2', 'p-1', { customerName: undefined, customerPhone: '138 0000 0000', status: 'done' }), pay),
      factsOfRecord(refund('r-3', 'p-9', { customerName: '王小二 👩‍🍳', operator: '店员', amount: fen(1), net: fen(1), number: 'hand-edited' }), undefined),
    ];
    const columns = refundColumnsOf(facts);
    expect(refundColumnsComplete(columns, 3)).toBe(true);
    expect(refundFactsOf(JSON.parse(JSON.stringify(columns)) as typeof columns)).toEqual(facts);
    expect(columns.status).toEqual({ values: ['recorded', 'done'], codes: [0, 1, 0] });
    const payments = [{ id: 'p-1', matchKey: 'k' }, { id: 'p-2', matchKey: '' }];
    expect(paymentFactsOf(paymentColumnsOf(payments))).toEqual(payments);
  });

  it('refuse a column of the wrong length or a code with no value', () => {
    const columns = refundColumnsOf([factsOfRecord(refund('r-1', 'p-1'), payment('p-1'))]);
    expect(refundColumnsComplete(columns, 2)).toBe(false);
    expect(refundColumnsComplete({ ...columns, operator: { values: ['a'], codes: [1] } }, 1)).toBe(false);
    expect(refundColumnsComplete({ ...columns, customerName: coded<string>([null]) }, 1)).toBe(true);
  });
});
