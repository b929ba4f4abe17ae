/**
 * The shop's address and phone as the owner typed them for receipts: trimmed, blank dropped, within
 * SHOP_PROFILE_LIMITS, and never a full card number (a receipt is handed to strangers). The phone is kept as
 * typed — a shop writes `0571-8888 8888 转 2` — because only people read it back.
 */
import { DomainError } from '../domain/errors';
import { optionalText, refuseFullCardNumbers } from '../domain/text-rules';
import type { ReceiptPrefs, ShopProfile } from './receipt';
import { SHOP_PROFILE_LIMITS } from './receipt';

function limited(value: string | undefined, field: keyof typeof SHOP_PROFILE_LIMITS): string | undefined {
  const text = optionalText(value);
  const max = SHOP_PROFILE_LIMITS[field];
  if (text !== undefined && [...text].length > max) {
    throw new DomainError('too_long', `At most ${String(max)} characters.`, { field: `shop.${field}`, params: { max } });
  }
  return text;
}

export function cleanShopProfile(input: ShopProfile): ShopProfile {
  refuseFullCardNumbers(input, 'shop');
  const address = limited(input.address, 'address');
  const phone = limited(input.phone, 'phone');
  return { ...(address === undefined ? {} : { address }), ...(phone === undefined ? {} : { phone }) };
}

/** A printer name is the system's; only surrounding spaces are ours to drop. */
export function cleanReceiptPrefs(input: ReceiptPrefs): ReceiptPrefs {
  const printerName = optionalText(input.printerName);
  return { size: input.size, language: input.language, ...(printerName === undefined ? {} : { printerName }) };
}
