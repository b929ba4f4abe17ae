/** Reads a data folder's records straight from the envelopes on disk: the snapshot the tampering tests edit. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Case } from '../../../electron/common/cases/case';
import type { Payment, Refund } from '../../../electron/common/domain/types';
import type { IntegritySnapshot } from '../../../electron/common/integrity/check-integrity';
import type { SettlementDay } from '../../../electron/common/settlements/settlement';

async function dataOf(dir: string, pattern: RegExp): Promise<unknown[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => pattern.test(name)).sort();
  const out: unknown[] = [];
  for (const name of names) out.push((JSON.parse(await readFile(join(dir, name), 'utf8')) as { data: unknown }).data);
  return out;
}

export async function snapshotOnDisk(dataDir: string): Promise<IntegritySnapshot> {
  const months = (await dataOf(join(dataDir, 'ledger'), /^\d{4}-\d{2}\.json$/u)) as { payments: Payment[]; refunds: Refund[] }[];
  const payments = new Map(months.flatMap((month) => month.payments).map((payment) => [payment.id, payment]));
  const years = (await dataOf(join(dataDir, 'settlements'), /^\d{4}\.json$/u)) as { days: SettlementDay[] }[];
  const caseYears = (await dataOf(join(dataDir, 'cases'), /^\d{4}\.json$/u)) as { cases: Case[] }[];
  return {
    refunds: months.flatMap((month) => month.refunds).map((refund) => ({ refund, payment: payments.get(refund.paymentId) })),
    settlementDays: years.flatMap((year) => year.days),
    cases: caseYears.flatMap((year) => year.cases),
  };
}
