import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, resolveDataDir } from '../../electron/node/data-dir';

const base = { env: {}, userDataDir: '/home/a/.config/RefundDesk', cwd: '/work' };

describe('resolveDataDir', () => {
  it('defaults to a data folder in the per-user app-data folder', () => {
    expect(resolveDataDir({ ...base, argv: ['electron', '.'] })).toBe(join('/home/a/.config/RefundDesk', 'data'));
  });

  it('takes --data-dir DIR and --data-dir=DIR, relative to the working folder', () => {
    expect(resolveDataDir({ ...base, argv: ['x', '--data-dir', '/tmp/shop'] })).toBe('/tmp/shop');
    expect(resolveDataDir({ ...base, argv: ['x', '--data-dir=demo'] })).toBe('/work/demo');
  });

  it('takes the environment variable when there is no flag, and the flag over it', () => {
    const env = { [DATA_DIR_ENV]: '/srv/shop' };
    expect(resolveDataDir({ ...base, env, argv: [] })).toBe('/srv/shop');
    expect(resolveDataDir({ ...base, env, argv: ['--data-dir', '/tmp/a'] })).toBe('/tmp/a');
  });

  it('ignores an empty value', () => {
    expect(resolveDataDir({ ...base, env: { [DATA_DIR_ENV]: ' ' }, argv: [] })).toBe(join(base.userDataDir, 'data'));
  });
});
