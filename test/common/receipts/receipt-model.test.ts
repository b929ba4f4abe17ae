import { describe, expect, it } from 'vitest';
import type { ExpectedArrival } from '../../../electron/common/calendar/expected-arrival';
import { refundTypesOf } from '../../../electron/common/domain/channels';
import { CHANNELS, REFUND_TYPES } from '../../../electron/common/domain/types';
import type { Channel, PaymentIdentifiers, RefundType } from '../../../electron/common/domain/types';
import { RECEIPT_LANGUAGES } from '../../../electron/common/receipts/receipt';
import type { ReceiptModel } from '../../../electron/common/receipts/receipt';
import { buildReceiptModel } from '../../../electron/common/receipts/receipt-model';
import { CARD_ARRIVAL, KEY_FINGERPRINT, cardRefundOptions, inputFor, record } from './receipt-fixture';

const IDS: { readonly [C in Channel]: PaymentIdentifiers } = {
  unionpay_debit: { referenceNo: '152000123456', voucherNo: '000321', cardLast4: '1234', terminalNo: '10234567' },
  unionpay_credit: { referenceNo: '152000654321', voucherNo: '000999', cardLast4: '9876', batchNo: '000123' },
  wechat: { transactionNo: '4200006666202611156666', merchantOrderNo: 'WX20261115001' },
  alipay: { transactionNo: '2026111522001400001234', merchantOrderNo: 'ALI20261115001' },
  unionpay_qr: { transactionNo: 'UPQ2026111500001' },
  cash: {},
  other: { transactionNo: 'OTHER-001' },
};

const value = (model: ReceiptModel, label: string) =>
  [...model.refundLines, ...model.paymentLines, ...model.proof.lines].find((line) => line.label === label)?.value;
const labels = (model: ReceiptModel) => model.paymentLines.map((line) => line.label);

async function modelOf(channel: Channel, type: RefundType, language: 'zh-CN' | 'en' | 'both' = 'zh-CN') {
  const recorded = await record({ channel, type, ids: IDS[channel], paid: 88, refund: 88, customerName: '李四', customerPhone: '13900139000' });
  return { recorded, model: buildReceiptModel(inputFor(recorded, { language })) };
}

describe('buildReceiptModel: every channel and every refund type it allows', () => {
  const cases = CHANNELS.flatMap((channel) => refundTypesOf(channel).map((type) => [channel, type] as const));

  it('covers every refund type', () => {
    expect(new Set(cases.map(([, type]) => type))).toEqual(new Set(REFUND_TYPES));
  });

  it.each(cases)('%s / %s', async (channel, type) => {
    const { recorded, model } = await modelOf(channel, type);
    const { refund } = recorded;
    expect(model.title).toBe('退款凭证');
    expect(model.refundLines[0]).toEqual({ label: '退款单号', value: refund.number, mono: true });
    expect(value(model, '退款方式')).toBe({ void: '撤销', card_refund: '退货', qr_refund: '原路退款', cash_refund: '现金退还', other: '其他方式' }[type]);
    expect(value(model, '经办人')).toBe('店长');
    expect(value(model, '顾客')).toBe('李四');
    expect(value(model, '顾客电话')).toBe('139****9000');
    expect(model.net).toEqual({ label: '实退金额', amount: 8800 });
    expect(model.netCapital).toBe('人民币 捌拾捌元整');
    expect(model.proof.qrPayload).toBe(`RD1|${refund.number}|${refund.events.at(-1)?.hash}|3F2A9C0177B4E2105D6C|1`);

    // Identifiers: exactly those the channel carries and were recorded; the card masked.
    const expected: { readonly [C in Channel]: readonly string[] } = {
      unionpay_debit: ['支付方式', '原交易时间', '终端号', '凭证号', '参考号', '卡号'],
      unionpay_credit: ['支付方式', '原交易时间', '批次号', '凭证号', '参考号', '卡号'],
      wechat: ['支付方式', '原交易时间', '交易单号', '商户订单号'],
      alipay: ['支付方式', '原交易时间', '支付宝交易号', '商户订单号'],
      unionpay_qr: ['支付方式', '原交易时间', '交易单号'],
      cash: ['支付方式', '原交易时间'],
      other: ['支付方式', '原交易时间', '交易单号'],
    };
    expect(labels(model)).toEqual(expected[channel]);
    if (channel === 'unionpay_debit') expect(value(model, '卡号')).toBe('**** 1234');
    if (channel === 'unionpay_credit') expect(value(model, '卡号')).toBe('**** 9876');
    expect(JSON.stringify(model)).not.toMatch(/\d{5,}(?=\D*$)1234/u);

    // Cash changes hands at the counter: nothing to chase, nobody to call.
    const nothingToWaitFor = channel === 'cash' || type === 'cash_refund';
    expect(model.ifNotArrived.length === 0).toBe(nothingToWaitFor);
    if (nothingToWaitFor) expect(model.hotlines).toEqual([]);
  });
});

