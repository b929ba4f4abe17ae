/**
 * Masking of personal and card data for paper and exports (DOMAIN §3.9, RELIABILITY §6): `张*`, `138****8000`,
 * `**** 1234`. Used by receipts and by redacted exports, so every function takes any text (full-width digits,
 * stray spaces, empty) and never throws. NFKC first, so `１３８…` masks like `138…`.
 */

const STAR = '*';

/** Invisible format and control characters (bidi overrides, zero-width joiners) would hide or reorder the mask. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

function clean(text: string | undefined): string {
  return (text ?? '').normalize('NFKC').replace(INVISIBLE, '').trim();
}

function digitsOf(text: string | undefined): string {
  return clean(text).replace(/\D/gu, '');
}

/**
 * `1234` → `**** 1234`. Only the last four digits are kept even if more were passed by mistake; fewer than
 * four (or none) print as stars, so a receipt never shows a partial number that looks complete.
 */
export function maskCard(last4: string | undefined): string {
  const digits = digitsOf(last4).slice(-4);
  return digits.length === 4 ? `**** ${digits}` : '****';
}

/** A mainland mobile number: 11 digits starting with 1, optionally after the country code 86. */
const MOBILE = /^(?:86)?(1\d{10})$/u;

/**
 * `13800138000` (also `+86 138 0013 8000`) → `138****8000`: the first three and last four of a mobile number.
 * Anything else (a landline, a foreign number) keeps its last four digits with a star for every other digit;
 * four digits or fewer are all stars, since the "last four" would be the whole number.
 */
export function maskPhone(phone: string | undefined): string {
  const digits = digitsOf(phone);
  if (digits === '') return '';
  const mobile = MOBILE.exec(digits)?.[1];
  if (mobile !== undefined) return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  if (digits.length <= 4) return STAR.repeat(digits.length);
  return STAR.repeat(digits.length - 4) + digits.slice(-4);
}

/** Separators inside a name that carry no identity and help reading the mask: spaces and the middle dot. */
const SEPARATOR = /^[\s·•・]$/u;

/**
 * `张三` → `张*`, `欧阳娜娜` → `欧***`, `Li Lei` → `L* ***`, `阿卜杜·热合曼` → `阿**·***`: the first character,
 * then a star per character, separators kept. A one-character name still gets a star so that the mask never
 * reads as a complete name. Counted in code points, so an astral character is one star, not two.
 */
export function maskName(name: string | undefined): string {
  const chars = Array.from(clean(name).replace(/\s+/gu, ' '));
  const [first, ...rest] = chars;
  if (first === undefined) return '';
  const masked = rest.map((char) => (SEPARATOR.test(char) ? char : STAR)).join('');
  return first + (masked === '' ? STAR : masked);
}
