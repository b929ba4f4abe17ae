/**
 * Cases and evidence packets end to end, in the Chromium harness (its test save dialog and recording printer stand
 * in for the OS dialog and the hardware). A 调单 arrives for a card sale the shop refunded: the owner opens a case
 * from the refund with the deadline from the notice, attaches the slip photo and the notice PDF, says why proof of
 * service cannot be had, logs the call, edits the cover letter and exports. The zip is then checked the way the
 * recipient would (VERIFY.txt): `sha256sum -c SHA256SUMS`, the Ed25519 signature with `public-key.pem`; the PDF's
 * words with `pdftotext`; the customer's phone and name nowhere unless redaction was switched off.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, saveScreenshot } from '../support/app-harness';
import type { AppHandle } from '../support/app-harness';
import { screenshotDir } from '../support/paths';
import { CaseDetailPage, CasesPage, OpenCaseDialog } from '../pages/case-pages';
import { RefundDetailPage } from '../pages/refund-detail-page';
import { RefundFormPage } from '../pages/refund-form-page';
import { RefundListPage } from '../pages/refund-list-page';
import { TodayPage } from '../pages/today-page';

const REFERENCE_NO = '412345678901';
const PHONE = '13800138000';
const NAME = '王小明';
const TICKET_NO = 'DD20261201-0042';
const COVER_MARK = '本店已按调单通知提供签购单原件照片，交易真实有效。COVER-7731';
const CALL_SUMMARY = '收单机构已受理调单，要求在截止日前提交签购单';
const NA_REASON = '顾客当场提货，没有签收单';

const squash = (text: string): string => text.replace(/\s+/g, '');

/** A local `YYYY-MM-DD` some days from now (TZ is Asia/Shanghai in the e2e project). */
function localDate(daysAhead: number): string {
  const date = new Date();
  date.setDate(date.getDate() + daysAhead);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The PDF's words in content order (`-raw`): a table cell's wrapped lines stay together, unlike `-layout`. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Every file under a folder, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** `grep -r -l` over a folder: the files that contain the text (grep exits 1 when none do). */
function grepFiles(text: string, folder: string): string[] {
  const result = spawnSync('grep', ['-r', '-l', '-F', text, folder], { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`grep failed: ${result.stderr}`);
  return result.stdout.split('\n').filter((line) => line !== '');
}

/** Unzips next to the zip and returns the folder. */
function unzip(zipPath: string, folderName: string): string {
  const folder = join(dirname(zipPath), folderName);
  mkdirSync(folder, { recursive: true });
  execFileSync('unzip', ['-q', '-o', zipPath, '-d', folder]);
  return folder;
}

/** A signed sales slip photographed on the counter: a real JPEG drawn by the browser. */
async function slipPhoto(page: Page): Promise<Uint8Array> {
  const dataUrl = await page.evaluate((reference) => {
    const canvas = document.createElement('canvas');
    canvas.width = 360;
    canvas.height = 480;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.fillStyle = '#f7f3e8';
    context.fillRect(0, 0, 360, 480);
    context.fillStyle = '#222';
    context.font = 'bold 22px sans-serif';
    context.fillText('银联 POS 签购单', 90, 48);
    context.font = '16px sans-serif';
    const lines = ['商户存根 MERCHANT COPY', '商户名称 测试小店', '终端编号 12345678', '卡号 6222 **** **** 1234', `参考号 ${reference}`, '交易类型 消费 SALE', '金额 RMB 100.00', '持卡人签名：'];
    lines.forEach((line, index) => context.fillText(line, 24, 100 + index * 34));
    context.strokeStyle = '#333';
    context.beginPath();
    context.moveTo(140, 360);
    context.bezierCurveTo(170, 330, 200, 390, 240, 350);
    context.stroke();
    return canvas.toDataURL('image/jpeg', 0.85);
  }, REFERENCE_NO);
  return Buffer.from(dataUrl.replace(/^data:image\/jpeg;base64,/, ''), 'base64');
}

/** The acquirer's 调单 notice as a small real PDF. */
async function noticePdf(deadline: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 420]);
  const lines = ['RETRIEVAL REQUEST NOTICE', `Reference no. ${REFERENCE_NO}`, 'Amount CNY 100.00', `Reply with the signed slip by ${deadline}`];
  lines.forEach((line, index) => page.drawText(line, { x: 48, y: 360 - index * 28, size: 14, font }));
  return doc.save();
}

