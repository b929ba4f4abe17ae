import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { capitalAmount } from '../../../electron/common/receipts/capital-amount';

// Each pair: fen → what a bank clerk expects to read (《支付结算办法》附一, and the list).
const CASES: readonly (readonly [number, string])[] = [
  [0, '零元整'],
  [1, '壹分'],
  [10, '壹角'],
  [11, '壹角壹分'],
  [100, '壹元整'],
  [105, '壹元零伍分'],
  [110, '壹元壹角'],
  [1005, '壹拾元零伍分'],
  [1_000, '壹拾元整'],
  [1_900, '壹拾玖元整'],
  [10_000, '壹佰元整'],
  [12_345, '壹佰贰拾叁元肆角伍分'],
  [32_504, '叁佰贰拾伍元零肆分'],
  [100_500, '壹仟零伍元整'],
  [140_950, '壹仟肆佰零玖元伍角'],
  [168_032, '壹仟陆佰捌拾元叁角贰分'],
  [600_714, '陆仟零柒元壹角肆分'],
  [1_000_001, '壹万元零壹分'],
  [1_640_902, '壹万陆仟肆佰零玖元零贰分'],
  [10_700_053, '壹拾万柒仟元伍角叁分'],
  [10_070_000, '壹拾万零柒佰元整'],
  [100_000_000, '壹佰万元整'],
  [100_010_000, '壹佰万零壹佰元整'],
  [1_000_000_000, '壹仟万元整'],
  [10_000_000_000, '壹亿元整'],
  [10_000_100_000, '壹亿零壹仟元整'],
  [10_001_000_000, '壹亿零壹万元整'],
  [10_010_000_000, '壹亿零壹拾万元整'],
  [12_345_678_901, '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分'],
];

describe('大写金额', () => {
  it.each(CASES)('%d fen → %s', (amount, expected) => {
    expect(capitalAmount(fen(amount))).toBe(expected);
  });

  it('never says 零 twice in a row, never ends in 零, and has 整 only after 元', () => {
    for (let amount = 1; amount <= 2_000_000; amount += 997) {
      const text = capitalAmount(fen(amount));
      expect(text).not.toMatch(/零零|零$|零[元万亿]/u);
      if (text.endsWith('整')) expect(text.endsWith('元整')).toBe(true);
    }
  });

  it('refuses what is not integer fen', () => {
    expect(() => capitalAmount(-1 as ReturnType<typeof fen>)).toThrow(RangeError);
    expect(() => capitalAmount(1.5 as ReturnType<typeof fen>)).toThrow(RangeError);
  });
});