describe('buildReceiptModel: a card 退货 with deductions', () => {
  it('lists every slip identifier, the amounts, the deductions with reasons and the net in capitals', async () => {
    const recorded = await record(cardRefundOptions());
    const model = buildReceiptModel(inputFor(recorded, { approver: '王店长' }));
    expect(model.paymentLines).toEqual([
      { label: '支付方式', value: '银联借记卡' },
      { label: '原交易时间', value: '2026-11-19 15:20', mono: true },
      { label: '商户号', value: '898330170110123', mono: true },
      { label: '终端号', value: '10234567', mono: true },
      { label: '批次号', value: '000123', mono: true },
      { label: '凭证号', value: '000321', mono: true },
      { label: '参考号', value: '152000123456', mono: true },
      { label: '授权码', value: 'A1B2C3', mono: true },
      { label: '卡号', value: '**** 1234', mono: true },
    ]);
    expect(model.amounts).toEqual([
      { label: '原支付金额', amount: 12900 },
      { label: '退款金额', amount: 12900 },
      { label: '扣除：折旧', amount: -1290, note: '已使用两周，按店规折旧 10%' },
      { label: '扣除：手续费', amount: -220, note: '刷卡手续费' },
    ]);
    expect(model.net.amount).toBe(11390);
    expect(model.netCapital).toBe('人民币 壹佰壹拾叁元玖角');
    expect(model.netCapitalLabel).toBe('大写');
    expect(value(model, '批准人')).toBe('王店长');
    expect(value(model, '退款时间')).toBe('2026-11-20 10:00');
    expect(value(model, '状态')).toBe('已登记');
  });

  it('words the arrival, what to do, and the hotlines in DOMAIN §3.7 order', async () => {
    const model = buildReceiptModel(inputFor(await record(cardRefundOptions())));
    expect(model.arrival).toEqual(['预计 11月25日–11月27日 到账（3–5 个工作日）']);
    expect(model.ifNotArrived).toEqual([
      '请先查看银行卡账单或手机银行，或向发卡行查询。',
      '查询时请提供：参考号、凭证号、卡号后四位、原交易日期、退款单号。',
      '仍未到账请联系本店（0571-88886666），也可拨打下列电话。',
    ]);
    expect(model.hotlines.map((line) => `${line.label} ${line.value}`)).toEqual(['中国银联 95516', '金融监管总局（银行投诉） 12378']);
  });

  it('is in English', async () => {
    const recorded = await record(cardRefundOptions());
    const model = buildReceiptModel(inputFor(recorded, { language: 'en', copy: 3 }));
    expect(model.title).toBe('Refund receipt');
    expect(model.reprint).toBe('REPRINT · copy 3');
    expect(model.refundLines[0]?.label).toBe('Refund no.');
    expect(value(model, 'Refund type')).toBe('Card refund');
    expect(value(model, 'Card')).toBe('**** 1234');
    expect(model.amounts.map((line) => line.label)).toEqual(['Amount paid', 'Refund amount', 'Less: Depreciation', 'Less: Fee']);
    expect(model.netCapital).toBe('人民币 壹佰壹拾叁元玖角');
    expect(model.netCapitalLabel).toBe('In words');
    expect(model.arrival).toEqual(['Expected 25 Nov–27 Nov (3–5 working days)']);
    expect(model.ifNotArrived[1]).toBe('When you ask, quote: Reference no., Voucher no., Card last 4, Original date, Refund no.');
    expect(model.signatures).toEqual(['Customer signature', 'Operator signature']);
    expect(model.footer).toBe('Generated by RefundDesk · printed 2026-11-20 10:05');
    expect(model.proof.qrPayload.endsWith('|3')).toBe(true);
  });

  it('is in both languages: labels `中文 English` on one line, sentences Chinese then English', async () => {
    const model = buildReceiptModel(inputFor(await record(cardRefundOptions()), { language: 'both', copy: 2 }));
    expect(model.title).toBe('退款凭证 Refund receipt');
    expect(model.reprint).toBe('重印 REPRINT · 第 2 次'); // the Chinese marker already says REPRINT: once, not twice
    expect(model.refundLines[0]?.label).toBe('退款单号 Refund no.');
    expect(value(model, '退款方式 Refund type')).toBe('退货 Card refund');
    expect(model.arrival).toEqual(['预计 11月25日–11月27日 到账（3–5 个工作日）', 'Expected 25 Nov–27 Nov (3–5 working days)']);
    expect(model.ifNotArrived).toHaveLength(6);
    expect(model.signatures).toEqual(['顾客签名 Customer signature', '经办人签名 Operator signature']);
    expect(model.hotlines[0]?.label).toBe('中国银联 UnionPay');
    expect(model.footer).toBe('本凭证由 退款台账 生成 Generated by RefundDesk · 打印于 printed 2026-11-20 10:05');
    expect(model.proof.lines).toEqual([
      { label: '校验码 Check code', value: expect.stringMatching(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/u) as unknown, mono: true },
      { label: '密钥指纹 Key fingerprint', value: KEY_FINGERPRINT, mono: true },
    ]);
  });
});

