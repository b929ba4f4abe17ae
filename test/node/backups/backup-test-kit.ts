/** Shared set-up for the backup tests: a real demo shop on a temp folder, and byte snapshots of its data files. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openAppServices } from '../../../electron/node/app-services';
import type { AppServices, AppServicesOptions } from '../../../electron/node/app-services';
import { listDataFiles } from '../../../electron/node/backups/data-files';
import { nodeFileSystem } from '../../../electron/node/storage/fs-port';
import { createScryptPinHasher } from '../../../electron/node/pin-hasher';
import { FixedClock } from '../../support/fixed-clock';

export const cheapPins = createScryptPinHasher({ log2N: 10, r: 8, p: 1 });

export function openShop(dataDir: string, extra: Partial<AppServicesOptions> = {}): Promise<AppServices> {
  return openAppServices({ dataDir, version: 'test', pins: cheapPins, clock: new FixedClock('2026-11-20T02:00:00Z', 1000), ...extra });
}

export async function setUpDemoShop(dataDir: string): Promise<void> {
  const services = await openShop(dataDir);
  try {
    await services.handlers['app.setup']({ shopName: '小店', operatorName: '店长', language: 'zh-CN', loadDemo: true });
  } finally {
    await services.close();
  }
}

/** Every data file's bytes, by relative path. */
export async function snapshot(dataDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of await listDataFiles(nodeFileSystem, dataDir)) files.set(path, (await readFile(join(dataDir, path))).toString('base64'));
  return files;
}
