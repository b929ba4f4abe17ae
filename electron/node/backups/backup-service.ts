/**
 * The backup handlers and the schedule runner. One queue: a backup, a prune and a restore never overlap.
 * Each backup is verified right after it is written (read back from disk, every hash recomputed).
 */
import { join } from 'node:path';
import { backupFileName, parseBackupFileName } from '../../common/backups/backup-kinds';
import type { BackupFileRef, BackupKind } from '../../common/backups/backup-kinds';
import type { BackupStatus, BackupSummary, RestoreInput, RestoreResult, SecondLocationState, VerifyResult } from '../../common/backups/backup-contract';
import { backupsToPrune, dueBackups, newestFirst } from '../../common/backups/backup-schedule';
import { DomainError } from '../../common/domain/errors';
import type { Clock } from '../../common/ports';
import { errorCode, isMissing, toSaveError } from '../storage/fs-errors';
import { sweepTemps, tempTargetOf } from '../storage/atomic-write';
import type { FileSystem } from '../storage/fs-port';
import { SerialQueue } from '../storage/serial-queue';
import { createArchive, invalidBackup, openArchive } from './backup-archive';
import { deleteBackups, listBackups, writeBackupFile } from './backup-folder';
import type { BackupDialogs } from './backup-ports';
import { listDataFiles } from './data-files';
import { stageRestore } from './pending-restore';
import { readSecondLocation, writeSecondLocation } from './second-location';
import { CURRENT_DATA_VERSION } from '../migrations/data-migrations';
import { archiveDataVersion } from '../migrations/data-version';
import type { SecondLocationConfig } from './second-location';

export const BACKUPS_DIR = 'backups';

export interface BackupServiceOptions {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly version: string;
  readonly dialogs?: BackupDialogs;
  /** Waits until the stores have no save in flight, so a backup reads settled files. */
  readonly idle: () => Promise<unknown>;
  readonly requireSignedIn: () => void;
  readonly requireOwner: () => void;
  /** Who may restore; default requireOwner (app-backups.ts also lets a shop that is not set up yet restore). */
  readonly requireRestorer?: () => void;
  /** This app's data format (migrations/): a backup of a newer one is refused, or the app would not open after it. */
  readonly dataVersion?: number;
}

export class BackupService {
  private readonly queue = new SerialQueue();
  private readonly verified = new Map<string, boolean>();
  private readonly dir: string;
  private second: SecondLocationConfig = { enabled: false };
  private secondProblem: string | undefined;
  private secondCopiedAt: string | undefined;
  private lastError: string | undefined;

  constructor(private readonly options: BackupServiceOptions) {
    this.dir = join(options.dataDir, BACKUPS_DIR);
  }

  async open(): Promise<void> {
    // Temp files of a backup a killed process was writing: never a backup, always safe to drop (one writer).
    for (const name of await this.names()) {
      const target = tempTargetOf(name);
      if (target !== undefined) await sweepTemps(this.options.fs, this.dir, target);
    }
    this.second = await readSecondLocation(this.options.fs, this.dir);
  }

