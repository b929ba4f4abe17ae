/**
 * The self-check wired into the composition root: handlers, a background run after start-up and a daily run.
 * Not awaited by openAppServices: the window opens at once and the check reports when it is done.
 */
import type { Handlers } from '../../common/ipc/contract';
import type { Case } from '../../common/cases/case';
import type { Payment, Refund } from '../../common/domain/types';
import type { SettlementDay } from '../../common/settlements/settlement';
import type { Clock, Hasher } from '../../common/ports';
import type { FileSystem } from '../storage/fs-port';
import { IntegrityService } from './integrity-service';
import type { IntegrityRecords } from './integrity-service';

export interface AppIntegrityOptions {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly hasher: Hasher;
  readonly ledger: { eachRecordByMonth(): AsyncIterable<{ readonly refund: Refund; readonly payment: Payment | undefined }> };
  readonly settlements: { records(): { readonly days: readonly SettlementDay[] } };
  readonly cases: { records(): readonly Case[] };
}

// Long enough for the first window to load and draw before the check competes with it for the disk.
const START_DELAY_MS = 3000;
const DAILY_MS = 24 * 60 * 60 * 1000;

export function openAppIntegrity(options: AppIntegrityOptions): Pick<Handlers, 'integrity.status' | 'integrity.run'> {
  const snapshot = (): IntegrityRecords => ({
    refunds: options.ledger.eachRecordByMonth(),
    settlementDays: options.settlements.records().days,
    cases: options.cases.records(),
  });
  const service = new IntegrityService({ ...options, snapshot });
  // unref: a pending check never keeps a test process or a closing app alive.
  setTimeout(() => void service.run(), START_DELAY_MS).unref();
  setInterval(() => void service.run(), DAILY_MS).unref();
  return {
    'integrity.status': () => Promise.resolve(service.status()),
    'integrity.run': () => service.run(),
  };
}
