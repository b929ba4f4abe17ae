/**
 * 大写金额: an amount in Chinese capital numerals as banks require on vouchers, by the rules of 《支付结算办法》
 * (附一 正确填写票据和结算凭证的基本规定):
 * - 壹拾 for ten-something (not 拾); one 零 for any run of zeros inside the number;
 * - 整 after 元 when there are no 角 and 分; nothing after 分 (nor after 角: the rules allow leaving it out);
 * - 元 followed by 零 when 角 is 0 and 分 is not (¥325.04 → 叁佰贰拾伍元零肆分);
 * - where the 元 digit is 0 but 角 is not, the optional 零 is left out (¥1,680.32 → 壹仟陆佰捌拾元叁角贰分).
 * Integer fen in, text out; no floating point anywhere.
 */
import type { Fen } from '../domain/money';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;
/** Each group of four digits, from the right: units, 万, 亿, 万亿 (far beyond MAX_FEN, kept for safety). */
const SECTIONS = ['', '万', '亿', '万亿'] as const;

function digit(value: number): string {
  return DIGITS[value] ?? '';
}

/** 1–9999 in capitals; zeros inside become one 零, trailing zeros nothing. */
function group(value: number): string {
  let out = '';
  let zeroPending = false;
  for (let place = 3; place >= 0; place -= 1) {
    const d = Math.floor(value / 10 ** place) % 10;
    if (d === 0) {
      if (out !== '') zeroPending = true;
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += digit(d) + (PLACES[place] ?? '');
  }
  return out;
}

function yuanPart(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let out = '';
  let zeroPending = false;
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const value = groups[index] ?? 0;
    if (value === 0) {
      if (out !== '') zeroPending = true;
      continue;
    }
    // A gap before this group (a whole zero group, or fewer than four digits in it) is one 零.
    if (out !== '' && (zeroPending || value < 1000)) out += '零';
    zeroPending = false;
    out += group(value) + (SECTIONS[index] ?? '');
  }
  return out;
}

/** `12345` fen → 壹佰贰拾叁元肆角伍分. Amounts must be integer fen ≥ 0. */
export function capitalAmount(amount: Fen): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Not an amount in fen: ${amount}`);
  const yuan = Math.floor(amount / 100);
  const jiao = Math.floor(amount / 10) % 10;
  const fen = amount % 10;
  const decimals = (jiao === 0 ? '' : `${digit(jiao)}角`) + (fen === 0 ? '' : `${digit(fen)}分`);
  if (yuan === 0) return decimals === '' ? '零元整' : decimals;
  if (decimals === '') return `${yuanPart(yuan)}元整`;
  return `${yuanPart(yuan)}元${jiao === 0 ? '零' : ''}${decimals}`;
}
