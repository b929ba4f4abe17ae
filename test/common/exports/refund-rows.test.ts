import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../electron/common/exports/csv';
import { REFUND_COLUMNS } from '../../../electron/common/exports/export-labels';
import { refundSheet } from '../../../electron/common/exports/refund-rows';
import { CARD_ARRIVAL, cardRefundOptions, record } from '../receipts/receipt-fixture';

const column = (name: (typeof REFUND_COLUMNS)[number]) => REFUND_COLUMNS.indexOf(name);

describe('refundSheet', () => {
  it('has the Chinese headers by default and English ones on request', async () => {
    const recorded = await record(cardRefundOptions());
    const zh = refundSheet([recorded], { language: 'zh-CN', includePhones: false });
    expect(zh.columns.map((c) => c.header).slice(0, 3)).toEqual(['退款单号', '登记时间', '状态']);
    expect(zh.columns.map((c) => c.header)).toContain('实退金额');
    const en = refundSheet([recorded], { language: 'en', includePhones: false });
    expect(en.columns.map((c) => c.header)).toContain('Net refunded');
  });

  it('writes a card refund with amounts in fen, words for codes, and a masked phone', async () => {
    const recorded = await record(cardRefundOptions());
    const [row = []] = refundSheet([{ ...recorded, arrival: CARD_ARRIVAL }], { language: 'zh-CN', includePhones: false }).rows;
    expect(row[column('number')]).toEqual({ text: recorded.refund.number });
    expect(row[column('paidAmount')]).toEqual({ fen: 12900 });
    expect(row[column('amount')]).toEqual({ fen: 12900 });
    expect(row[column('deductions')]).toEqual({ fen: 1510 });
    expect(row[column('net')]).toEqual({ fen: 11390 });
    expect(row[column('deductionReasons')]).toEqual({ text: '折旧: 已使用两周，按店规折旧 10%；手续费: 刷卡手续费' });
    expect(row[column('channel')]).toEqual({ text: '银联借记卡' });
    expect(row[column('customerName')]).toEqual({ text: '张三' });
    expect(row[column('customerPhone')]).toEqual({ text: '138****8000' });
    expect(row[column('reference')]).toEqual({ text: '152000123456' });
    expect(row[column('cardLast4')]).toEqual({ text: '1234' });
    expect(row[column('paidAt')]).toEqual({ date: '2026-11-19 15:20' });
    expect(row[column('expectedArrival')]).toEqual({ date: '2026-11-27' });
  });

  it('writes the full phone only when asked', async () => {
    const recorded = await record(cardRefundOptions());
    const [row = []] = refundSheet([recorded], { language: 'zh-CN', includePhones: true }).rows;
    expect(row[column('customerPhone')]).toEqual({ text: '13800138000' });
  });

  it('keeps a hostile customer name as text that the CSV neutralises', async () => {
    const recorded = await record(cardRefundOptions({ customerName: '=HYPERLINK("http://x")', note: '-2+3' }));
    const csv = toCsv(refundSheet([recorded], { language: 'zh-CN', includePhones: false }));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(",'-2+3\r\n");
    expect(csv).toContain(',129.00,129.00,15.10,');
  });
});
