import { describe, expect, it } from 'vitest';
import type { ReceiptIssue } from '../../electron/common/domain/types';
import type { PrinterInfo } from '../../electron/common/ipc/contract-receipts';
import { DEFAULT_RECEIPT_PREFS, PAPER_SIZES, RECEIPT_LANGUAGES, SHOP_PROFILE_LIMITS } from '../../electron/common/receipts/receipt';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { orderPrinters, pickPrinter, previewWidthPx, receiptPrefsOf, samePrefs, shopProfileOf, withPrinter } from '../../renderer/features/receipts/receipt-prefs';
import { copyNotice, isPaperSize, isReceiptLanguage, paperLabel, receiptEventDetail, receiptEventText } from '../../renderer/features/receipts/receipt-text';
import { testI18n } from './support';

const zh = testI18n('zh-CN');
const english = testI18n('en');

function issue(patch: Partial<ReceiptIssue> = {}): ReceiptIssue {
  return { copy: 1, size: 'thermal80', language: 'zh-CN', via: 'printer', chainHead: 'ab12cd34', ...patch };
}

describe('receipt texts', () => {
  it('name every paper size and receipt language in both languages', () => {
    for (const size of PAPER_SIZES) {
      expect(typeof zhCN.receipts.paperSize[size]).toBe('string');
      expect(typeof en.receipts.paperSize[size]).toBe('string');
    }
    for (const language of RECEIPT_LANGUAGES) {
      expect(typeof zhCN.receipts.languages[language]).toBe('string');
      expect(typeof en.receipts.languages[language]).toBe('string');
    }
    expect(paperLabel(zh, 'thermal58')).toBe('58 mm 热敏');
    expect(paperLabel(english, 'thermal80')).toBe('80 mm thermal');
    // A size a newer build wrote is shown as stored, not hidden.
    expect(paperLabel(zh, 'letter')).toBe('letter');
  });

  it('say which copy comes next, marking reprints 重印 REPRINT', () => {
    expect(copyNotice(zh, 1)).toBe('第 1 次打印');
    expect(copyNotice(zh, 2)).toBe('第 2 次打印：将标注 重印 REPRINT');
    expect(copyNotice(english, 3)).toBe('Print no. 3: it will be marked 重印 REPRINT');
  });

  it('describe a receipt_issued event: printed or saved, paper, first copy or reprint', () => {
    expect(receiptEventText(zh, issue())).toBe('打印凭证（80 mm 热敏，第 1 份）');
    expect(receiptEventText(zh, issue({ copy: 2, size: 'thermal58' }))).toBe('打印凭证（58 mm 热敏，重印 第 2 次）');
    expect(receiptEventText(zh, issue({ via: 'pdf', size: 'a4' }))).toBe('凭证另存为 PDF（A4，第 1 份）');
    expect(receiptEventText(english, issue({ via: 'pdf', copy: 4, size: 'a5' }))).toBe('Receipt saved as PDF (A5, reprint no. 4)');
  });

  it('name the printer under a printed receipt only', () => {
    expect(receiptEventDetail(zh, issue({ printerName: 'XP-58' }))).toBe('打印机：XP-58');
    expect(receiptEventDetail(zh, issue())).toBeUndefined();
    expect(receiptEventDetail(english, issue({ via: 'pdf', printerName: 'XP-58' }))).toBeUndefined();
  });

  it('guard the select values', () => {
    expect(isPaperSize('a4')).toBe(true);
    expect(isPaperSize('A4')).toBe(false);
    expect(isReceiptLanguage('both')).toBe(true);
    expect(isReceiptLanguage('fr')).toBe(false);
  });
});

describe('receipt choices', () => {
  const printers: PrinterInfo[] = [
    { name: 'office', displayName: 'Office A4', isDefault: false },
    { name: 'xp58', displayName: 'XP-58', isDefault: true },
    { name: 'anchor', displayName: 'Anchor 80', isDefault: false },
  ];

  it('list the system default first, then by name', () => {
    expect(orderPrinters(printers).map((printer) => printer.name)).toEqual(['xp58', 'anchor', 'office']);
  });

  it('start with the remembered printer while it is installed, else the default, else nothing', () => {
    expect(pickPrinter(printers, 'office')).toBe('office');
    expect(pickPrinter(printers, 'gone')).toBe('xp58');
    expect(pickPrinter(printers, undefined)).toBe('xp58');
    expect(pickPrinter([{ name: 'only', displayName: 'Only', isDefault: false }], undefined)).toBe('only');
    expect(pickPrinter([], 'office')).toBe('');
  });

  it('remember the printer only when there is one, and know when nothing changed', () => {
    expect(withPrinter({ size: 'a4', language: 'en' }, '')).toEqual({ size: 'a4', language: 'en' });
    expect(withPrinter({ size: 'a4', language: 'en' }, 'xp58')).toEqual({ size: 'a4', language: 'en', printerName: 'xp58' });
    expect(samePrefs(undefined, DEFAULT_RECEIPT_PREFS)).toBe(false);
    expect(samePrefs({ size: 'thermal80', language: 'zh-CN' }, DEFAULT_RECEIPT_PREFS)).toBe(true);
    expect(samePrefs({ size: 'thermal80', language: 'zh-CN', printerName: 'x' }, DEFAULT_RECEIPT_PREFS)).toBe(false);
    expect(receiptPrefsOf(undefined)).toEqual(DEFAULT_RECEIPT_PREFS);
  });

  it('draw every paper at one scale: 58 mm narrow beside A4, never larger than life', () => {
    expect(previewWidthPx(210, 10_000)).toBe(794); // A4 at 96 dpi
    expect(previewWidthPx(58, 10_000)).toBe(219);
    expect(previewWidthPx(210, 420)).toBe(420); // A4 fills a narrow box
    expect(previewWidthPx(58, 420)).toBe(116);
    expect(previewWidthPx(80, 420) / previewWidthPx(58, 420)).toBeCloseTo(80 / 58, 1);
    expect(previewWidthPx(58, -5)).toBe(1);
  });

  it('check the shop details: trimmed, empty ones left out, the limits of SHOP_PROFILE_LIMITS', () => {
    expect(shopProfileOf('  北京市朝阳区建国路 1 号 ', ' 010-1234 5678 ')).toEqual({
      ok: true,
      value: { address: '北京市朝阳区建国路 1 号', phone: '010-1234 5678' },
    });
    expect(shopProfileOf('', '  ')).toEqual({ ok: true, value: {} });
    expect(shopProfileOf('路'.repeat(SHOP_PROFILE_LIMITS.address), '')).toMatchObject({ ok: true });
    expect(shopProfileOf('路'.repeat(SHOP_PROFILE_LIMITS.address + 1), '')).toEqual({ ok: false, field: 'address', max: 120 });
    expect(shopProfileOf('', '1'.repeat(SHOP_PROFILE_LIMITS.phone + 1))).toEqual({ ok: false, field: 'phone', max: 40 });
  });
});
