/** Contract types of the backup methods (electron/node/backups). Kept apart so contract.ts only gains method lines. */
import type { BackupKind } from './backup-kinds';

export interface BackupSummary {
  readonly fileName: string;
  readonly kind: BackupKind;
  readonly takenAt: string;
  readonly size: number;
  /** Result of the last verification in this session (at creation, or on request); absent when not checked yet. */
  readonly verified?: boolean;
}

export interface SecondLocationState {
  readonly enabled: boolean;
  readonly path?: string;
  /** The last copy there failed (unplugged drive, no permission); the local backup was still made. */
  readonly problem?: string;
  readonly lastCopiedAt?: string;
}

export interface BackupStatus {
  readonly last?: BackupSummary;
  /** Newest first. */
  readonly backups: readonly BackupSummary[];
  readonly secondLocation: SecondLocationState;
  /** The last automatic backup failed (for example the disk is full): said in settings, never fatal. */
  readonly lastError?: string;
}

export type RestoreInput = { readonly fileName: string } | { readonly fromFile: true };

/** The owner cancelled the file dialog, or the restore is staged and applied at the next start. */
export type RestoreResult =
  | { readonly cancelled: true }
  | {
      /** The stores are open in memory, so the restore is applied at the next start. */
      readonly restartRequired: true;
      /** The before_restore backup of the current data: the way back. */
      readonly safetyBackup: string;
    };

export interface VerifyResult {
  readonly fileName: string;
  readonly verified: boolean;
  readonly files: number;
}
