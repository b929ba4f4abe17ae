/** The in-memory twin of the settings store: same merge rule ("undefined means leave as is"), no disk. */
import type { Settings, SettingsStore } from '../../electron/common/ports';

export class MemorySettingsStore implements SettingsStore {
  private data: Settings;

  constructor(initial: Partial<Settings> = {}) {
    this.data = { setupDone: true, shopName: '测试小店', language: 'zh-CN', operators: [], ...initial };
  }

  get(): Settings {
    return this.data;
  }

  update(patch: Partial<Settings>): Promise<Settings> {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    this.data = { ...this.data, ...defined };
    return Promise.resolve(this.data);
  }
}
