/**
 * Backups wired into the composition root: the handlers, the start-up backup and a daily check. Kept here so
 * app-services.ts only gains a line or two.
 */
import type { Handlers } from '../../common/ipc/contract';
import type { Clock } from '../../common/ports';
import type { BackupFileRef, BackupKind } from '../../common/backups/backup-kinds';
import type { FileSystem } from '../storage/fs-port';
import { BackupService } from './backup-service';
import type { BackupDialogs } from './backup-ports';

export interface BackupPorts {
  readonly dialogs?: BackupDialogs;
  /** Electron: relaunch the app once the reply is sent. The test harness restarts on its own (AppHandle.restart). */
  readonly requestRestart?: () => void;
}

export interface AppBackupsOptions extends BackupPorts {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly version: string;
  readonly idle: () => Promise<unknown>;
  readonly requireSignedIn: () => void;
  readonly requireOwner: () => void;
  /** True while the shop is not set up yet (no owner, no records): a new PC may then restore without an owner. */
  readonly isNewShop: () => boolean;
  /** This app's data format, after start-up migrations (a backup of a newer format is refused). */
  readonly dataVersion: number;
}

/**
 * The owner, or nobody at all on a shop that is not set up yet: a shop owner whose PC died restores their backup
 * (or imports an export folder) from the first-run screen of the new one. There is nothing to lose yet and no
 * owner to ask; once a shop exists, only its owner may replace its data.
 */
export function ownerOrNewShop(isNewShop: () => boolean, requireOwner: () => void): () => void {
  return () => {
    if (!isNewShop()) requireOwner();
  };
}

type BackupHandlers = Pick<Handlers, 'backup.status' | 'backup.create' | 'backup.verify' | 'backup.restore' | 'backup.setSecondLocation'>;

// The schedule is "once a day"; checking hourly catches the first hour of a new day for an app left open overnight.
const CHECK_EVERY_MS = 60 * 60 * 1000;
// Long enough for the reply to reach the window before the app goes away.
const RESTART_DELAY_MS = 500;

export async function openAppBackups(options: AppBackupsOptions): Promise<{ readonly handlers: BackupHandlers; takeBackup(kind: BackupKind): Promise<BackupFileRef>; stop(): Promise<void> }> {
  const service = new BackupService({ ...options, requireRestorer: ownerOrNewShop(options.isNewShop, options.requireOwner) });
  await service.open();
  // At start-up, before any handler runs: the stores are quiescent, and the harness's disk faults cannot race it.
  await service.runSchedule();
  const timer = setInterval(() => void service.runSchedule(), CHECK_EVERY_MS);
  timer.unref();
  const handlers: BackupHandlers = {
    'backup.status': () => service.status(),
    'backup.create': () => service.create(),
    'backup.verify': (arg) => service.verify(arg.fileName),
    'backup.restore': async (arg) => {
      const result = await service.restore(arg);
      if ('restartRequired' in result && options.requestRestart !== undefined) setTimeout(options.requestRestart, RESTART_DELAY_MS);
      return result;
    },
    'backup.setSecondLocation': (arg) => service.setSecondLocation(arg.enabled),
  };
  return {
    handlers,
    takeBackup: (kind) => service.takeBackup(kind),
    stop: async () => {
      clearInterval(timer);
      await service.idle();
    },
  };
}

export { applyPendingRestore } from './pending-restore';
