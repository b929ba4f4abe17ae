/**
 * The receipt handlers on the real composition root and a real temp folder, with a fake engine that records the
 * HTML and paper it was given: copy numbers and REPRINT, hash-chained events carrying the printed chain head,
 * remembered prefs, cancel, failures, the session guard, and a failed event save after the paper already exists.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../electron/common/domain/hash-chain';
import { shortHash } from '../../../electron/common/receipts/receipt-proof';
import { openAppServices } from '../../../electron/node/app-services';
import type { AppServices } from '../../../electron/node/app-services';
import { createScryptPinHasher } from '../../../electron/node/pin-hasher';
import { nodeHasher } from '../../../electron/node/system-adapters';
import { refundInput } from '../../common/ledger/ledger-harness';
import { FaultFileSystem } from '../../support/fault-fs';
import { FakeReceiptEngine, FakeSaveDialog } from './fake-receipt-engine';

let dataDir = '';
let services: AppServices;
let engine: FakeReceiptEngine;
let dialog: FakeSaveDialog;
let disk: FaultFileSystem;
let refundId = '';

async function open(withEngine = true): Promise<void> {
  services = await openAppServices({
    dataDir,
    version: 'test',
    fs: disk,
    pins: createScryptPinHasher({ log2N: 10, r: 8, p: 1 }),
    ...(withEngine ? { receipts: { engine, saveDialog: dialog } } : {}),
  });
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'refunddesk-receipts-'));
  engine = new FakeReceiptEngine();
  dialog = new FakeSaveDialog(join(dataDir, 'out.pdf'));
  disk = new FaultFileSystem();
  await open();
  await services.handlers['app.setup']({ shopName: '小店', operatorName: '店长', language: 'zh-CN', loadDemo: false, ownerPin: '2468' });
  refundId = (await services.handlers['refund.create'](refundInput({ paid: 88, operator: '店长' }))).refund.id;
});

afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

const print = (extra: { printerName?: string; size?: 'thermal58' | 'a4' } = {}) =>
  services.handlers['receipt.print']({ refundId, size: extra.size ?? 'thermal58', language: 'zh-CN', actor: '店长', ...(extra.printerName === undefined ? {} : { printerName: extra.printerName }) });

describe('receipt.print', () => {
  it('numbers copies 1, 2, 3, marks copies from 2 as REPRINT, and chains an event for each', async () => {
    const heads: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      heads.push((await services.handlers['refund.get']({ id: refundId })).refund.events.at(-1)?.hash ?? '');
      await print();
    }
    const { refund, chainValid } = await services.handlers['refund.get']({ id: refundId });
    expect(chainValid).toBe(true);
    expect(verifyChain(refund.events, nodeHasher)).toBe(true);
    const issued = refund.events.filter((event) => event.kind === 'receipt_issued');
    expect(issued.map((event) => event.receipt?.copy)).toEqual([1, 2, 3]);
    expect(issued.map((event) => event.receipt?.chainHead)).toEqual(heads);
    expect(issued[0]?.receipt).toMatchObject({ size: 'thermal58', language: 'zh-CN', via: 'printer' });

    const [first, second, third] = engine.calls.map((call) => call.html);
    expect(first).not.toContain('REPRINT');
    expect(second).toContain('REPRINT');
    expect(third).toContain('REPRINT');
    // The chain head printed is the head before the receipt's own event (short form on paper).
    expect(third).toContain(shortHash(heads[2] ?? ''));
    expect(first).toContain(shortHash(heads[0] ?? ''));
    expect(engine.calls[0]?.paper).toMatchObject({ size: 'thermal58', widthMm: 58 });
    expect(first).toContain(services.installKey.fingerprint.slice(0, 9));
  });

  it('remembers size, language and printer for the shop', async () => {
    await print({ printerName: 'HP_LaserJet', size: 'a4' });
    expect(engine.calls[0]).toMatchObject({ printerName: 'HP_LaserJet', paper: { size: 'a4' } });
    const info = await services.handlers['app.info']({});
    expect(info.settings.receipt).toEqual({ size: 'a4', language: 'zh-CN', printerName: 'HP_LaserJet' });
  });

  it('turns an engine failure into print_failed and records nothing', async () => {
    engine.failNext = true;
    await expect(print()).rejects.toMatchObject({ code: 'print_failed' });
    const { refund } = await services.handlers['refund.get']({ id: refundId });
    expect(refund.events.some((event) => event.kind === 'receipt_issued')).toBe(false);
    await print();
    const after = await services.handlers['refund.get']({ id: refundId });
    expect(after.refund.events.filter((event) => event.kind === 'receipt_issued').map((event) => event.receipt?.copy)).toEqual([1]);
  });

  it('refuses while locked (not_signed_in) and prints nothing', async () => {
    await services.handlers['session.lock']({});
    await expect(print()).rejects.toMatchObject({ code: 'not_signed_in' });
    await expect(services.handlers['receipt.savePdf']({ refundId, size: 'a4', language: 'en', actor: '店长' })).rejects.toMatchObject({ code: 'not_signed_in' });
    expect(engine.calls).toEqual([]);
  });

  it('keeps the copy number of paper whose event failed to save: the next copy is the one after, and both are recorded', async () => {
    disk.failWhen((call) => call.op === 'rename' && call.path.includes(`${join(dataDir, 'ledger')}`), 'EIO');
    await expect(print()).rejects.toMatchObject({ code: 'save_failed', params: { copy: 1 } });
    expect(engine.calls).toHaveLength(1);
    disk.clear();
    await print();
    expect(engine.calls[1]?.html).toContain('REPRINT');
    const { refund, chainValid } = await services.handlers['refund.get']({ id: refundId });
    expect(chainValid).toBe(true);
    expect(refund.events.filter((event) => event.kind === 'receipt_issued').map((event) => event.receipt?.copy)).toEqual([1, 2]);
  });
});

describe('receipt.savePdf', () => {
  it('writes the PDF where the person chose, with OS-default permissions, then records the event', async () => {
    const result = await services.handlers['receipt.savePdf']({ refundId, size: 'a4', language: 'zh-CN', actor: '店长' });
    expect(result).toEqual({ saved: true, fileName: 'out.pdf' });
    const number = (await services.handlers['refund.get']({ id: refundId })).refund.number;
    expect(dialog.suggested).toEqual([`退款凭证-${number}.pdf`]);
    expect((await readFile(join(dataDir, 'out.pdf'), 'utf8')).startsWith('%PDF')).toBe(true);
    // Not 0600: the owner saves it to send on. The umask decides, as for any file the person saves.
    const umask = process.umask();
    expect((await stat(join(dataDir, 'out.pdf'))).mode & 0o777).toBe(0o666 & ~umask);
    const { refund } = await services.handlers['refund.get']({ id: refundId });
    expect(refund.events.at(-1)).toMatchObject({ kind: 'receipt_issued', receipt: { copy: 1, via: 'pdf', size: 'a4' } });
  });

  it('suggests an English name for an English receipt', async () => {
    await services.handlers['receipt.savePdf']({ refundId, size: 'a4', language: 'en', actor: '店长' });
    expect(dialog.suggested[0]).toMatch(/^refund-receipt-.+\.pdf$/);
  });

  it('records nothing and renders nothing when the person cancels', async () => {
    dialog.answer = undefined;
    expect(await services.handlers['receipt.savePdf']({ refundId, size: 'thermal80', language: 'zh-CN', actor: '店长' })).toEqual({ saved: false });
    const { refund } = await services.handlers['refund.get']({ id: refundId });
    expect(refund.events.some((event) => event.kind === 'receipt_issued')).toBe(false);
    expect(engine.calls).toEqual([]);
  });
});

describe('receipt.preview and printer.list', () => {
  it('previews the next copy number as a PNG data URL, without recording anything', async () => {
    const preview = await services.handlers['receipt.preview']({ refundId, size: 'thermal80', language: 'both' });
    expect(preview.image.startsWith('data:image/png;base64,')).toBe(true);
    expect(preview).toMatchObject({ widthMm: 80, copy: 1 });
    await print();
    expect((await services.handlers['receipt.preview']({ refundId, size: 'thermal80', language: 'both' })).copy).toBe(2);
  });

  it('lists the engine\'s printers', async () => {
    expect(await services.handlers['printer.list']({})).toEqual([{ name: 'XP-58', displayName: 'XP-58 热敏打印机', isDefault: true }]);
  });

  it('answers print_unavailable without an engine (plain Node)', async () => {
    await services.close();
    await open(false);
    await expect(services.handlers['printer.list']({})).rejects.toMatchObject({ code: 'print_unavailable' });
    await expect(services.handlers['receipt.preview']({ refundId, size: 'a4', language: 'zh-CN' })).rejects.toMatchObject({ code: 'print_unavailable' });
  });
});

describe('settings.update: shop profile and receipt prefs', () => {
  it('trims the address and phone, and refuses text that is too long or holds a card number', async () => {
    const saved = await services.handlers['settings.update']({ shop: { address: '  杭州市西湖区文三路 1 号 ', phone: ' ' } });
    expect(saved.shop).toEqual({ address: '杭州市西湖区文三路 1 号' });
    await expect(services.handlers['settings.update']({ shop: { address: '路'.repeat(121) } })).rejects.toMatchObject({ code: 'too_long', field: 'shop.address' });
    await expect(services.handlers['settings.update']({ shop: { phone: '6222 0212 3456 7890 128' } })).rejects.toMatchObject({ code: 'full_card_number' });
  });
});
