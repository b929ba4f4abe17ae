/**
 * CSV / Excel exports end to end, in the Chromium harness: its test save dialog answers with a path under
 * test-results/artifacts/ (the real app shows the OS dialog), so this spec lives in chromium-only/. It reads the
 * files back as the accountant's spreadsheet would: the CSV's bytes, and the .xlsx through a strict XML parser.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { AppShell } from '../pages/app-shell';
import { RefundDetailPage } from '../pages/refund-detail-page';
import { RefundFormPage } from '../pages/refund-form-page';
import { RefundListPage } from '../pages/refund-list-page';
import { SettlementsPage } from '../pages/settlements-page';
import { readXlsxFile } from '../../node/exports/xlsx-reader';

const HOSTILE_NAME = '=HYPERLINK("http://x")';
const REFERENCE_NO = '412345678902';

/** A UnionPay debit card 退货 of ¥88.00 typed at the counter (the keyboard path of receipts.spec.ts). */
async function typeHostileRefund(page: Page): Promise<string> {
  await page.keyboard.press('Control+n');
  const form = new RefundFormPage(page);
  await form.waitUntilShown();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter'); // → paid at (now)
  await page.keyboard.press('Enter'); // → amount paid
  await form.typeAndNext('88.00');
  await form.typeAndNext(REFERENCE_NO);
  await form.typeAndNext('000123');
  await form.typeAndNext('5678');
  await form.typeAndNext('000046');
  await form.typeAndNext('12345678');
  await form.typeAndNext('898310048161234');
  await form.typeAndNext('A1B2C4');
  expect(await form.focusedLabel()).toMatch(/退货/);
  await page.keyboard.press('Enter');
  expect(await form.focusedLabel()).toBe('退款金额');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await form.focusedLabel()).toMatch(/^顾客姓名/);
  await form.typeAndNext(HOSTILE_NAME);
  await form.typeAndNext('13800138000');
  await page.keyboard.press('Enter'); // operator
  await form.saveWithKeyboard();
  const detail = new RefundDetailPage(page);
  await detail.waitUntilShown();
  return detail.number();
}

/** Opens 导出 beside the filters (or in the settlements header), picks the format, and waits for the status line. */
async function exportThroughDialog(page: Page, format: 'CSV' | 'Excel'): Promise<string> {
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByLabel(new RegExp(`^${format}`)).check();
  if (format === 'CSV') await dialog.getByText(/科学计数法/u).waitFor();
  await dialog.getByRole('button', { name: '选择保存位置并导出' }).click();
  const status = page.locator('.export-button__status');
  await expect.poll(() => status.innerText()).toMatch(/^已导出 \d+ 条：/u);
  return status.innerText();
}

function csvLines(bytes: Buffer): string[] {
  return bytes.subarray(3).toString('utf8').split('\r\n');
}

describe('exports', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('exports the refund list as CSV and Excel, with a hostile name kept as text, and a month of settlements', async () => {
    app = await launchApp({ start: 'demo-shop' });
    const { page } = app;
    const dialog = app.receipts?.saveDialog;
    if (dialog === undefined) throw new Error('The Chromium harness has a test save dialog.');

    await new RefundListPage(page).waitUntilShown();
    const number = await typeHostileRefund(page);
    await new AppShell(page).listButton.click();
    const list = new RefundListPage(page);
    await list.waitUntilShown();
    const total = await list.total();
    const firstNumber = (await list.visibleCells(1))[0] ?? '';

    // The dialog: Excel first, Chinese headers, full phones off with the reason beside it.
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const exportDialog = page.getByRole('dialog');
    expect(await exportDialog.getByLabel(/^Excel/u).isChecked()).toBe(true);
    expect(await exportDialog.getByLabel('导出完整手机号').isChecked()).toBe(false);
    await saveScreenshot(app, 'export-refunds-dialog');
    await exportDialog.getByRole('button', { name: '取消' }).click();
    await exportDialog.waitFor({ state: 'hidden' });

    // CSV, Chinese headers, phones masked.
    const csvStatus = await exportThroughDialog(page, 'CSV');
    const csvPath = dialog.saved.at(-1) ?? '';
    expect(csvStatus).toBe(`已导出 ${total} 条：${basename(csvPath)}`);
    const csv = await readFile(csvPath);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvLines(csv);
    expect(lines[0]).toBe(
      '退款单号,登记时间,状态,退款方式,渠道,原交易时间,原支付金额,退款金额,扣款,扣款原因,实退金额,顾客,顾客电话,参考号/交易单号,终端号,批次号,凭证号,卡号后四位,经办人,审批人,预计到账,备注',
    );
    expect(lines).toHaveLength(total + 2);
    const ours = lines.find((line) => line.startsWith(`${number},`)) ?? '';
    expect(ours).toContain(`,88.00,88.00,0.00,,88.00,"'=HYPERLINK(""http://x"")",138****8000,${REFERENCE_NO},12345678,000046,000123,5678,`);
    expect(lines.some((line) => line.startsWith(`${firstNumber},`))).toBe(true);
    await saveScreenshot(app, 'export-refunds-status');

    // Excel: the same rows, the hostile name an inline string, never a formula.
    await exportThroughDialog(page, 'Excel');
    const xlsxPath = dialog.saved.at(-1) ?? '';
    expect(xlsxPath.endsWith('.xlsx')).toBe(true);
    const book = readXlsxFile(xlsxPath);
    expect(book.formulas).toBe(0);
    expect(book.cells.find((cell) => cell.r === 'A1')?.text).toBe('退款单号');
    const hostile = book.cells.find((cell) => cell.text === HOSTILE_NAME);
    expect(hostile?.t).toBe('inlineStr');
    const row = hostile?.r.replace(/^[A-Z]+/u, '') ?? '';
    expect(book.cells.find((cell) => cell.r === `A${row}`)?.text).toBe(number);
    expect(book.cells.find((cell) => cell.r === `K${row}`)).toMatchObject({ t: null, v: '88.00' });

    // Settlements: last month of the demo shop's days (the demo's days lie in the weeks before today).
    const settlements = new SettlementsPage(page);
    await settlements.navButton.click();
    await settlements.waitUntilShown();
    await page.getByRole('button', { name: /上个月/u }).click();
    const settlementStatus = await exportThroughDialog(page, 'CSV');
    const settlementPath = dialog.saved.at(-1) ?? '';
    expect(basename(settlementPath)).toMatch(/^结算对账-\d{4}-\d{2}\.csv$/u);
    const settlementLines = csvLines(await readFile(settlementPath));
    expect(settlementLines[0]).toBe('营业日,账户,消费笔数,消费金额,退货笔数,退货金额,手续费,应到,应到日期,实到,到账日期,差额,状态');
    const rows = Number(/已导出 (\d+) 条/u.exec(settlementStatus)?.[1]);
    expect(rows).toBeGreaterThan(0);
    expect(settlementLines).toHaveLength(rows + 2);
    expect(settlementLines[1]).toMatch(/^\d{4}-\d{2}-\d{2},[^,]+,\d+,-?\d+\.\d{2},\d+,-?\d+\.\d{2},/u);
    await saveScreenshot(app, 'export-settlements-status');
  });
});
