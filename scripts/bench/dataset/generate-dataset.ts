/**
 * One benchmark shop in a fresh data folder: set up through the app's own handlers (shop, operators), then five
 * years of refunds (demo-shop.ts, its real hash-chained histories), extra events (refund-extras.ts), settlement
 * days (demo-settlements.ts on the app's working calendar), cases (bench-cases.ts) and evidence files in the
 * content-addressed store, written as the stores' own files (store-files.ts). Deterministic for the seed.
 */
import { join } from 'node:path';
import { buildDemoShop } from '../../../electron/common/demo/demo-shop';
import { buildDemoSettlements, DEMO_SETTLEMENT_ACCOUNTS } from '../../../electron/common/demo/demo-settlements';
import { Random } from '../../../electron/common/demo/prng';
import { monthOfLocal } from '../../../electron/common/domain/local-time';
import type { Payment } from '../../../electron/common/domain/types';
import { storeEvidence } from '../../../electron/common/ledger/attachment-records';
import { storeCaseEvidence } from '../../../electron/common/cases/case-attachments';
import { expectedSettlementDate } from '../../../electron/common/settlements/settlement-due';
import type { WorkingCalendar } from '../../../electron/common/calendar/working-calendar';
import { openAppServices } from '../../../electron/node/app-services';
import { FsAttachmentStore } from '../../../electron/node/attachments/fs-attachment-store';
import { caseYearOf } from '../../../electron/node/cases/case-store';
import { parseCaseYearFile } from '../../../electron/node/cases/case-schema';
import { parseLedgerPartition } from '../../../electron/node/ledger-schema';
import { parseAccountsFile, parseYearFile } from '../../../electron/node/settlements/settlement-schema';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { nodeHasher } from '../../../electron/node/system-adapters';
import { FixedClock } from '../../../test/support/fixed-clock';
import { BENCH_NOW, BENCH_SEED, shareOf } from '../bench-config';
import type { BenchConfig } from '../bench-config';
import { evidenceFile } from '../evidence-files';
import { attachPacketFiles, buildBenchCases } from './bench-cases';
import { addExtraEvents } from './refund-extras';
import { groupBy, writeStoreFile } from './store-files';

export interface Dataset {
  readonly dataDir: string;
  readonly refunds: number;
  readonly payments: number;
  readonly events: number;
  readonly attachmentEvents: number;
  readonly settlementDays: number;
  readonly cases: number;
  readonly ledgerMonths: number;
  readonly ledgerBytes: number;
  /** The case with the packet's evidence files, and how many it has. */
  readonly packetCaseId: string;
  readonly packetFiles: number;
  /** Refund ids the save benchmark changes (spread over the five years). */
  readonly sampleRefundIds: readonly string[];
  readonly generateMs: number;
}

/** The average refund of a busy shop carries five events over five years (lifecycle, files, receipts, calls). */
const EVENTS_PER_REFUND = 5;
const RECEIPTS_PER_REFUND = 0.5;

// The same files for every size of one run: making a 3 MB photo or a scanned PDF costs a few hundred ms each.
const madeFiles = new Map<string, ReturnType<typeof evidenceFile>>();
function cachedEvidenceFile(seed: number, index: number, size: 'small' | 'realistic'): ReturnType<typeof evidenceFile> {
  const key = `${seed}/${index}/${size}`;
  const made = madeFiles.get(key) ?? evidenceFile(seed, index, size);
  madeFiles.set(key, made);
  return made;
}

async function setUpShop(dataDir: string, now: Date): Promise<WorkingCalendar> {
  const services = await openAppServices({ dataDir, version: 'bench', clock: new FixedClock(now) });
  try {
    const { handlers } = services;
    await handlers['app.setup']({ shopName: '星光手机配件服饰', operatorName: '店长', language: 'zh-CN', loadDemo: false });
    await handlers['operator.add']({ name: '小王', role: 'clerk' });
    await handlers['operator.add']({ name: '小李', role: 'clerk' });
    return services.calendar.calendar();
  } finally {
    await services.close();
  }
}

