import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printFontsDirOf } from '../../../../electron/node/receipts/print-fonts/print-font-dir';

describe('printFontsDirOf', () => {
  it('is the resources folder electron-builder copies the font to in an installed app', () => {
    expect(printFontsDirOf({ packaged: true, resourcesPath: '/opt/RefundDesk/resources', appPath: '/opt/RefundDesk/resources/app.asar' })).toBe(
      join('/opt/RefundDesk/resources', 'print-fonts'),
    );
  });

  it('is the npm package in the project when run from a checkout', () => {
    expect(printFontsDirOf({ packaged: false, resourcesPath: '/x/electron/dist/resources', appPath: '/home/nephew/refunddesk' })).toBe(
      join('/home/nephew/refunddesk', 'node_modules', '@fontsource', 'noto-sans-sc'),
    );
  });
});
