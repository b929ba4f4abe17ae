import { afterEach, describe, expect, it } from 'vitest';
import { attachmentsOf } from '../../../electron/common/attachments/attachment';
import { canonicalJson } from '../../../electron/common/domain/canonical-json';
import { DomainError } from '../../../electron/common/domain/errors';
import { hashEvent, verifyChain } from '../../../electron/common/domain/hash-chain';
import type { RefundEvent } from '../../../electron/common/domain/types';
import { RefundLedger } from '../../../electron/common/ledger/refund-ledger';
import { FsAttachmentStore } from '../../../electron/node/attachments/fs-attachment-store';
import { parseLedgerPartition } from '../../../electron/node/ledger-schema';
import { FaultFileSystem } from '../../support/fault-fs';
import { FixedClock } from '../../support/fixed-clock';
import { MemoryAttachmentStore } from '../../support/memory-attachment-store';
import { MemoryLedgerStore } from '../../support/memory-ledger-store';
import { nodeHasher } from '../../support/node-hasher';
import { SequentialIds } from '../../support/sequential-ids';
import { listFiles, listTempFiles, makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { BLUE_PNG, PDF_HEAD, RED_PNG, SVG } from '../../fixtures/evidence-files';
import { NOW, refundInput } from './ledger-harness';

/** A different slip, so the second refund is of another payment. */
const OTHER_PAYMENT = { referenceNo: '152000999999', voucherNo: '000999', cardLast4: '4321' };

async function openWith(attachments: MemoryAttachmentStore | FsAttachmentStore, store = new MemoryLedgerStore()) {
  const ledger = await RefundLedger.open({ store, clock: new FixedClock(NOW, 1_000), hasher: nodeHasher, ids: new SequentialIds(), attachments });
  return { ledger, store };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof DomainError ? error.code : `raw: ${String(error)}`;
  }
}

