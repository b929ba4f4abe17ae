/**
 * 'data.exportFolder' wired into the composition root: the owner picks a folder (the backups' folder dialog),
 * and every record plus the original files are written there in a form a person can read (export-folder.ts).
 */
import type { Handlers } from '../../common/ipc/contract';
import type { Case } from '../../common/cases/case';
import type { Payment, Refund } from '../../common/domain/types';
import type { PublicSettings } from '../../common/ipc/contract';
import type { SettlementAccount, SettlementDay } from '../../common/settlements/settlement';
import type { Clock } from '../../common/ports';
import { DomainError } from '../../common/domain/errors';
import type { BackupDialogs } from '../backups/backup-ports';
import type { FileSystem } from '../storage/fs-port';
import { writeExportFolder } from './export-folder';

export interface AppPortableOptions {
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly dialogs: BackupDialogs | undefined;
  readonly ledger: { records(): readonly { readonly refund: Refund; readonly payment: Payment | undefined }[]; idle(): Promise<void> };
  readonly settlements: { records(): { readonly days: readonly SettlementDay[]; readonly accounts: readonly SettlementAccount[] } };
  readonly cases: { records(): readonly Case[] };
  readonly settings: () => PublicSettings;
  readonly readAttachment: (sha256: string) => Promise<Uint8Array>;
  readonly requireOwner: () => void;
}

export function createAppPortableHandlers(options: AppPortableOptions): Pick<Handlers, 'data.exportFolder'> {
  return {
    'data.exportFolder': async () => {
      // Everything, customers' names and phones included: the owner's decision only (PIPL, RELIABILITY §6).
      options.requireOwner();
      if (options.dialogs === undefined) throw new DomainError('print_unavailable', 'No folder dialog in this environment.');
      const parent = await options.dialogs.chooseFolder();
      if (parent === undefined) return { cancelled: true };
      await options.ledger.idle();
      const { days, accounts } = options.settlements.records();
      const refunds = options.ledger.records();
      const result = await writeExportFolder({
        fs: options.fs,
        parent,
        at: options.clock.now(),
        records: { refunds, settlementAccounts: accounts, settlementDays: days, cases: options.cases.records(), settings: options.settings() },
        readAttachment: options.readAttachment,
      });
      return { folder: result.folder, refunds: refunds.length, attachments: result.attachments };
    },
  };
}
