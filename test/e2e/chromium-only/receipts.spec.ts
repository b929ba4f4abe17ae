/**
 * Refund receipts (退款凭证) end to end, in the Chromium harness: its recording fake printer and test save dialog
 * stand in for the hardware and the OS dialog (the real Electron app uses the real ones), so this spec lives in
 * chromium-only/. What it checks is the paper itself: page width from `pdfinfo`, words from `pdftotext`, and PNGs
 * of every PDF (via `pdftoppm`) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { capitalAmount } from '../../../electron/common/receipts/capital-amount';
import { openAppServices } from '../../../electron/node/app-services';
import { launchApp, saveScreenshot, TEST_SHOP_NAME } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import type { Page } from 'playwright-core';
import { artifactDir, screenshotDir } from '../support/paths';
import { ReceiptDialogPage } from '../pages/receipt-dialog-page';
import type { ReceiptPaperLabel } from '../pages/receipt-dialog-page';
import { RefundDetailPage } from '../pages/refund-detail-page';
import { RefundFormPage } from '../pages/refund-form-page';
import { RefundListPage } from '../pages/refund-list-page';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const REFERENCE_NO = '412345678901';
const SHOP_ADDRESS = '杭州市西湖区文三路 88 号 1 楼';
const SHOP_PHONE = '0571-8888 6666';
const WECHAT_TRANSACTION_NO = '4200001234202611201234567890';

/** Text with no digits at all (so no run of them can look like a card number), `<script>` inside, markers at both ends. */
function longNote(length: number, tag: string): string {
  const head = `${tag}-BEGIN `;
  const tail = ` ${tag}-END`;
  const body = '顾客说手机壳边缘有划痕，要求退货；<script>alert(2)</script> 原样印出，不能截断。'.repeat(Math.ceil(length / 40));
  return head + body.slice(0, length - head.length - tail.length) + tail;
}

/** The form's note allows 10,000 characters (TEXT_LIMITS.note); the UI-typed refund uses all of them. */
const UI_NOTE = longNote(10_000, 'UINOTE');
/** A second refund, prepared before the app starts like the other specs' shops, on another channel. */
const SEEDED_NOTE = longNote(10_000, 'LONGNOTE');

interface PaperCase {
  readonly label: ReceiptPaperLabel;
  readonly file: string;
  readonly widthPt: number;
  readonly thermal: boolean;
}

const PAPERS: readonly PaperCase[] = [
  // 80 mm first: its copy 1 (no reprint mark) is the README's picture.
  { label: '80 mm 热敏', file: 'receipt-80mm', widthPt: 226.77, thermal: true },
  { label: '58 mm 热敏', file: 'receipt-58mm', widthPt: 164.41, thermal: true },
  { label: 'A4', file: 'receipt-a4', widthPt: 595.28, thermal: false },
];

const squash = (text: string): string => text.replace(/\s+/g, '');

