import { describe, expect, it } from 'vitest';
import { redactPacketData } from '../../../electron/common/packets/redact';
import { scrubText } from '../../../electron/common/packets/text-scrub';
import { CONTACT_PHONE, CUSTOMER_PHONE, TRANSACTION_NO, packetData } from './packet-fixture';

const keep = new Set<string>();

describe('scrubText', () => {
  it('masks mobile numbers in any written form, and keeps other numbers', () => {
    expect(scrubText('电话 13800138000。', { names: [], keep }).text).toBe('电话 138****8000。');
    expect(scrubText('call +86 138 0013 8000 now', { names: [], keep }).text).toBe('call 138****8000 now');
    expect(scrubText('１３８００１３８０００', { names: [], keep }).text).toBe('138****8000');
    expect(scrubText('2026-11-20 13800138000', { names: [], keep }).text).toBe('2026-11-20 138****8000');
    expect(scrubText(`单号 ${TRANSACTION_NO}`, { names: [], keep }).text).toBe(`单号 ${TRANSACTION_NO}`);
    expect(scrubText('金额 129.00 元，凭证号 000321', { names: [], keep }).text).toBe('金额 129.00 元，凭证号 000321');
  });

  it('masks card-like runs, resident ID numbers and known names; keeps listed identifiers', () => {
    expect(scrubText('卡 6222 0212 3456 7890 123', { names: [], keep }).text).toBe('卡 **** 0123');
    expect(scrubText('身份证 11010119900307123X', { names: [], keep }).text).toBe('身份证 ****123X');
    expect(scrubText('商户号 898330170110123', { names: [], keep: new Set(['898330170110123']) }).text).toBe('商户号 898330170110123');
    const out = scrubText('顾客欧阳娜娜来电', { names: ['欧阳娜娜'], keep });
    expect(out.text).toBe('顾客欧***来电');
    expect(out.kinds).toEqual(['name']);
  });
});

describe('redactPacketData', () => {
  const { data, redactions } = redactPacketData(packetData());
  const text = JSON.stringify(data);

  it('masks every personal field and every phone number in free text', () => {
    const refund = data.refunds[0]?.refund;
    expect(refund?.customerName).toBe('张*');
    expect(refund?.customerPhone).toBe('138****8000');
    expect(refund?.events[2]?.contact?.who).toBe('张*');
    expect(refund?.events[2]?.contact?.summary).toContain('138****8000');
    // The acquirer's staff member is who the bank will ask about: kept; the number they gave is still masked.
    expect(data.case.events[1]?.contact?.who).toBe('李四');
    expect(data.case.events[1]?.contact?.summary).toBe('客服李四说三个工作日内回电，回电号码 139****5678');
    expect(data.coverLetter).toContain('本店顾客张*于');
    expect(data.attachments[0]?.name).toBe('张*的签购单.png');
    expect(text).not.toContain(CUSTOMER_PHONE);
    expect(text).not.toContain(CONTACT_PHONE);
    expect(text).not.toContain('张三');
  });

  it('keeps what the bank needs: identifiers, the shop as sender, the counterparty, the operators', () => {
    expect(data.coverLetter).toContain(TRANSACTION_NO);
    expect(data.coverLetter).toContain('152000123456');
    expect(data.shop.phone).toBe('13700001111');
    expect(data.case.counterparty.name).toBe('银联商务杭州分公司');
    expect(data.refunds[0]?.payment.ids.referenceNo).toBe('152000123456');
    expect(data.case.events[0]?.actor).toBe('王店长');
  });

  it('lists what was redacted by path and kind, never the values', () => {
    const paths = redactions.map((entry) => entry.path);
    expect(paths).toContain('refunds[TK-202611-0007].customerName');
    expect(paths).toContain('refunds[TK-202611-0007].customerPhone');
    expect(paths).toContain('refunds[TK-202611-0007].events[seq=3].contact.who');
    expect(paths).toContain('case.events[seq=2].contact.summary');
    expect(paths).toContain('coverLetter');
    expect(paths).toContain('checklist[customer_communication].reason');
    expect(redactions.find((entry) => entry.path.endsWith('customerPhone'))?.kind).toBe('phone');
    expect(redactions.find((entry) => entry.path.endsWith('customerName'))?.kind).toBe('name');
    expect(JSON.stringify(redactions)).not.toMatch(/13800138000|张三/u);
    expect([...paths].sort()).toEqual(paths);
  });

  it('changes nothing and lists nothing when there is nothing personal', () => {
    const plain = packetData();
    const bare = { ...plain, refunds: [], attachments: [], checklist: [], coverLetter: '请查询。', case: { ...plain.case, events: [] } };
    expect(redactPacketData(bare).redactions).toEqual([]);
  });
});
