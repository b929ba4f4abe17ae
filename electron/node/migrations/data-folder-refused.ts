/**
 * Why this RefundDesk will not open a data folder at start-up, and the words for it. Start-up failures reach the
 * owner through main's error box (electron/main/index.ts), before any window or i18next exists, so the text is
 * here in both languages, like the "folder in use" message beside it.
 */
export type DataFolderProblem =
  /** Written by a newer RefundDesk (a downgrade): untouched. */
  | { readonly kind: 'too_new'; readonly folderVersion: number; readonly appVersion: number }
  /** A migration threw: the folder stays at `version` (the last step that completed); the backup holds it as it was. */
  | { readonly kind: 'migration_failed'; readonly version: number; readonly migration: string; readonly backup: string; readonly detail: string }
  /** The version record is damaged and no earlier copy verifies: guessing could run migrations twice. */
  | { readonly kind: 'version_unreadable' };

export class DataFolderRefused extends Error {
  constructor(readonly problem: DataFolderProblem) {
    super(refusalText(problem).en);
    this.name = 'DataFolderRefused';
  }
}

export function refusalText(problem: DataFolderProblem): { readonly zhCN: string; readonly en: string } {
  switch (problem.kind) {
    case 'too_new':
      return {
        zhCN: `这个数据文件夹是更新版本的退款台账写的（数据格式 ${problem.folderVersion}，本程序只认识到 ${problem.appVersion}）。请安装最新版的退款台账再打开。数据没有被改动。`,
        en: `This data folder was written by a newer RefundDesk (data format ${problem.folderVersion}; this copy knows up to ${problem.appVersion}). Install the newer RefundDesk to open it. The data is untouched.`,
      };
    case 'migration_failed':
      return {
        zhCN: `升级数据格式时出错（“${problem.migration}”），数据停在格式 ${problem.version}，没有丢失。升级前的备份：${problem.backup}。请重新打开再试；仍然不行请联系技术支持，并带上这份备份。`,
        en: `Updating the data format failed ("${problem.migration}"); the data stays at format ${problem.version} and nothing was lost. The backup taken before the update: ${problem.backup}. Open RefundDesk again to retry; if it fails again, contact support and bring that backup.`,
      };
    case 'version_unreadable':
      return {
        zhCN: '数据文件夹的格式记录（data-version.json）损坏了，已移到 quarantine 文件夹。为了不把数据升级两次，退款台账没有打开它。请从备份恢复，或联系技术支持。',
        en: 'The data folder’s format record (data-version.json) is damaged and was moved to the quarantine folder. So that the data is never updated twice, RefundDesk did not open it. Restore a backup, or contact support.',
      };
  }
}
