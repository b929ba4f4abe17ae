/**
 * Where the records live. Default: a `data` folder inside the OS's per-user app-data folder
 * (%APPDATA%\RefundDesk on Windows, ~/Library/Application Support/RefundDesk on macOS, ~/.config/RefundDesk on Linux).
 * `--data-dir DIR` (or `--data-dir=DIR`) and then REFUNDDESK_DATA_DIR override it, for tests, demos and portable use.
 */
import { isAbsolute, join, resolve } from 'node:path';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'REFUNDDESK_DATA_DIR';

export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === DATA_DIR_FLAG) return argv[i + 1];
    if (arg?.startsWith(`${DATA_DIR_FLAG}=`)) return arg.slice(DATA_DIR_FLAG.length + 1);
  }
  return undefined;
}

export function resolveDataDir(options: {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly userDataDir: string;
  readonly cwd: string;
}): string {
  const chosen = dataDirFromArgs(options.argv) ?? options.env[DATA_DIR_ENV];
  if (chosen !== undefined && chosen.trim() !== '') {
    return isAbsolute(chosen) ? chosen : resolve(options.cwd, chosen);
  }
  return join(options.userDataDir, 'data');
}