/** A UnionPay debit card refund typed at the counter, as receipts.spec.ts does; ends on the new refund's detail. */
async function typeCardRefund(page: Page): Promise<string> {
  await page.keyboard.press('Control+n');
  const form = new RefundFormPage(page);
  await form.waitUntilShown();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter'); // → paid at (now)
  await page.keyboard.press('Enter'); // → amount paid
  await form.typeAndNext('100');
  await form.typeAndNext(REFERENCE_NO);
  await form.typeAndNext('000123');
  await form.typeAndNext('1234');
  await form.typeAndNext('000045');
  await form.typeAndNext('12345678');
  // This 15-digit merchant no. happens to pass the Luhn check: the cover letter quotes it and must still save.
  await form.typeAndNext('898310048161234');
  await form.typeAndNext('A1B2C3');
  expect(await form.focusedLabel()).toMatch(/退货/);
  await page.keyboard.press('Enter');
  expect(await form.focusedLabel()).toBe('退款金额');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // add a deduction
  await page.keyboard.press('ArrowDown'); // 手续费 → 折旧
  await page.keyboard.press('Enter');
  await form.typeAndNext('20');
  await form.typeAndNext('包装已拆');
  expect(await form.focusedLabel()).toMatch(/^顾客姓名/);
  await form.typeAndNext(NAME);
  await form.typeAndNext(PHONE);
  await page.keyboard.press('Enter'); // operator
  await form.saveWithKeyboard();
  const detail = new RefundDetailPage(page);
  await detail.waitUntilShown();
  return detail.number();
}

/** Pages of a PDF as PNGs for a person to look at. */
function pdfPages(pdf: string, names: readonly string[]): string[] {
  mkdirSync(screenshotDir, { recursive: true });
  return names.map((name, index) => {
    const stem = join(screenshotDir, name);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(index + 1), '-l', String(index + 1), '-singlefile', pdf, stem]);
    return `${stem}.png`;
  });
}

