/**
 * PCI DSS 3.3/3.4: RefundDesk never stores a full card number. Any run of 13–19 digits — spaces, dashes and
 * full-width digits allowed between them — that passes the Luhn check is treated as one, in any field.
 */

// A digit, then 12–18 more digits each optionally preceded by one space or dash, not touching further digits:
// a 28-digit WeChat transaction number is an order number, not a card number.
const CANDIDATE = /(?<!\d[ \-]?)\d(?:[ \-]?\d){12,18}(?![ \-]?\d)/gu;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** True when the text contains something that looks like a full payment card number. */
export function containsFullCardNumber(text: string): boolean {
  const normalised = text.normalize('NFKC');
  for (const match of normalised.matchAll(CANDIDATE)) {
    if (passesLuhn(match[0].replace(/[ \-]/g, ''))) return true;
  }
  return false;
}

/**
 * A UnionPay merchant number (商户编号, JR/T 0001 §8) is exactly 15 digits, and about one in ten of them passes
 * the Luhn check by chance. In the merchant-number field a 15-digit value is what belongs there, so it is not
 * refused; anywhere else, and with any other length, the card-number rule applies.
 */
export function fieldHoldsFullCardNumber(field: string, value: string): boolean {
  const isMerchantNo = field === 'merchantNo' || field.endsWith('.merchantNo');
  if (isMerchantNo && /^\d{15}$/u.test(value.normalize('NFKC').trim())) return false;
  return containsFullCardNumber(value);
}
