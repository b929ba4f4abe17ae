/** 首次使用页上“换了电脑？从备份恢复”的文字。 */
export const setupRestoreZhCN = {
  title: '换了电脑？从备份恢复',
  intro: '旧电脑坏了或换了新电脑：先别设置新店，选旧店的备份文件（refunddesk-backup-….zip）或“导出到文件夹”得到的文件夹，全部记录和附件都会回来。',
  fromBackup: '从备份文件恢复…',
  fromFolder: '从导出文件夹导入…',
  backupTitle: '从备份文件恢复？',
  backupBody: '先完整检查你选的备份文件，通过后退款台账会重新启动，打开备份里的店铺和全部记录。不是退款台账备份的文件会被拒绝，什么都不会改。',
  backupConfirm: '恢复并重启',
  folderTitle: '从导出文件夹导入？',
  folderBody: '先检查文件夹里的每个文件和每条记录的历史，通过后退款台账会重新启动。导出里没有操作员和 PIN，重启后请再填写店长。',
  folderConfirm: '导入并重启',
  cancel: '取消',
  restarting: '恢复已准备好，退款台账正在重新启动…',
};
