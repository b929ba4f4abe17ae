/**
 * The self-check and the readable export, behind one line of the composition root (app-services.ts):
 * both read every record, and neither changes any.
 */
import type { Handlers } from '../../common/ipc/contract';
import { publicSettings } from '../../common/operators/approval-handlers';
import type { Settings } from '../../common/ports';
import type { BackupDialogs } from '../backups/backup-ports';
import { nodeHasher } from '../system-adapters';
import { createAppPortableHandlers } from '../portable/app-portable';
import type { AppImportOptions, AppPortableOptions } from '../portable/app-portable';
import { openAppIntegrity } from './app-integrity';
import type { AppIntegrityOptions } from './app-integrity';

export interface AppDataToolsOptions extends Omit<AppIntegrityOptions, 'hasher' | 'ledger' | 'settlements' | 'settings'>, Pick<AppPortableOptions, 'ledger' | 'settlements'> {
  readonly settings: { get(): Settings };
  readonly attachments: { read(sha256: string): Promise<Uint8Array> };
  readonly directory: { requireOwnerSession(): unknown };
  readonly dialogs: BackupDialogs | undefined;
  /** Import from an export folder (portable/import-folder.ts): the backup to take first, the restart after. */
  readonly importing: Pick<AppImportOptions, 'version' | 'takeBackup' | 'idle' | 'requestRestart' | 'requireImporter'>;
}

export function openAppDataTools(options: AppDataToolsOptions): Pick<Handlers, 'integrity.status' | 'integrity.run' | 'data.exportFolder' | 'data.importFolder'> {
  return {
    ...openAppIntegrity({ ...options, hasher: nodeHasher }),
    ...createAppPortableHandlers({
      fs: options.fs,
      clock: options.clock,
      dialogs: options.dialogs,
      ledger: options.ledger,
      settlements: options.settlements,
      cases: options.cases,
      settings: () => publicSettings(options.settings.get()),
      readAttachment: (sha256) => options.attachments.read(sha256),
      requireOwner: () => void options.directory.requireOwnerSession(),
      ...options.importing,
      dataDir: options.dataDir,
      currentSettings: () => options.settings.get(),
    }),
  };
}
