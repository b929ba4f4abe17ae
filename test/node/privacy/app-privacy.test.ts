/**
 * Privacy through the composition root on a real temp folder: retention at start-up, deleting a customer's data
 * (bytes gone from disk, the record says why, reopening still verifies), and who can read the data files.
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices } from '../../../electron/node/app-services';
import type { AppServices } from '../../../electron/node/app-services';
import { listDataFiles } from '../../../electron/node/backups/data-files';
import { createScryptPinHasher } from '../../../electron/node/pin-hasher';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { refundInput } from '../../common/ledger/ledger-harness';
import { FixedClock } from '../../support/fixed-clock';
import { RED_PNG } from '../../fixtures/evidence-files';

const DAY_MS = 24 * 60 * 60 * 1000;
const pins = createScryptPinHasher({ log2N: 10, r: 8, p: 1 });
let dataDir = '';
const open: AppServices[] = [];

async function start(clock: FixedClock): Promise<AppServices> {
  const services = await openAppServices({ dataDir, version: 'test', pins, clock });
  open.push(services);
  return services;
}

async function signIn(services: AppServices): Promise<void> {
  const owner = (await services.handlers['operator.list']({}))[0];
  await services.handlers['session.unlock']({ operatorId: owner?.id ?? '', pin: '2468' });
}

afterEach(async () => {
  for (const services of open.splice(0)) await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function freshShop(clock: FixedClock): Promise<AppServices> {
  dataDir = await mkdtemp(join(tmpdir(), 'refunddesk-privacy-'));
  const services = await start(clock);
  await services.handlers['app.setup']({ shopName: '小店', operatorName: '店长', language: 'zh-CN', loadDemo: false, ownerPin: '2468' });
  return services;
}

const snapshots = new Map<string, Buffer>();

/** Copies every file a backup would hold (relative paths), like a backup taken now. */
async function snapshotDataFiles(): Promise<string[]> {
  snapshots.clear();
  for (const path of await listDataFiles(nodeFileSystem, dataDir)) snapshots.set(path, await readFile(join(dataDir, path)));
  return [...snapshots.keys()];
}

/** Writes those files back over the folder, like a restore. */
async function putBack(paths: readonly string[]): Promise<void> {
  for (const path of paths) await writeFile(join(dataDir, path), snapshots.get(path) ?? Buffer.alloc(0));
}

