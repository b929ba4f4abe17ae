import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '').sort();
}

describe('translations', () => {
  const chinese = leaves(zhCN);
  const english = leaves(en);

  it('have the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...chinese.keys()].sort());
  });

  it('use the same placeholders in both languages, so no value goes missing in one of them', () => {
    for (const [key, text] of chinese) {
      expect({ key, names: placeholders(english.get(key) ?? '') }).toEqual({ key, names: placeholders(text) });
    }
  });

  it('leave no string empty, and keep the Chinese text Chinese', () => {
    for (const [key, text] of chinese) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
    expect(chinese.get('nav.newRefund')).toBe('新建退款');
    expect(english.get('nav.newRefund')).toBe('New refund');
  });
});