  private async names(): Promise<string[]> {
    try {
      return await this.options.fs.readdir(this.dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  /** Start-up and the daily tick: the due automatic backups, then pruning. Never throws: failures show in status. */
  runSchedule(): Promise<void> {
    return this.queue.run(async () => {
      try {
        for (const kind of dueBackups(await listBackups(this.options.fs, this.dir), this.options.clock.now())) await this.take(kind);
        this.lastError = undefined;
        // Verification results live in memory: after a restart, the newest backup is checked again so settings can say.
        const newest = newestFirst(await listBackups(this.options.fs, this.dir))[0];
        if (newest !== undefined && !this.verified.has(newest.fileName)) await this.verifyFile(newest.fileName).catch(() => undefined);
      } catch (error) {
        this.lastError = `${errorCode(error) ?? 'error'}: ${error instanceof Error ? error.message : String(error)}`;
      }
    });
  }

  /** Writes, verifies, copies to the second location, prunes. Must run inside the queue. */
  private async take(kind: BackupKind): Promise<BackupFileRef> {
    await this.options.idle();
    const { fs, dataDir } = this.options;
    const files = new Map<string, Uint8Array>();
    for (const path of await listDataFiles(fs, dataDir)) files.set(path, await fs.readFile(join(dataDir, path)));
    const now = this.options.clock.now();
    const fileName = await this.freeName(now, kind);
    const archive = createArchive({ appVersion: this.options.version, createdAt: now, kind, files });
    try {
      await writeBackupFile(fs, this.dir, fileName, archive);
    } catch (error) {
      throw toSaveError(error, `${BACKUPS_DIR}/${fileName}`);
    }
    await this.verifyFile(fileName);
    await this.copyToSecond(fileName, archive);
    await deleteBackups(fs, this.dir, backupsToPrune(await listBackups(fs, this.dir)));
    const ref = parseBackupFileName(fileName);
    if (ref === undefined) throw new Error(`unparseable backup name ${fileName}`);
    return ref;
  }

  /** Two backups in one second (a manual one right after start-up) must not overwrite each other. */
  private async freeName(now: Date, kind: BackupKind): Promise<string> {
    const taken = new Set(await this.names());
    for (let shift = 0; ; shift += 1) {
      const name = backupFileName(new Date(now.getTime() + shift * 1000), kind);
      if (!taken.has(name)) return name;
    }
  }

  private async verifyFile(fileName: string): Promise<number> {
    try {
      const opened = openArchive(await this.options.fs.readFile(join(this.dir, fileName)));
      this.verified.set(fileName, true);
      return opened.files.size;
    } catch (error) {
      this.verified.set(fileName, false);
      throw error;
    }
  }

  private async copyToSecond(fileName: string, archive: Uint8Array): Promise<void> {
    if (!this.second.enabled || this.second.path === undefined) return;
    const { fs } = this.options;
    try {
      await writeBackupFile(fs, this.second.path, fileName, archive);
      await deleteBackups(fs, this.second.path, backupsToPrune(await listBackups(fs, this.second.path)));
      this.secondProblem = undefined;
      this.secondCopiedAt = this.options.clock.now().toISOString();
    } catch (error) {
      // An unplugged USB drive must never cost the shop its local backup: reported, not thrown.
      this.secondProblem = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
    }
  }

  private async summaries(): Promise<BackupSummary[]> {
    const summaries: BackupSummary[] = [];
    for (const ref of newestFirst(await listBackups(this.options.fs, this.dir))) {
      let size = 0;
      try {
        size = (await this.options.fs.stat(join(this.dir, ref.fileName))).size;
      } catch (error) {
        if (!isMissing(error)) throw error;
        continue;
      }
      const verified = this.verified.get(ref.fileName);
      summaries.push({ ...ref, size, ...(verified === undefined ? {} : { verified }) });
    }
    return summaries;
  }

  private secondState(): SecondLocationState {
    return {
      enabled: this.second.enabled,
      ...(this.second.path === undefined ? {} : { path: this.second.path }),
      ...(this.secondProblem === undefined ? {} : { problem: this.secondProblem }),
      ...(this.secondCopiedAt === undefined ? {} : { lastCopiedAt: this.secondCopiedAt }),
    };
  }

  async status(): Promise<BackupStatus> {
    const backups = await this.summaries();
    const last = backups[0];
    return {
      backups,
      ...(last === undefined ? {} : { last }),
      secondLocation: this.secondState(),
      ...(this.lastError === undefined ? {} : { lastError: this.lastError }),
    };
  }

  async create(): Promise<BackupStatus> {
    this.options.requireSignedIn();
    await this.queue.run(() => this.take('manual'));
    return this.status();
  }

  async verify(fileName: string): Promise<VerifyResult> {
    this.options.requireSignedIn();
    const files = await this.queue.run(async () => {
      await this.existing(fileName);
      return this.verifyFile(fileName);
    });
    return { fileName, verified: true, files };
  }

  private async existing(fileName: string): Promise<Buffer> {
    try {
      return await this.options.fs.readFile(join(this.dir, fileName));
    } catch (error) {
      if (isMissing(error)) throw new DomainError('not_found', `No backup ${fileName}`, { params: { fileName } });
      throw error;
    }
  }

  /**
   * A backup of the given kind, in the queue (so it never overlaps the schedule or a restore): for another
   * service that is about to replace the data, e.g. `before_import` (portable/import-folder.ts).
   */
  takeBackup(kind: BackupKind): Promise<BackupFileRef> {
    return this.queue.run(() => this.take(kind));
  }

  /** Verify, back up the current state, stage; the next start applies it (pending-restore.ts). */
  async restore(input: RestoreInput): Promise<RestoreResult> {
    (this.options.requireRestorer ?? this.options.requireOwner)();
    let bytes: Uint8Array;
    if ('fileName' in input) {
      bytes = await this.existing(input.fileName);
    } else {
      const path = await this.options.dialogs?.chooseBackupFile();
      if (path === undefined) return { cancelled: true };
      bytes = await this.readOutside(path);
    }
    const opened = openArchive(bytes);
    // openArchive checked the record against its schema, so an unreadable one cannot get here; if it did, refuse.
    const backupVersion = archiveDataVersion(opened.files) ?? Number.POSITIVE_INFINITY;
    const appVersion = this.options.dataVersion ?? CURRENT_DATA_VERSION;
    if (backupVersion > appVersion) throw invalidBackup('too_new', `data format ${backupVersion}, this app reads up to ${appVersion}`);
    return this.queue.run(async () => {
      const safety = await this.take('before_restore');
      await stageRestore(this.options.fs, this.options.dataDir, bytes);
      return { restartRequired: true, safetyBackup: safety.fileName };
    });
  }

  private async readOutside(path: string): Promise<Uint8Array> {
    try {
      const stats = await this.options.fs.stat(path);
      // Checked before reading: a 10 GB file picked by mistake is refused, not loaded into memory.
      if (!stats.isFile() || stats.size > 2 * 1024 * 1024 * 1024) throw invalidBackup('not_a_backup', 'not a backup file');
      return await this.options.fs.readFile(path);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw invalidBackup('not_a_backup', error instanceof Error ? error.message : String(error));
    }
  }

  async setSecondLocation(enabled: boolean): Promise<BackupStatus> {
    this.options.requireOwner();
    if (enabled) {
      const path = await this.options.dialogs?.chooseFolder();
      if (path === undefined) return this.status();
      await this.queue.run(() => writeSecondLocation(this.options.fs, this.dir, { enabled: true, path }));
      this.second = { enabled: true, path };
      this.secondProblem = undefined;
    } else {
      await this.queue.run(() => writeSecondLocation(this.options.fs, this.dir, { enabled: false }));
      this.second = { enabled: false };
      this.secondProblem = undefined;
    }
    return this.status();
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }
}
