import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { toCsv } from '../../../electron/common/exports/csv';
import { settlementSheet } from '../../../electron/common/exports/settlement-rows';
import type { SettlementView } from '../../../electron/common/ipc/contract';

const view = {
  day: {
    id: 's1', requestId: 'r1', accountId: 'a1', businessDate: '2026-11-03',
    takings: { salesCount: 12, salesAmount: fen(345600), refundsCount: 1, refundsAmount: fen(12900) },
    cycle: { kind: 'T', days: 1 }, feeRateBp: 60, feeReturnedOnRefund: false, toleranceFen: fen(100),
    expectedFee: fen(2074), expectedNet: fen(330626),
    received: { amount: fen(320000), date: '2026-11-04' },
    createdAt: '', updatedAt: '', events: [],
  },
  accountName: '收银台 POS',
  source: 'manual',
  expectedBy: '2026-11-04',
  beyondCoverage: false,
  state: 'short',
  difference: fen(-10626),
} as unknown as SettlementView;

describe('settlementSheet', () => {
  it('writes counts and amounts as numbers and the state in words', () => {
    const csv = toCsv(settlementSheet([view], 'zh-CN'));
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('营业日,账户,消费笔数,消费金额,退货笔数,退货金额,手续费,应到,应到日期,实到,到账日期,差额,状态');
    expect(row).toBe('2026-11-03,收银台 POS,12,3456.00,1,129.00,20.74,3306.26,2026-11-04,3200.00,2026-11-04,-106.26,少到');
  });

  it('has English headers on request', () => {
    expect(settlementSheet([view], 'en').columns[0]?.header).toBe('Business day');
  });
});
