import { describe, expect, it } from 'vitest';
import { maskCard, maskName, maskPhone } from '../../../electron/common/receipts/mask';

describe('maskCard', () => {
  it('prints only the last four digits', () => {
    expect(maskCard('1234')).toBe('**** 1234');
    expect(maskCard(' １２３４ ')).toBe('**** 1234');
    // More than four by mistake: still only the last four.
    expect(maskCard('6222021234')).toBe('**** 1234');
  });

  it('prints stars for an empty or partial value, never throwing', () => {
    expect(maskCard('')).toBe('****');
    expect(maskCard(undefined)).toBe('****');
    expect(maskCard('12')).toBe('****');
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('+86 138 0013 8000')).toBe('138****8000');
    expect(maskPhone('１３８００１３８０００')).toBe('138****8000');
  });

  it('keeps the last four of any other number', () => {
    expect(maskPhone('0571-88886666')).toBe('********6666');
    expect(maskPhone('95017')).toBe('*5017');
    expect(maskPhone('1234')).toBe('****');
  });

  it('is empty for nothing', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone(undefined)).toBe('');
    expect(maskPhone('无')).toBe('');
  });
});

describe('maskName', () => {
  it('keeps the first character of a Chinese name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('王')).toBe('王*');
  });

  it('keeps the first letter of a Latin name and its spaces', () => {
    expect(maskName('Li Lei')).toBe('L* ***');
    expect(maskName('  Anna   Maria  ')).toBe('A*** *****');
  });

  it('keeps separators, counts code points, and drops bidi controls', () => {
    expect(maskName('阿卜杜·热合曼')).toBe('阿**·***');
    expect(maskName('𠮷野家')).toBe('𠮷**');
    expect(maskName('\u202Eevil')).toBe('e***');
    expect(maskName('ＬＩ')).toBe('L*');
  });

  it('is empty for nothing', () => {
    expect(maskName('')).toBe('');
    expect(maskName('   ')).toBe('');
    expect(maskName(undefined)).toBe('');
  });
});
