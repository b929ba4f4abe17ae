import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_NAME_CHARS } from '../../../electron/common/attachments/attachment';
import { sanitiseDisplayName } from '../../../electron/common/attachments/display-name';

const png = (raw: string) => sanitiseDisplayName(raw, 'image/png');

describe('display names', () => {
  it('keeps an ordinary Chinese name as it is', () => {
    expect(png('小票照片 2026-11-20.png')).toBe('小票照片 2026-11-20.png');
    expect(sanitiseDisplayName('微信聊天记录（顾客张三）.pdf', 'application/pdf')).toBe('微信聊天记录（顾客张三）.pdf');
  });

  it('strips folders and traversal, Unix and Windows style', () => {
    expect(png('../../../etc/passwd')).toBe('passwd');
    expect(png('..\\..\\Windows\\System32\\evil.png')).toBe('evil.png');
    expect(png('C:\\Users\\店长\\Desktop\\小票.png')).toBe('小票.png');
    expect(png('/home/shop/slip.png')).toBe('slip.png');
    expect(png('..')).toBe('证据.png');
    expect(png('../')).toBe('证据.png');
    expect(png('.hidden.png')).toBe('hidden.png');
  });

  it('removes bidi overrides and isolates, so a name cannot disguise its extension', () => {
    expect(png('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(png(`a${all}b.png`)).toBe('ab.png');
    expect(png('x\u200F\u200Ey.png')).toBe('xy.png');
  });

  it('removes control characters and line breaks', () => {
    expect(png('slip\u0000\u0007\n\r\t\u001B[31m.png')).toBe('slip[31m.png');
    expect(png('a\u0085\u009Fb\u2028c.png')).toBe('abc.png');
  });

  it('caps a 10,000-character name, keeping the extension', () => {
    const name = png(`${'很长'.repeat(5_000)}.png`);
    expect([...name].length).toBe(MAX_ATTACHMENT_NAME_CHARS);
    expect(name.endsWith('….png')).toBe(true);
    expect(name.startsWith('很长很长')).toBe(true);
  });

  it('never splits an emoji (a surrogate pair) when cutting', () => {
    const name = png('😀'.repeat(500));
    expect([...name].length).toBe(MAX_ATTACHMENT_NAME_CHARS);
    expect(name.endsWith('…')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  it('masks a full card number in a name instead of storing it', () => {
    expect(png('卡 6222 0212 3456 7890 128.png')).toBe('卡 ****0128.png');
    // Not Luhn-valid: an ordinary long number stays.
    expect(png('order 6222021234567890123.png')).toBe('order 6222021234567890123.png');
  });

  it('gives a nameless file a name from its type', () => {
    expect(png('')).toBe('证据.png');
    expect(png('   ')).toBe('证据.png');
    expect(sanitiseDisplayName('\u202E', 'application/pdf')).toBe('证据.pdf');
  });
});