describe('privacy through openAppServices', () => {
  it('erases names of old closed refunds at start-up once retention is set, keeping amounts', async () => {
    const clock = new FixedClock('2026-11-20T02:00:00.000Z', 1_000);
    let services = await freshShop(clock);
    const created = await services.handlers['refund.create'](refundInput({ paid: 50, operator: '店长', customerName: '张三', customerPhone: '13800001234' }));
    const id = created.refund.id;
    await services.handlers['refund.advance']({ id, to: 'done', actor: '店长' });
    await services.handlers['refund.advance']({ id, to: 'arrived', actor: '店长' });
    expect((await services.handlers['privacy.update']({ retentionDays: 365 })).erasedNow).toBe(0);
    await services.close();
    open.length = 0;

    clock.advance(366 * DAY_MS);
    services = await start(clock);
    const detail = await services.handlers['refund.get']({ id });
    expect(detail.refund.customerName).toBeUndefined();
    expect(detail.refund.customerPhone).toBeUndefined();
    expect(detail.refund.net).toBe(created.refund.net);
    expect(detail.chainValid).toBe(true);
  });

  it('deletes a customer\'s data with the owner\'s PIN: the file leaves the disk, reading it says erased', async () => {
    const clock = new FixedClock('2026-11-20T02:00:00.000Z', 1_000);
    let services = await freshShop(clock);
    const created = await services.handlers['refund.create'](refundInput({ paid: 50, operator: '店长', customerName: '张三', customerPhone: '13800001234' }));
    const id = created.refund.id;
    const withFile = await services.handlers['attachment.add']({ refundId: id, actor: '店长', name: 'slip.png', bytes: RED_PNG });
    const sha = withFile.refund.events.at(-1)?.attachment?.sha256 ?? '';
    const file = join(dataDir, 'attachments', sha.slice(0, 2), sha.slice(2));
    await expect(stat(file)).resolves.toBeDefined();

    expect(await services.handlers['privacy.previewCustomer']({ query: '1234' })).toMatchObject({ attachments: 1, sharedAttachments: 0 });
    await expect(services.handlers['privacy.eraseCustomer']({ query: '1234', actor: '店长' })).rejects.toMatchObject({ code: 'pin_wrong' });
    expect(await services.handlers['privacy.eraseCustomer']({ query: '1234', actor: '店长', pin: '2468' })).toEqual({ refunds: 1, cases: 0, attachments: 1, filesDeleted: 1 });
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(services.handlers['attachment.read']({ refundId: id, sha256: sha })).rejects.toMatchObject({ code: 'attachment_erased' });

    // Saved, and the saved file loads and verifies after a restart (the new event kinds are in the schema).
    await services.close();
    open.length = 0;
    services = await start(clock);
    await signIn(services);
    const detail = await services.handlers['refund.get']({ id });
    expect(detail.refund.customerName).toBeUndefined();
    expect(detail.chainValid).toBe(true);
    expect(detail.refund.events.map((event) => event.kind).slice(-2)).toEqual(['personal_data_erased', 'attachment_erased']);
  });

  it('an old backup restored later does not bring the customer back (cases included)', async () => {
    const clock = new FixedClock('2026-11-20T02:00:00.000Z', 1_000);
    let services = await freshShop(clock);
    await signIn(services);
    const created = await services.handlers['refund.create'](refundInput({ paid: 50, operator: '店长', customerName: '张三', customerPhone: '13800001234' }));
    const id = created.refund.id;
    const kase = await services.handlers['case.open']({
      requestId: 'case-1',
      kind: 'not_arrived',
      links: [{ type: 'refund', id }],
      counterparty: { kind: 'bank', name: '工商银行' },
      actor: '店长',
    });
    await services.handlers['case.logContact']({
      id: kase.case.id,
      actor: '店长',
      contact: { at: '2026-11-20T09:00', channel: 'phone', party: 'customer', who: '张三', summary: '钱还没到' },
    });
    // What a backup holds now, before the erasure (backups/data-files.ts decides what a restore replaces).
    const backup = await snapshotDataFiles();
    expect(backup.some((path) => path.startsWith('privacy/'))).toBe(false);
    await services.handlers['privacy.eraseCustomer']({ query: '张三', actor: '店长', pin: '2468' });
    await services.close();
    open.length = 0;

    await putBack(backup);
    services = await start(clock);
    await signIn(services);
    const detail = await services.handlers['refund.get']({ id });
    expect(detail.refund.customerName).toBeUndefined();
    expect(detail.chainValid).toBe(true);
    const view = await services.handlers['case.get']({ id: kase.case.id });
    expect(JSON.stringify(view.case)).not.toContain('钱还没到');
    expect(view.case.events.some((event) => event.kind === 'personal_data_erased')).toBe(true);
    expect(view.chainValid).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('keeps the data folder 0700 and every data file 0600', async () => {
    const clock = new FixedClock('2026-11-20T02:00:00.000Z', 1_000);
    const services = await freshShop(clock);
    const created = await services.handlers['refund.create'](refundInput({ paid: 50, operator: '店长', customerName: '张三' }));
    await services.handlers['attachment.add']({ refundId: created.refund.id, actor: '店长', name: 'slip.png', bytes: RED_PNG });
    await services.handlers['privacy.update']({ retentionDays: 365 });
    await services.handlers['privacy.eraseCustomer']({ query: '张三', actor: '店长', pin: '2468' });
    await expect(stat(join(dataDir, 'privacy', 'erasures.json'))).resolves.toBeDefined();
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    const wide: string[] = [];
    for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      const mode = (await stat(path)).mode & 0o777;
      // Nothing for the group or others: folders may be 0700 or tighter, files 0600.
      if ((mode & 0o077) !== 0) wide.push(`${path.slice(dataDir.length)} ${mode.toString(8)}`);
    }
    expect(wide).toEqual([]);
  });
});