describe('evidence files on a refund', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await removeTempDir(dir);
  });

  it('records attachment_added in the hash chain, covering the hash, name and type', async () => {
    const files = new MemoryAttachmentStore();
    const { ledger } = await openWith(files);
    const { refund } = await ledger.create(refundInput());
    const detail = await ledger.addAttachment({ refundId: refund.id, actor: '店长', name: 'C:\\fakepath\\小票.png', bytes: RED_PNG });

    const event = detail.refund.events.at(-1);
    expect(event?.kind).toBe('attachment_added');
    expect(event?.attachment).toEqual({
      sha256: [...files.files.keys()][0],
      mediaType: 'image/png',
      size: RED_PNG.length,
      name: '小票.png',
    });
    expect(detail.chainValid).toBe(true);
    expect(verifyChain(detail.refund.events, nodeHasher)).toBe(true);
    expect(attachmentsOf(detail.refund.events)).toEqual([
      { ...event?.attachment, addedAt: event?.at, addedBy: '店长' },
    ]);

    // The chain covers every field of the attachment: change any one and the event no longer verifies.
    for (const change of [{ sha256: 'f'.repeat(64) }, { name: '别的.png' }, { mediaType: 'application/pdf' as const }, { size: 1 }]) {
      if (event?.attachment === undefined) throw new Error('no attachment');
      const forged: RefundEvent = { ...event, attachment: { ...event.attachment, ...change } };
      expect(hashEvent(forged, nodeHasher)).not.toBe(event.hash);
      expect(verifyChain([...detail.refund.events.slice(0, -1), forged], nodeHasher)).toBe(false);
    }
    expect(canonicalJson(event)).toContain(event?.attachment?.sha256);
  });

  it('reads the bytes back through the refund, and only files the refund refers to', async () => {
    const files = new MemoryAttachmentStore();
    const { ledger } = await openWith(files);
    const first = (await ledger.create(refundInput())).refund;
    const second = (await ledger.create(refundInput({ ids: OTHER_PAYMENT }))).refund;
    const detail = await ledger.addAttachment({ refundId: first.id, actor: '店长', name: 'a.pdf', bytes: PDF_HEAD });
    const [attachment] = attachmentsOf(detail.refund.events);
    if (attachment === undefined) throw new Error('no attachment');
    expect(await ledger.readAttachment({ refundId: first.id, sha256: attachment.sha256 })).toEqual({
      mediaType: 'application/pdf',
      bytes: PDF_HEAD,
    });
    expect(await codeOf(ledger.readAttachment({ refundId: second.id, sha256: attachment.sha256 }))).toBe('not_found');
  });

  it('keeps the same file on one refund once; two refunds share one stored copy', async () => {
    const files = new MemoryAttachmentStore();
    const { ledger, store } = await openWith(files);
    const first = (await ledger.create(refundInput())).refund;
    const second = (await ledger.create(refundInput({ ids: OTHER_PAYMENT }))).refund;
    await ledger.addAttachment({ refundId: first.id, actor: '店长', name: 'a.png', bytes: RED_PNG });
    const commits = store.commits.length;
    const again = await ledger.addAttachment({ refundId: first.id, actor: '店长', name: 'again.png', bytes: RED_PNG });
    expect(store.commits.length).toBe(commits);
    expect(attachmentsOf(again.refund.events)).toHaveLength(1);
    await ledger.addAttachment({ refundId: second.id, actor: '店长', name: 'b.png', bytes: RED_PNG });
    const both = await ledger.addAttachment({ refundId: first.id, actor: '店长', name: 'c.png', bytes: BLUE_PNG });
    expect(attachmentsOf(both.refund.events).map((a) => a.name)).toEqual(['a.png', 'c.png']);
    expect(files.files.size).toBe(2);
  });

  it('refuses an SVG named .png, an empty file, an unknown refund and a missing actor, storing nothing', async () => {
    const files = new MemoryAttachmentStore();
    const { ledger, store } = await openWith(files);
    const { refund } = await ledger.create(refundInput());
    const commits = store.commits.length;
    expect(await codeOf(ledger.addAttachment({ refundId: refund.id, actor: '店长', name: 'receipt.png', bytes: SVG }))).toBe('file_type_refused');
    expect(await codeOf(ledger.addAttachment({ refundId: refund.id, actor: '店长', name: 'e.png', bytes: new Uint8Array() }))).toBe('file_empty');
    expect(await codeOf(ledger.addAttachment({ refundId: 'nope', actor: '店长', name: 'a.png', bytes: RED_PNG }))).toBe('not_found');
    expect(await codeOf(ledger.addAttachment({ refundId: refund.id, actor: ' ', name: 'a.png', bytes: RED_PNG }))).toBe('required');
    expect(files.files.size).toBe(0);
    expect(store.commits.length).toBe(commits);
  });

  it('adds no event when the file could not be stored (disk full), and memory stays as it was', async () => {
    const files = new MemoryAttachmentStore();
    const { ledger, store } = await openWith(files);
    const { refund } = await ledger.create(refundInput());
    files.failNextPut();
    expect(await codeOf(ledger.addAttachment({ refundId: refund.id, actor: '店长', name: 'a.png', bytes: RED_PNG }))).toBe('disk_full');
    expect(ledger.get(refund.id).refund.events).toHaveLength(1);
    expect(store.commits).toHaveLength(1);
  });

  it('on a real folder: ENOSPC while writing the file leaves no temp file and no event; the retry works', async () => {
    const dataDir = await makeTempDir('refunddesk-ledger-attachments-');
    dirs.push(dataDir);
    const fs = new FaultFileSystem();
    const files = await FsAttachmentStore.open({ dataDir, fs });
    const { ledger } = await openWith(files);
    const { refund } = await ledger.create(refundInput());
    fs.failWhen((call) => call.op === 'write', 'ENOSPC');
    expect(await codeOf(ledger.addAttachment({ refundId: refund.id, actor: '店长', name: 'a.png', bytes: RED_PNG }))).toBe('disk_full');
    expect(await listTempFiles(dataDir)).toEqual([]);
    expect(await listFiles(dataDir)).toEqual([]);
    expect(ledger.get(refund.id).refund.events.map((event) => event.kind)).toEqual(['created']);

    fs.clear();
    const detail = await ledger.addAttachment({ refundId: refund.id, actor: '店长', name: 'a.png', bytes: RED_PNG });
    expect(attachmentsOf(detail.refund.events)).toHaveLength(1);
    expect(await listFiles(dataDir)).toHaveLength(1);
  });

  it('an attachment_added event passes the storage schema and still verifies after a load', async () => {
    const files = new MemoryAttachmentStore();
    const { ledger, store } = await openWith(files);
    const { refund } = await ledger.create(refundInput());
    await ledger.addAttachment({ refundId: refund.id, actor: '店长', name: '聊天截图.png', bytes: RED_PNG });
    const partitions = await store.loadAll();
    for (const partition of partitions.values()) {
      const loaded = parseLedgerPartition(structuredClone(partition));
      for (const saved of loaded.refunds) expect(verifyChain(saved.events, nodeHasher)).toBe(true);
    }
    const reopened = await openWith(files, store);
    expect(attachmentsOf(reopened.ledger.get(refund.id).refund.events).map((a) => a.name)).toEqual(['聊天截图.png']);
  });
});
