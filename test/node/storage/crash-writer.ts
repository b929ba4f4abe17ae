/**
 * Child process for the crash test: takes the data-folder lock, opens the ledger, then commits records
 * forever, printing each id on its own line only AFTER commit() resolved — a printed id is a promise to the
 * owner that the record is safe. The parent SIGKILLs this process at a random moment.
 *
 * Usage: node --import tsx test/node/storage/crash-writer.ts <dataDir> <runId>
 */
import { fen } from '../../../electron/common/domain/money';
import { LowdbLedgerStore } from '../../../electron/node/ledger-store';
import { acquireDataLock } from '../../../electron/node/storage/data-lock';
import { payment, refund } from '../../support/storage-records';

const MONTHS = ['2026-09', '2026-10', '2026-11'] as const;

async function main(dataDir: string, runId: string): Promise<void> {
  await acquireDataLock(dataDir);
  const store = await LowdbLedgerStore.open({ dataDir });
  await store.loadAll();
  // stdout to a pipe is synchronous on Linux: once write() returns, the parent can read the line.
  process.stdout.write('ready\n');
  for (let i = 0; ; i += 1) {
    const month = MONTHS[i % MONTHS.length] ?? '2026-11';
    const id = `r${runId}-${i}`;
    // Some commits also replace a record written earlier into the same month (i - 3), or add a refund,
    // so replace-by-id and both record kinds go through the crash as well.
    const replaced = i >= 3 && i % 2 === 0 ? [payment(`r${runId}-${i - 3}`, { amount: fen(100 + i) })] : [];
    const refunds = i % 5 === 0 ? [refund(`${id}-refund`, id)] : [];
    await store.commit({ month, payments: [payment(id), ...replaced], refunds });
    process.stdout.write(`${month} ${id}\n`);
  }
}

const [dataDir, runId] = process.argv.slice(2);
if (dataDir === undefined || runId === undefined) {
  process.stderr.write('usage: crash-writer.ts <dataDir> <runId>\n');
  process.exit(2);
}
main(dataDir, runId).catch((error: unknown) => {
  process.stderr.write(`crash-writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
