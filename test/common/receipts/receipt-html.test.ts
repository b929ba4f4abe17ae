import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { PAPER, PAPER_SIZES } from '../../../electron/common/receipts/receipt';
import { escapeHtml } from '../../../electron/common/receipts/escape-html';
import { RECEIPT_CSP, renderReceiptHtml } from '../../../electron/common/receipts/receipt-html';
import { buildReceiptModel } from '../../../electron/common/receipts/receipt-model';
import { cardRefundOptions, inputFor, record } from './receipt-fixture';

const EVIL = '<img src=x onerror=alert(1)>';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';

async function evilHtml(paper = PAPER.thermal58, language: 'zh-CN' | 'en' | 'both' = 'both') {
  const recorded = await record({
    ...cardRefundOptions(),
    customerName: EVIL,
    note: EVIL,
    ids: { merchantNo: EVIL, referenceNo: '152000123456', cardLast4: '1234' },
    deductions: [{ kind: 'other', amount: fen(100), reason: EVIL }],
  });
  const refund = { ...recorded.refund, counter: { destination: { kind: 'original' as const }, destinationConfirmed: false, policyText: `${EVIL}\n"quoted" & 'single'` } };
  const input = inputFor({ ...recorded, refund }, { paper, language, shop: { name: EVIL, address: EVIL, phone: EVIL }, approver: EVIL, printedAt: EVIL });
  return renderReceiptHtml(buildReceiptModel(input));
}

describe('escapeHtml', () => {
  it('escapes the five characters and drops controls and bidi overrides', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u202Ec\u2066d\ne')).toBe('abcd\ne');
  });
});

describe('renderReceiptHtml', () => {
  it('is one HTML5 document with charset, the strict CSP and one inline style', async () => {
    const html = await evilHtml();
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${RECEIPT_CSP}">`);
    expect(RECEIPT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'");
    expect(html.match(/<style>/gu)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes every piece of text: shop, name, note, policy, identifiers, deduction reasons, approver', async () => {
    const html = await evilHtml();
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/\son[a-z]+=(?!alert\(1\)&gt;)/iu);
    // Shop name, address, phone line, approver, name, note, merchant no., deduction reason, policy, footer.
    expect(html.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(10);
    expect(html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
  });

  it('refers to nothing outside itself', async () => {
    for (const size of PAPER_SIZES) {
      const html = await evilHtml(PAPER[size]);
      expect(html).not.toMatch(/https?:|\/\/|url\(|@import|src="(?!data:)/iu);
      expect(html).not.toMatch(/<(script|iframe|object|embed|link|base|form|meta http-equiv="refresh")/iu);
    }
  });

  it('sets the page per paper: thermal rolls as tall as their content, sheets by name', async () => {
    expect(await evilHtml(PAPER.thermal58)).toContain('@page{size:58mm auto;margin:0}');
    expect(await evilHtml(PAPER.thermal58)).toContain('body{width:58mm;padding:2mm;font-size:11px}');
    expect(await evilHtml(PAPER.thermal80)).toContain('@page{size:80mm auto;margin:0}');
    expect(await evilHtml(PAPER.thermal80)).toContain('font-size:12px');
    expect(await evilHtml(PAPER.a5)).toContain('@page{size:A5;margin:12mm}');
    expect(await evilHtml(PAPER.a4)).toContain('@page{size:A4;margin:15mm}');
    expect(await evilHtml(PAPER.a4)).toContain('<body class="sheet paper-a4">');
    expect(await evilHtml(PAPER.thermal58)).toContain('<body class="thermal paper-thermal58">');
  });

  it('lets long values wrap instead of overflowing', async () => {
    const html = await evilHtml(PAPER.thermal58);
    expect(html).toContain('overflow-wrap:anywhere;word-break:normal');
  });

  it('keeps a 10,000-character note, a 200-character name and a 64-character order no. whole', async () => {
    const note = '注'.repeat(5_000) + 'n'.repeat(5_000);
    const name = '名'.repeat(200);
    const orderNo = 'M'.repeat(64);
    const recorded = await record({ channel: 'wechat', type: 'qr_refund', ids: { transactionNo: '4200001', merchantOrderNo: orderNo }, customerName: name, note });
    const html = renderReceiptHtml(buildReceiptModel(inputFor(recorded, { paper: PAPER.thermal58 })));
    expect(html).toContain(`<span class="value">${note}</span>`);
    expect(html).toContain(`<span class="value">${name}</span>`);
    expect(html).toContain(`<span class="value">${orderNo}</span>`);
    expect(html).toContain('<div class="row block"><span class="label">备注</span>');
  });

  it('prints the amounts, the net in capitals, signatures, the QR code and the check code', async () => {
    const recorded = await record(cardRefundOptions());
    const html = renderReceiptHtml(buildReceiptModel(inputFor(recorded, { copy: 2 })));
    expect(html).toContain('<span class="value">¥129.00</span>');
    expect(html).toContain('<span class="value">-¥12.90</span>');
    expect(html).toContain('<div class="row mono net"><span class="label">实退金额</span><span class="value">¥113.90</span></div>');
    expect(html).toContain('<span class="value">人民币 壹佰壹拾叁元玖角</span>');
    expect(html).toContain('<div class="reprint">重印 REPRINT · 第 2 次</div>');
    expect(html).toContain('<div class="sign-label">顾客签名</div>');
    expect(html).toContain('<div class="sign-label">经办人签名</div>');
    expect(html).toMatch(/<div class="qr-box"><svg class="qr" viewBox="0 0 \d+ \d+" shape-rendering="crispEdges"/u);
    expect(html).toContain('<span class="value">**** 1234</span>');
    expect(html).not.toContain('13800138000');
    expect(html).toContain('138****8000');
  });

  it('embeds only a checked data: logo', async () => {
    const recorded = await record(cardRefundOptions());
    const html = renderReceiptHtml(buildReceiptModel(inputFor(recorded, { logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=' })));
    expect(html).toContain('<img class="logo" alt="" src="data:image/png;base64,iVBORw0KGgo=">');
  });
});
