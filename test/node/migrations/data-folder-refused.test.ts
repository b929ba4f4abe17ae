import { describe, expect, it } from 'vitest';
import { DataFolderRefused, refusalText } from '../../../electron/node/migrations/data-folder-refused';

describe('the words main shows when it will not open the data folder', () => {
  it('a newer folder: both languages name both versions and say to install the newer app; nothing changed', () => {
    const text = refusalText({ kind: 'too_new', folderVersion: 3, appVersion: 2 });
    expect(text.zhCN).toMatch(/格式 3.*到 2.*安装最新版.*没有被改动/u);
    expect(text.en).toMatch(/format 3.*up to 2.*Install the newer RefundDesk.*untouched/u);
  });

  it('a failed migration: both languages name the step, the version kept and the backup', () => {
    const problem = { kind: 'migration_failed', version: 4, migration: '拆分账本', backup: 'refunddesk-backup-20261120-100000-before_migration.zip', detail: 'EIO' } as const;
    const text = refusalText(problem);
    for (const words of [text.zhCN, text.en]) {
      expect(words).toContain('拆分账本');
      expect(words).toContain('4');
      expect(words).toContain(problem.backup);
    }
    expect(new DataFolderRefused(problem).message).toBe(text.en);
  });
});