export async function generateDataset(config: BenchConfig, refundCount: number, root: string): Promise<Dataset> {
  const started = performance.now();
  const dataDir = join(root, `shop-${refundCount}`);
  const now = new Date(BENCH_NOW);
  const random = new Random(BENCH_SEED ^ refundCount);
  const calendar = await setUpShop(dataDir, now);

  const shop = buildDemoShop({ seed: BENCH_SEED, now, hasher: nodeHasher, refundCount, spanDays: config.spanDays });
  const refunds = shop.refunds;
  const baseEvents = refunds.reduce((sum, refund) => sum + refund.events.length, 0);

  const attachments = await FsAttachmentStore.open({ dataDir, fs: nodeFileSystem });
  const pool = [];
  for (let index = 0; index < shareOf(config, refundCount, config.attachmentPool); index += 1) {
    const file = await cachedEvidenceFile(BENCH_SEED, index, 'small');
    pool.push((await storeEvidence({ refundId: '', name: file.name, bytes: file.bytes, actor: '店长' }, attachments)).ref);
  }
  const attachmentTarget = shareOf(config, refundCount, config.attachmentEvents);
  const receipts = Math.round(refundCount * RECEIPTS_PER_REFUND);
  const contacts = Math.max(0, refundCount * EVENTS_PER_REFUND - baseEvents - attachmentTarget - receipts);
  const extras = addExtraEvents(refunds, { attachments: attachmentTarget, receipts, contacts }, pool, random, now, nodeHasher);

  const payments = new Map<string, Payment>(shop.payments.map((payment) => [payment.id, payment]));
  const monthOf = (paymentId: string): string => monthOfLocal(payments.get(paymentId)?.paidAt ?? '');
  const paymentsByMonth = groupBy(shop.payments, (payment) => monthOfLocal(payment.paidAt));
  const refundsByMonth = groupBy(refunds, (refund) => monthOf(refund.paymentId));
  let ledgerBytes = 0;
  for (const [month, monthPayments] of paymentsByMonth) {
    const partition = { payments: monthPayments, refunds: refundsByMonth.get(month) ?? [] };
    ledgerBytes += await writeStoreFile(dataDir, `ledger/${month}.json`, partition, parseLedgerPartition, now);
  }

  const settlements = buildDemoSettlements({
    seed: BENCH_SEED,
    now,
    hasher: nodeHasher,
    expectedBy: (businessDate, cycle) => expectedSettlementDate(businessDate, cycle, calendar).date,
    days: Math.ceil(shareOf(config, refundCount, config.settlementDays) / DEMO_SETTLEMENT_ACCOUNTS.length),
  });
  await writeStoreFile(dataDir, 'settlements/accounts.json', { accounts: settlements.accounts }, parseAccountsFile, now);
  for (const [year, days] of groupBy(settlements.days, (day) => day.businessDate.slice(0, 4))) {
    await writeStoreFile(dataDir, `settlements/${year}.json`, { days }, parseYearFile, now);
  }

  const refundsById = new Map(refunds.map((refund) => [refund.id, refund]));
  const daysById = new Map(settlements.days.map((day) => [day.id, day]));
  const lookup = {
    refund: (id: string) => {
      const refund = refundsById.get(id);
      const payment = refund === undefined ? undefined : payments.get(refund.paymentId);
      return refund === undefined || payment === undefined ? undefined : { refund, payment };
    },
    payment: (id: string) => payments.get(id),
    settlement: (id: string) => daysById.get(id),
  };
  const source = { refunds, payments, settlementDays: settlements.days, now, count: shareOf(config, refundCount, config.cases), random, hasher: nodeHasher };
  const cases = buildBenchCases(source, lookup);
  const packetFiles = [];
  for (let index = 0; index < config.packetFiles; index += 1) {
    const file = await cachedEvidenceFile(BENCH_SEED + 7, index, config.name === 'full' ? 'realistic' : 'small');
    packetFiles.push(await storeCaseEvidence({ id: '', name: file.name, bytes: file.bytes, actor: '店长' }, attachments));
  }
  const packetCaseId = attachPacketFiles(cases, packetFiles, now, nodeHasher);
  for (const [year, yearCases] of groupBy(cases, caseYearOf)) {
    await writeStoreFile(dataDir, `cases/${year}.json`, { cases: yearCases }, parseCaseYearFile, now);
  }

  const step = Math.max(1, Math.floor(refunds.length / 64));
  return {
    dataDir,
    refunds: refunds.length,
    payments: shop.payments.length,
    events: refunds.reduce((sum, refund) => sum + refund.events.length, 0),
    attachmentEvents: extras.attachments,
    settlementDays: settlements.days.length,
    cases: cases.length,
    ledgerMonths: paymentsByMonth.size,
    ledgerBytes,
    packetCaseId,
    packetFiles: packetFiles.length,
    sampleRefundIds: refunds.filter((_, index) => index % step === 0).map((refund) => refund.id),
    generateMs: performance.now() - started,
  };
}
