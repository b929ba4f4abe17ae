/** The owner's choices that need a native dialog: Electron's in the app, fixed answers in the test harness. */
export interface BackupDialogs {
  /** A folder for the second copy of every backup (a USB drive, a synced folder). Undefined = cancelled. */
  chooseFolder(): Promise<string | undefined>;
  /** A backup file to restore from. Undefined = cancelled. */
  chooseBackupFile(): Promise<string | undefined>;
  /** An existing folder to read (an export to import back); nothing is created. Undefined = cancelled. */
  chooseExistingFolder?(): Promise<string | undefined>;
}
