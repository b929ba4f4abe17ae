/**
 * 'data.exportFolder' wired into the composition root: the owner picks a folder (the backups' folder dialog),
 * and every record plus the original files are written there in a form a person can read (export-folder.ts).
 */
import type { Handlers } from '../../common/ipc/contract';
import type { BackupFileRef, BackupKind } from '../../common/backups/backup-kinds';
import type { Settings } from '../../common/ports';
import type { Case } from '../../common/cases/case';
import type { Payment, Refund } from '../../common/domain/types';
import type { PublicSettings } from '../../common/ipc/contract';
import type { SettlementAccount, SettlementDay } from '../../common/settlements/settlement';
import type { Clock } from '../../common/ports';
import { DomainError } from '../../common/domain/errors';
import type { BackupDialogs } from '../backups/backup-ports';
import type { FileSystem } from '../storage/fs-port';
import { stageRestore } from '../backups/pending-restore';
import { writeExportFolder } from './export-folder';
import { buildImportArchive, readExportFolder } from './import-folder';

export interface AppPortableOptions {
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly dialogs: BackupDialogs | undefined;
  readonly ledger: {
    records(): readonly { readonly refund: Refund; readonly payment: Payment | undefined }[];
    eachRecordByMonth(): AsyncIterable<{ readonly refund: Refund; readonly payment: Payment | undefined }>;
    idle(): Promise<void>;
  };
  readonly settlements: { records(): { readonly days: readonly SettlementDay[]; readonly accounts: readonly SettlementAccount[] } };
  readonly cases: { records(): readonly Case[] };
  readonly settings: () => PublicSettings;
  readonly readAttachment: (sha256: string) => Promise<Uint8Array>;
  readonly requireOwner: () => void;
}

export interface AppImportOptions {
  readonly dataDir: string;
  readonly version: string;
  /** This install's settings (operators and PIN hashes are kept by an import). */
  readonly currentSettings: () => Settings;
  /** The backup service's queued backup: `before_import` is taken right before the import is staged. */
  readonly takeBackup: (kind: BackupKind) => Promise<BackupFileRef>;
  /** Waits until no store has a save in flight. */
  readonly idle: () => Promise<unknown>;
  readonly requestRestart?: () => void;
  /** Who may import: the owner, or anyone while the shop is not set up yet (app-backups.ts, ownerOrNewShop). Default: requireOwner. */
  readonly requireImporter?: () => void;
}

// As after a restore (app-backups.ts): long enough for the reply to reach the window before the app goes away.
const RESTART_DELAY_MS = 500;

export function createAppPortableHandlers(options: AppPortableOptions & AppImportOptions): Pick<Handlers, 'data.exportFolder' | 'data.importFolder'> {
  return {
    'data.importFolder': async () => {
      (options.requireImporter ?? options.requireOwner)();
      const dialogs = options.dialogs;
      if (dialogs?.chooseExistingFolder === undefined) throw new DomainError('print_unavailable', 'No folder dialog in this environment.');
      const folder = await dialogs.chooseExistingFolder();
      if (folder === undefined) return { cancelled: true };
      // Everything is checked and rebuilt before anything changes; a refusal leaves no file behind.
      const imported = await readExportFolder(options.fs, folder);
      await options.idle();
      const archive = await buildImportArchive({
        fs: options.fs,
        dataDir: options.dataDir,
        imported,
        current: options.currentSettings(),
        appVersion: options.version,
        at: options.clock.now(),
      });
      const safety = await options.takeBackup('before_import');
      await stageRestore(options.fs, options.dataDir, archive);
      if (options.requestRestart !== undefined) setTimeout(options.requestRestart, RESTART_DELAY_MS);
      return { restartRequired: true, safetyBackup: safety.fileName, refunds: imported.records.refunds.length, attachments: imported.attachments.size };
    },
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