describe('cases and evidence packets', () => {
  let app: AppHandle | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens a 调单 case from a refund, collects the evidence, exports a verifiable redacted packet, re-exports and prints it', async () => {
    app = await launchApp({ start: 'empty-shop' });
    const { page } = app;
    const receipts = app.receipts;
    if (receipts === undefined) throw new Error('The Chromium harness provides the fake printer and save dialog.');
    const cases = new CasesPage(page);

    // No case yet: the Cases screen says when to open one.
    await new RefundListPage(page).waitUntilShown();
    await cases.navButton.click();
    await cases.emptyState.waitFor();
    expect(await page.locator('.cases__empty').innerText()).toContain('调单');

    // The card sale and its refund, typed at the counter with the customer's name and phone.
    const refundNumber = await typeCardRefund(page);

    // The acquirer's 调单 notice: reply by tomorrow. 开个案 on the refund, deadline copied from the notice.
    const deadline = localDate(1);
    await page.getByRole('button', { name: '开个案', exact: true }).click();
    const open = new OpenCaseDialog(page);
    await open.dialog.waitFor();
    await open.kind('调单').check();
    // Required for 调单: refused without it, with the hint saying where the date comes from.
    await open.typeCounterparty('收单机构', '银联商务浙江分公司', '95534');
    await open.submit();
    await open.dialog.getByText('调单和拒付必须填截止日期（照通知上的日期）。').waitFor();
    await open.dialog.getByText('照通知上的日期填写，不要估计').waitFor();
    await open.deadline.fill(deadline);
    await open.dialog.getByLabel(/^对方的受理编号/).fill(TICKET_NO);
    await open.dialog.getByLabel(/^你的诉求/).fill('请转发签购单给发卡行，维持原交易');
    await open.submit();
    const detail = new CaseDetailPage(page);
    await detail.waitUntilShown();
    const caseNumber = await detail.number();
    expect(caseNumber).toMatch(/^AJ-\d{6}-\d{4}$/);
    expect(await page.getByTestId('case-deadline').innerText()).toContain('明天截止');
    await detail.linkedRefund(refundNumber).waitFor();

    // The checklist of a 调单: the notice, the transaction details (already recorded), the slip, proof of service.
    expect(await detail.checklistItem('transaction_ids').getAttribute('data-state')).toBe('data');
    expect(await detail.checklistItem('transaction_ids').innerText()).toContain(REFERENCE_NO);
    for (const item of ['notice', 'signed_slip', 'proof_of_service'] as const) {
      expect(await detail.checklistItem(item).getAttribute('data-state')).toBe('missing');
    }
    expect(await detail.missingCount.innerText()).toBe('还缺 3 项');

    // The slip photo for 签购单, the notice PDF for the notice, and why proof of service cannot be had.
    await detail.attachFor('signed_slip', { name: '签购单.jpg', mimeType: 'image/jpeg', bytes: await slipPhoto(page) });
    await detail.attachFor('notice', { name: '调单通知.pdf', mimeType: 'application/pdf', bytes: await noticePdf(deadline) });
    await detail.markNotAvailable('proof_of_service', NA_REASON);
    expect(await detail.checklistItem('signed_slip').innerText()).toContain('签购单.jpg');
    expect(await detail.checklistItem('proof_of_service').innerText()).toContain(NA_REASON);
    expect(await detail.missingCount.innerText()).toBe('证据齐全');
    expect(await detail.files.count()).toBe(2);
    // The slip's thumbnail is the real image, read back through case.readAttachment.
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('.evidence img.evidence__thumb');
      return image !== null && image.complete && image.naturalWidth === 360;
    });

    // The call with the acquirer.
    await detail.logContact('收单机构', '客服 8 号', CALL_SUMMARY);
    await detail.timelineItem('联系记录').waitFor();

    // The cover letter starts from the draft; the owner adds a sentence and saves it.
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('#packet-cover-letter')?.value ?? '') !== '');
    const draft = await detail.coverLetter.inputValue();
    expect(draft).toContain(caseNumber);
    await detail.coverLetter.fill(`${draft}\n\n${COVER_MARK}`);
    await detail.packet.getByRole('button', { name: '保存说明信' }).click();
    await detail.timelineItem('保存了说明信').waitFor();
    await detail.previewImage.waitFor();
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'case-detail');
    await detail.packet.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'case-packet-panel');

    // Export, redacted (the default).
    expect(await detail.redactSwitch.isChecked()).toBe(true);
    await detail.exportButton.click();
    await detail.outcome.getByText(/^✓ 已保存：/).waitFor();
    expect(await detail.outcome.innerText()).not.toContain('与上次导出内容相同');
    const zipPath = receipts.saveDialog.saved.at(-1);
    if (zipPath === undefined) throw new Error('No packet was saved.');
    expect(basename(zipPath)).toMatch(/\.zip$/);
    const pdfs = readdirSync(dirname(zipPath)).filter((name) => name.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const pdfPath = join(dirname(zipPath), pdfs[0] ?? '');
    await detail.lastExport.getByText(basename(zipPath)).waitFor();
    await detail.timelineItem('导出证据包').waitFor();

    // The recipient's checks (VERIFY.txt): every checksum, then the signature over SHA256SUMS.
    const folder = unzip(zipPath, 'unzipped');
    const names = readdirSync(folder);
    for (const name of ['SHA256SUMS', 'SHA256SUMS.sig', 'public-key.pem', 'VERIFY.txt', 'events.jsonl']) expect(names).toContain(name);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
    expect({ status: check.status, out: check.stdout, err: check.stderr }).toMatchObject({ status: 0 });
    expect(check.stdout).not.toMatch(/FAILED/);
    const signed = verify(null, readFileSync(join(folder, 'SHA256SUMS')), createPublicKey(readFileSync(join(folder, 'public-key.pem'))), readFileSync(join(folder, 'SHA256SUMS.sig')));
    expect(signed).toBe(true);
    expect(readFileSync(join(folder, 'VERIFY.txt'), 'utf8')).toContain('sha256sum -c SHA256SUMS');
    // The originals are inside, byte for byte.
    expect(filesUnder(folder).some((path) => path.includes('originals/') && path.endsWith('.jpg'))).toBe(true);
    expect(filesUnder(folder).some((path) => path.includes('originals/') && path.endsWith('.pdf'))).toBe(true);

    // The PDF says what the recipient needs: the cover letter, the history, the identifiers.
    const text = pdfText(pdfPath);
    expect(squash(text)).toContain(squash(COVER_MARK));
    expect(squash(text)).toContain(squash(CALL_SUMMARY));
    expect(text).toContain(REFERENCE_NO);
    expect(text).toContain(caseNumber);
    expect(squash(text)).toContain(squash(NA_REASON));
    // Redacted: no phone, no full name anywhere in the zip or the PDF's words; the surname stays (王*).
    expect(grepFiles(PHONE, folder)).toEqual([]);
    expect(grepFiles(NAME, folder)).toEqual([]);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(NAME);
    expect(text).toContain('王*');
    for (const inner of filesUnder(folder).filter((path) => path.endsWith('.pdf'))) {
      expect(pdfText(inner)).not.toContain(PHONE);
    }
    // The slip photo is drawn by pdf-lib as its own JPEG bytes (metadata stripped), not re-encoded by Chromium.
    const images = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' });
    expect(images).toMatch(/^\s*\d+\s+\d+\s+image\s+360\s+480\s+\S+\s+3\s+8\s+jpeg\s/mu);
    const pngs = pdfPages(pdfPath, ['packet-1', 'packet-2']);
    expect(pngs).toHaveLength(2);

    // Nothing changed: the same packet again, and the screen says so.
    await detail.exportButton.click();
    await detail.outcome.getByText('与上次导出内容相同').waitFor();
    expect(receipts.saveDialog.saved).toHaveLength(2);

    // Redaction switched off for this export: the phone is in the packet.
    await detail.redactSwitch.uncheck();
    await detail.packet.getByText('注意：这次导出会包含顾客的完整姓名和手机号。').waitFor();
    await detail.exportButton.click();
    await detail.outcome.getByText(/^✓ 已保存：/).waitFor();
    expect(receipts.saveDialog.saved).toHaveLength(3);
    const plainZip = receipts.saveDialog.saved.at(-1) ?? '';
    const plainFolder = unzip(plainZip, 'unzipped');
    const plainPdf = readdirSync(dirname(plainZip)).find((name) => name.endsWith('.pdf')) ?? '';
    const plainText = pdfText(join(dirname(plainZip), plainPdf));
    expect(grepFiles(PHONE, plainFolder).length + (plainText.includes(PHONE) ? 1 : 0)).toBeGreaterThan(0);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: plainFolder }).status).toBe(0);
    await detail.lastExport.getByText('未隐去个人信息').waitFor();

    // Printed as well as saved: the fake printer gets the whole packet as one PDF job.
    await detail.redactSwitch.check();
    const jobsBefore = receipts.printJobs.length;
    await detail.printButton.click();
    await detail.outcome.getByText('已送到打印机').waitFor();
    expect(receipts.printJobs.length).toBe(jobsBefore + 1);
    const job = receipts.printJobs.at(-1);
    expect(Buffer.from(job?.pdf ?? new Uint8Array()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The list: the case, its kind in words, the deadline in red (one day left), nothing missing.
    await cases.navButton.click();
    await cases.waitUntilShown();
    const row = cases.row(caseNumber);
    await row.waitFor();
    expect(await row.innerText()).toContain('调单');
    expect(await row.innerText()).toContain('银联商务浙江分公司');
    expect(await row.innerText()).toContain('明天截止');
    expect(await row.locator('.case-deadline--urgent').count()).toBe(1);
    expect(await row.innerText()).toContain('证据齐全');
    await saveScreenshot(app, 'cases-list');

    // Today: the deadline is a reminder; "打开个案" leads to the case.
    const today = new TodayPage(page);
    await today.navButton.click();
    await today.waitUntilShown();
    const card = page.getByRole('article', { name: `个案截止 · ${caseNumber} · 调单` });
    await card.waitFor();
    expect(await card.innerText()).toContain(TICKET_NO);
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(app, 'today-case-reminder');
    await card.getByRole('button', { name: '打开个案' }).click();
    await detail.waitUntilShown();
    expect(await detail.number()).toBe(caseNumber);

    // Put aside until tomorrow morning: the snooze goes on the case ({ caseId, kind }).
    await today.navButton.click();
    await today.waitUntilShown();
    await today.putAside(page.getByRole('article', { name: `个案截止 · ${caseNumber} · 调单` }), 'snooze', '明早把签购单交给收单机构', '明天 9:00');
    await page.getByRole('article', { name: `个案截止 · ${caseNumber} · 调单` }).waitFor({ state: 'detached' });
    expect(app.foreignRequests).toEqual([]);
  });
});
