/**
 * The baseline the issue measures against: lowdb 7's stock adapter (`JSONFile` from 'lowdb/node'), the whole
 * ledger in one file, every save rewriting all of it. The same data and the same change as RefundDesk's save
 * (a contact logged on a refund, with the ledger's own record function), then `db.write()`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { formatLocalMinute } from '../../../electron/common/domain/local-time';
import type { Payment, Refund } from '../../../electron/common/domain/types';
import { withContact } from '../../../electron/common/ledger/counter-records';
import { nodeHasher } from '../../../electron/node/system-adapters';
import { measure } from '../measure/stats';
import type { Timing } from '../measure/stats';

interface SingleFile {
  payments: Payment[];
  refunds: Refund[];
}

/** Copies a data folder's ledger (every month) into one lowdb file, written by lowdb itself. */
export async function writeBaselineFile(dataDir: string, file: string): Promise<void> {
  const data: SingleFile = { payments: [], refunds: [] };
  for (const name of (await readdir(join(dataDir, 'ledger'))).filter((entry) => entry.endsWith('.json')).sort()) {
    const envelope = JSON.parse(await readFile(join(dataDir, 'ledger', name), 'utf8')) as { data: SingleFile };
    data.payments.push(...envelope.data.payments);
    data.refunds.push(...envelope.data.refunds);
  }
  const db = new Low<SingleFile>(new JSONFile(file), data);
  await db.write();
}

export async function measureBaselineSaves(file: string, refundIds: readonly string[], runs: number, now: Date): Promise<Timing> {
  const db = new Low<SingleFile>(new JSONFile(file), { payments: [], refunds: [] });
  await db.read();
  const at = new Map(db.data.refunds.map((refund, index) => [refund.id, index]));
  return measure(
    runs,
    async (run) => {
      const id = refundIds[(run + refundIds.length) % refundIds.length] ?? '';
      const index = at.get(id) ?? 0;
      const refund = db.data.refunds[index];
      if (refund === undefined) throw new Error(`baseline: no refund ${id}`);
      const when = new Date(now.getTime() + run * 1_000);
      const contact = { at: formatLocalMinute(when), channel: 'phone' as const, party: 'customer' as const, summary: '顾客来电询问到账时间' };
      db.data.refunds[index] = withContact(refund, { id, actor: '店长', contact }, when, nodeHasher);
      await db.write();
    },
    1,
  );
}