function pdfInfo(path: string): { widthPt: number; heightPt: number; pages: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  if (size === null || pages === null) throw new Error(`pdfinfo could not read ${path}:\n${info}`);
  return { widthPt: Number(size[1]), heightPt: Number(size[2]), pages: Number(pages[1]) };
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The first page as a PNG at 110 dpi, for a person to look at. */
function pdfPng(pdf: string, name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  const stem = join(screenshotDir, name);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
  return `${stem}.png`;
}

interface CardRefund {
  readonly paid: string;
  readonly reference: string;
  readonly deduction: string;
  readonly reason: string;
  readonly name: string;
  readonly phone: string;
  readonly note: string;
}

/** A UnionPay debit card refund typed at the counter, as counter-flow.spec.ts does; ends on the new refund's detail. */
async function typeCardRefund(page: Page, refund: CardRefund): Promise<string> {
  await page.keyboard.press('Control+n');
  const form = new RefundFormPage(page);
  await form.waitUntilShown();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter'); // → paid at (now)
  await page.keyboard.press('Enter'); // → amount paid
  await form.typeAndNext(refund.paid);
  await form.typeAndNext(refund.reference);
  await form.typeAndNext('000123');
  await form.typeAndNext('1234');
  await form.typeAndNext('000045');
  await form.typeAndNext('12345678');
  await form.typeAndNext('898310048161234');
  await form.typeAndNext('A1B2C3');
  expect(await form.focusedLabel()).toMatch(/退货/);
  await page.keyboard.press('Enter');
  expect(await form.focusedLabel()).toBe('退款金额');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // add a deduction
  await page.keyboard.press('ArrowDown'); // 手续费 → 折旧
  await page.keyboard.press('Enter');
  await form.typeAndNext(refund.deduction);
  await form.typeAndNext(refund.reason);
  expect(await form.focusedLabel()).toMatch(/^顾客姓名/);
  await form.typeAndNext(refund.name);
  await form.typeAndNext(refund.phone);
  await page.keyboard.press('Enter'); // operator
  await form.note.fill(refund.note);
  expect(await form.note.inputValue()).toBe(refund.note);
  await form.saveWithKeyboard();
  const detail = new RefundDetailPage(page);
  await detail.waitUntilShown();
  return detail.number();
}

/** Settings → 凭证上的店铺信息: address and phone for every receipt. */
async function setShopDetails(page: Page): Promise<void> {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  const shopBlock = page.locator('section.receipt-settings');
  await shopBlock.getByLabel('店铺地址').fill(SHOP_ADDRESS);
  await shopBlock.getByLabel('联系电话').fill(SHOP_PHONE);
  await shopBlock.getByRole('button', { name: '保存凭证设置' }).click();
  await shopBlock.getByRole('status').filter({ hasText: '已保存' }).waitFor();
}

const MM_PER_PT = 25.4 / 72;

describe('refund receipts', () => {
  let app: AppHandle | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  });

  it('previews, saves 58 mm / 80 mm / A4 PDFs with literal text, prints to the chosen printer on the roll size, and marks reprints', async () => {
    // A shop with one WeChat refund already recorded (set up through the same handler the form calls).
    dataDir = await mkdtemp(join(tmpdir(), 'refunddesk-receipts-'));
    const seed = await openAppServices({ dataDir, version: 'e2e' });
    try {
      await seed.handlers['app.setup']({ shopName: TEST_SHOP_NAME, operatorName: '店长', language: 'zh-CN', loadDemo: false });
      await seed.handlers['refund.create']({
        requestId: 'seed-long-note',
        payment: { channel: 'wechat', paidAt: '2026-11-20T10:30', amount: fen(5000), ids: { transactionNo: WECHAT_TRANSACTION_NO } },
        refund: { type: 'qr_refund', amount: fen(5000), deductions: [], operator: '店长', customerName: '李四', note: SEEDED_NOTE },
      });
    } finally {
      await seed.close();
    }
    app = await launchApp({ dataDir, start: 'first-run' });
    const { page } = app;
    // An alert would mean the hostile name ran as markup somewhere.
    const alerts: string[] = [];
    page.on('dialog', (shown) => {
      alerts.push(shown.message());
      void shown.dismiss();
    });
    const receipts = app.receipts;
    if (receipts === undefined) throw new Error('The Chromium harness provides the fake printer and save dialog.');
    const list = new RefundListPage(page);
    await list.waitUntilShown();

    // Settings: the shop's address and phone go on every receipt.
    await setShopDetails(page);
    await page.locator('section.receipt-settings').scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'receipt-settings');

    // A card refund typed at the counter: ¥100.00 paid, ¥20.00 deducted, ¥80.00 back; a hostile name; a 2,000-character note.
    const number = await typeCardRefund(page, {
      paid: '100',
      reference: REFERENCE_NO,
      deduction: '20',
      reason: '包装已拆',
      name: HOSTILE_NAME,
      phone: '13800138000',
      note: UI_NOTE,
    });
    const detail = new RefundDetailPage(page);
    expect(await detail.fact('实退给顾客').innerText()).toBe('¥80.00');

    // Ctrl+P opens the receipt dialog with the remembered size (80 mm by default), a real preview and copy 1.
    const dialog = new ReceiptDialogPage(page);
    await page.keyboard.press('Control+p');
    await dialog.waitUntilShown();
    await dialog.waitForPreview();
    expect(await dialog.paper('80 mm 热敏').isChecked()).toBe(true);
    expect(await dialog.copyNotice.innerText()).toBe('第 1 次打印');
    expect(await dialog.printer.inputValue()).toBe('XP-58'); // the system default, listed first
    // Focus stays in the dialog: Tab from the last control comes back inside.
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

    // Every paper drawn at one scale: 58 mm narrower than 80 mm, A4 wider still.
    const drawnWidth = async (label: ReceiptPaperLabel): Promise<number> => {
      await dialog.choosePaper(label);
      return dialog.previewImage.evaluate((image) => image.getBoundingClientRect().width);
    };
    const w58 = await drawnWidth('58 mm 热敏');
    const wA4 = await drawnWidth('A4');
    const w80 = await drawnWidth('80 mm 热敏');
    expect(w58).toBeLessThan(w80);
    expect(w80).toBeLessThan(wA4);
    expect(w80 / w58).toBeCloseTo(80 / 58, 1);
    await saveScreenshot(app, 'receipt-dialog');

    const capital = `人民币${capitalAmount(fen(8000))}`;
    expect(capital).toBe('人民币捌拾元整');
    mkdirSync(artifactDir, { recursive: true });
    for (const [index, paper] of PAPERS.entries()) {
      await dialog.choosePaper(paper.label);
      expect(await dialog.copyNotice.innerText()).toBe(index === 0 ? '第 1 次打印' : `第 ${index + 1} 次打印：将标注 重印 REPRINT`);
      const fileName = await dialog.savePdf();
      expect(fileName).toBe(`退款凭证-${number}.pdf`);
      const savedPath = receipts.saveDialog.saved.at(-1);
      if (savedPath === undefined) throw new Error('The save dialog was not asked.');
      const pdf = join(artifactDir, `${paper.file}.pdf`);
      copyFileSync(savedPath, pdf);

      const info = pdfInfo(pdf);
      expect(Math.abs(info.widthPt - paper.widthPt), `${paper.label} page width ${String(info.widthPt)} pt`).toBeLessThanOrEqual(1);
      if (paper.thermal) {
        expect({ paper: paper.label, pages: info.pages }).toEqual({ paper: paper.label, pages: 1 });
        expect(info.heightPt * MM_PER_PT, `${paper.label} roll length`).toBeGreaterThan(100);
      } else {
        expect(Math.abs(info.heightPt - 841.89), `A4 page height ${String(info.heightPt)} pt`).toBeLessThanOrEqual(1);
      }

      const text = pdfText(pdf);
      const flat = squash(text);
      for (const expected of [number, REFERENCE_NO, '¥100.00', '-¥20.00', '¥80.00', capital, HOSTILE_NAME, TEST_SHOP_NAME, SHOP_ADDRESS, SHOP_PHONE, '**** 1234']) {
        expect({ paper: paper.label, expected, found: flat.includes(squash(expected)) }).toEqual({ paper: paper.label, expected, found: true });
      }
      expect({ paper: paper.label, wholeNote: flat.includes(squash(UI_NOTE)) }).toEqual({ paper: paper.label, wholeNote: true });
      expect({ paper: paper.label, reprint: text.includes('重印') }).toEqual({ paper: paper.label, reprint: index > 0 });
      // The full phone number never leaves the shop on paper.
      expect(flat).not.toContain('13800138000');
      pdfPng(pdf, paper.file);
    }
    // Nothing in the receipt ran or fetched anything: no alert, no request from the app or the receipt pages.
    expect(app.foreignRequests).toEqual([]);
    expect(receipts.printRequests).toEqual([]);

    // Cancelling the save dialog saves nothing and records nothing.
    const eventsBefore = await detail.timelineItems.count();
    receipts.saveDialog.cancelNext();
    await dialog.savePdfButton.click();
    await expect.poll(() => receipts.saveDialog.suggested.length).toBe(4);
    await page.waitForTimeout(300);
    expect(await dialog.status.count()).toBe(0);
    await dialog.dialog.press('Escape');
    await dialog.dialog.waitFor({ state: 'hidden' });
    expect(await detail.timelineItems.count()).toBe(eventsBefore);
    expect(await page.locator('.timeline__what', { hasText: '凭证另存为 PDF（A4，重印 第 3 次）' }).count()).toBe(1);
    // Focus returns to the button that opened the dialog.
    await expect.poll(() => dialog.openButton.evaluate((button) => button === document.activeElement)).toBe(true);

    // The seeded refund: a 10,000-character note prints whole on a 58 mm roll; printing goes to the chosen printer.
    await page.keyboard.press('Escape');
    await list.waitUntilShown();
    await list.rows.filter({ hasText: '李四' }).first().click();
    await detail.waitUntilShown();
    const seededNumber = await detail.number();
    await dialog.openButton.click();
    await dialog.waitUntilShown();
    await dialog.waitForPreview();
    // The dialog remembered the last size used (A4) for this shop.
    expect(await dialog.paper('A4').isChecked()).toBe(true);
    await dialog.choosePaper('58 mm 热敏');
    expect(await dialog.copyNotice.innerText()).toBe('第 1 次打印');
    await dialog.printer.selectOption('XP-58');
    await dialog.print();
    expect(receipts.printJobs).toHaveLength(1);
    const [first] = receipts.printJobs;
    if (first === undefined) throw new Error('The fake printer got nothing.');
    expect(first.printerName).toBe('XP-58');
    expect(first.paper.widthMm).toBe(58);
    expect(first.heightMm).toBeGreaterThan(100);
    expect(first.heightMm).not.toBeCloseTo(297, 0);
    const firstPdf = join(artifactDir, 'receipt-58mm-long-note-print-1.pdf');
    writeFileSync(firstPdf, first.pdf);
    const firstInfo = pdfInfo(firstPdf);
    expect(Math.abs(firstInfo.widthPt - 164.41)).toBeLessThanOrEqual(1);
    expect(firstInfo.pages).toBe(1);
    expect(Math.abs(firstInfo.heightPt * MM_PER_PT - first.heightMm)).toBeLessThanOrEqual(1);
    const firstText = pdfText(firstPdf);
    expect(squash(firstText)).toContain(squash(SEEDED_NOTE));
    expect(squash(firstText)).toContain(seededNumber);
    expect(squash(firstText)).toContain(WECHAT_TRANSACTION_NO);
    expect(squash(firstText)).toContain('人民币伍拾元整');
    expect(firstText).not.toContain('重印');
    pdfPng(firstPdf, 'receipt-58mm-long-note');
    await page.locator('.timeline__what', { hasText: '打印凭证（58 mm 热敏，第 1 份）' }).waitFor();
    await page.locator('.timeline__note', { hasText: '打印机：XP-58' }).waitFor();

    // The second print is a reprint: the dialog says so, and so does the paper.
    await dialog.waitForPreview();
    expect(await dialog.copyNotice.innerText()).toBe('第 2 次打印：将标注 重印 REPRINT');
    await dialog.print();
    expect(receipts.printJobs).toHaveLength(2);
    const second = receipts.printJobs[1];
    if (second === undefined) throw new Error('The fake printer got no second job.');
    const secondPdf = join(artifactDir, 'receipt-58mm-long-note-print-2.pdf');
    writeFileSync(secondPdf, second.pdf);
    const secondText = pdfText(secondPdf);
    expect(secondText).toContain('重印');
    expect(secondText).toContain('REPRINT');
    pdfPng(secondPdf, 'receipt-58mm-reprint');
    await page.locator('.timeline__what', { hasText: '打印凭证（58 mm 热敏，重印 第 2 次）' }).waitFor();

    // A printer that fails says so in words, and records nothing.
    receipts.failNextPrint();
    const printedEvents = await page.locator('.timeline__what', { hasText: '打印凭证' }).count();
    await dialog.printButton.click();
    await dialog.alert.filter({ hasText: '打印机没有响应' }).waitFor();
    expect(receipts.printJobs).toHaveLength(2);
    expect(await page.locator('.timeline__what', { hasText: '打印凭证' }).count()).toBe(printedEvents);
    await page.keyboard.press('Escape');
    await dialog.dialog.waitFor({ state: 'hidden' });
    expect(await detail.chainOk.isVisible()).toBe(true);
    await detail.timelineItems.last().scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'receipt-timeline');

    expect(app.foreignRequests).toEqual([]);
    expect(receipts.printRequests).toEqual([]);
    expect(alerts).toEqual([]);
  });

  it('makes receipts a shop is proud of: a realistic refund on 80 mm (the README picture), 58 mm and bilingual 58 mm', async () => {
    app = await launchApp({ start: 'empty-shop' });
    const { page } = app;
    const receipts = app.receipts;
    if (receipts === undefined) throw new Error('The Chromium harness provides the fake printer and save dialog.');
    await new RefundListPage(page).emptyState.waitFor();
    await setShopDetails(page);
    // The policy the customer is shown is kept with the refund and printed on its receipt.
    await page.getByLabel('退款规则（给顾客看的）').fill('非质量问题 7 天内凭小票退货；已拆封商品按店规扣折旧费。');
    await page.getByRole('button', { name: '保存终端与规则' }).click();
    await page.getByText('已保存').first().waitFor();

    const number = await typeCardRefund(page, {
      paid: '399',
      reference: '602512345678',
      deduction: '50',
      reason: '已拆封，按店规折旧',
      name: '张女士',
      phone: '13912345678',
      note: '蓝牙耳机右耳无声，商品及包装已收回。',
    });
    const dialog = new ReceiptDialogPage(page);
    await dialog.openButton.click();
    await dialog.waitUntilShown();
    await dialog.waitForPreview();

    const capital = `人民币${capitalAmount(fen(34_900))}`;
    expect(capital).toBe('人民币叁佰肆拾玖元整');
    const cases = [
      { paper: '80 mm 热敏', language: '中文', file: 'receipt-80mm-clean', widthPt: 226.77 },
      { paper: '58 mm 热敏', language: '中文', file: 'receipt-58mm-clean', widthPt: 164.41 },
      { paper: '58 mm 热敏', language: '中英双语', file: 'receipt-58mm-both', widthPt: 164.41 },
    ] as const;
    for (const item of cases) {
      await dialog.language(item.language).check();
      await dialog.choosePaper(item.paper);
      await dialog.savePdf();
      const savedPath = receipts.saveDialog.saved.at(-1);
      if (savedPath === undefined) throw new Error('The save dialog was not asked.');
      const pdf = join(artifactDir, `${item.file}.pdf`);
      copyFileSync(savedPath, pdf);
      const info = pdfInfo(pdf);
      expect(Math.abs(info.widthPt - item.widthPt), `${item.file} page width ${String(info.widthPt)} pt`).toBeLessThanOrEqual(1);
      expect(info.pages).toBe(1);
      const flat = squash(pdfText(pdf));
      for (const expected of [number, '602512345678', '¥399.00', '-¥50.00', '¥349.00', capital, '张女士', '非质量问题7天内凭小票退货']) {
        expect({ file: item.file, expected, found: flat.includes(squash(expected)) }).toEqual({ file: item.file, expected, found: true });
      }
      if (item.language === '中英双语') expect(flat).toContain('Refund');
      pdfPng(pdf, item.file);
    }
    expect(app.foreignRequests).toEqual([]);
    expect(receipts.printRequests).toEqual([]);
  });
});