describe('buildReceiptModel: details', () => {
  it('marks only copies from the second on as reprints', async () => {
    const recorded = await record(cardRefundOptions());
    expect(buildReceiptModel(inputFor(recorded, { copy: 1 })).reprint).toBeUndefined();
    expect(buildReceiptModel(inputFor(recorded, { copy: 2 })).reprint).toBe('重印 REPRINT · 第 2 次');
  });

  it('prints the short hash as the first 12 hex digits of the chain head, grouped', async () => {
    const recorded = await record(cardRefundOptions());
    const head = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const model = buildReceiptModel(inputFor(recorded, { chainHead: head, copy: 4 }));
    expect(value(model, '校验码')).toBe('a1b2 c3d4 e5f6');
    expect(model.proof.qrPayload).toBe(`RD1|${recorded.refund.number}|${head}|3F2A9C0177B4E2105D6C|4`);
  });

  it('leaves out what was not recorded', async () => {
    const model = buildReceiptModel(inputFor(await record({ channel: 'wechat', type: 'qr_refund', ids: { transactionNo: '4200001' } })));
    const all = model.refundLines.map((line) => line.label);
    expect(all).not.toContain('顾客');
    expect(all).not.toContain('顾客电话');
    expect(all).not.toContain('备注');
    expect(all).not.toContain('批准人');
    expect(labels(model)).not.toContain('商户订单号');
    expect(model.policy).toBeUndefined();
    expect(model.logo).toBeUndefined();
  });

  it('keeps the customer name and note exactly as recorded (escaping is the HTML step)', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const note = '备'.repeat(10_000);
    const model = buildReceiptModel(inputFor(await record({ ...cardRefundOptions(), customerName: name, note })));
    expect(value(model, '顾客')).toBe(name);
    expect(model.refundLines.find((line) => line.label === '备注')).toEqual({ label: '备注', value: note, block: true });
  });

  it('prints the policy the customer was shown, else the current setting', async () => {
    const recorded = await record(cardRefundOptions());
    expect(buildReceiptModel(inputFor(recorded, { policyText: '7 天内凭小票退换\n特价商品不退' })).policy).toEqual(['7 天内凭小票退换', '特价商品不退']);
    const snapshot = { ...recorded.refund, counter: { destination: { kind: 'original' as const }, destinationConfirmed: false, policyText: '当时的规定' } };
    expect(buildReceiptModel(inputFor({ ...recorded, refund: snapshot }, { policyText: '今天的规定' })).policy).toEqual(['当时的规定']);
  });

  it('shows a confirmed destination other than the original route, card masked', async () => {
    const recorded = await record({ channel: 'cash', type: 'other', ids: {} });
    const refund = { ...recorded.refund, counter: { destination: { kind: 'card' as const, detail: '4321' }, destinationConfirmed: true } };
    expect(value(buildReceiptModel(inputFor({ ...recorded, refund })), '退款去向')).toBe('银行卡 **** 4321');
  });

  it('accepts only a raster data: logo', async () => {
    const recorded = await record(cardRefundOptions());
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(buildReceiptModel(inputFor(recorded, { logoDataUrl: png })).logo).toBe(png);
    expect(buildReceiptModel(inputFor(recorded, { logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' })).logo).toBeUndefined();
    expect(buildReceiptModel(inputFor(recorded, { logoDataUrl: 'https://example.com/logo.png' })).logo).toBeUndefined();
  });

  it('builds in every language without throwing', async () => {
    const recorded = await record(cardRefundOptions());
    for (const language of RECEIPT_LANGUAGES) expect(buildReceiptModel(inputFor(recorded, { language })).language).toBe(language);
  });
});

describe('buildReceiptModel: arrival wording', () => {
  const basis = (rows: ExpectedArrival['basis']['rows'], from: 'done' | 'now' = 'done') => ({ rows, from, fromAt: '2026-11-20T02:00:00.000Z' });

  it('says when the rule is unknown, and asks the bank', async () => {
    const recorded = await record({ channel: 'alipay', type: 'qr_refund', ids: { transactionNo: '2026111522001' } });
    const arrival: ExpectedArrival = {
      unknown: true,
      beyondCoverage: false,
      basis: basis([
        { route: 'alipay_balance', window: { unit: 'minutes', min: 0, max: 0 }, source: '3rd' },
        { route: 'alipay_card', source: '3rd' },
      ]),
    };
    expect(buildReceiptModel(inputFor(recorded, { arrival, language: 'both' })).arrival).toEqual([
      '到账时间以发卡银行或支付平台为准：余额 即时；银行卡 没有固定时间。',
      'The card\'s bank or the payment platform decides when it arrives: Alipay balance: immediately; bank card: no fixed time.',
    ]);
    const credit: ExpectedArrival = { unknown: true, beyondCoverage: false, basis: basis([{ route: 'credit_card', source: 'unverified' }]) };
    expect(buildReceiptModel(inputFor(recorded, { arrival: credit })).arrival).toEqual(['到账时间以发卡银行或支付平台为准，没有固定规则。']);
  });

  it('gives minutes windows as a time, and says when it was estimated from now or beyond the calendar', async () => {
    const recorded = await record({ channel: 'wechat', type: 'qr_refund', ids: { transactionNo: '4200001' } });
    const arrival: ExpectedArrival = {
      precision: 'instant',
      earliest: '2026-11-20T02:00:00.000Z',
      latest: '2026-11-20T02:05:00.000Z',
      beyondCoverage: false,
      basis: basis([{ route: 'wechat_balance', window: { unit: 'minutes', min: 0, max: 5 }, source: 'official' }], 'now'),
    };
    expect(buildReceiptModel(inputFor(recorded, { arrival })).arrival).toEqual([
      '预计 11月20日 10:05 前到账（约 5 分钟内）',
      '尚未在收款终端或平台办理完成，按现在办理估算，以实际办理时间为准。',
    ]);
    const beyond: ExpectedArrival = { precision: 'date', basis: CARD_ARRIVAL.basis, earliest: '2027-01-04', latest: '2027-01-04', beyondCoverage: true };
    expect(buildReceiptModel(inputFor(recorded, { arrival: beyond, language: 'en' })).arrival).toEqual([
      'Expected 4 Jan (3–5 working days)',
      "Next year's public holidays are not yet published: counted Monday to Friday, may differ slightly.",
    ]);
  });

  it('names the routes when two may apply', async () => {
    const recorded = await record({ channel: 'wechat', type: 'qr_refund', ids: { transactionNo: '4200001' } });
    const arrival: ExpectedArrival = {
      precision: 'date',
      earliest: '2026-11-20',
      latest: '2026-11-23',
      beyondCoverage: false,
      basis: basis([
        { route: 'wechat_balance', window: { unit: 'minutes', min: 0, max: 5 }, source: 'official' },
        { route: 'wechat_card', window: { unit: 'working_days', min: 1, max: 3 }, source: 'official' },
      ]),
    };
    expect(buildReceiptModel(inputFor(recorded, { arrival })).arrival).toEqual(['预计 11月20日–11月23日 到账（零钱 约 5 分钟内；银行卡 1–3 个工作日）']);
  });

  it('says cash needs no waiting', async () => {
    const model = buildReceiptModel(inputFor(await record({ channel: 'cash', type: 'cash_refund', ids: {} }), { language: 'both' }));
    expect(model.arrival).toEqual(['现金已当面退还，无需等待到账。', 'Cash handed back at the counter; nothing to wait for.']);
  });
});
