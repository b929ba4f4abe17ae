/**
 * A fee rate as the owner reads it on the contract (`0.60` %, `0.6%`, full-width digits) and as it is stored
 * (basis points, 60). Exact: the digits are combined as integers, never through a float (0.58 × 100 ≠ 58).
 */
import { SETTLEMENT_LIMITS } from '../../../electron/common/settlements/settlement';

/** Basis points, or undefined for anything that is not a percentage with at most two decimals up to 10%. */
export function parseRatePercent(text: string): number | undefined {
  const trimmed = text.normalize('NFKC').trim().replace(/\s*%$/u, '');
  const match = /^(\d{1,2})(?:\.(\d{0,2}))?$/u.exec(trimmed);
  if (match === null) return undefined;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp > SETTLEMENT_LIMITS.feeRateBp ? undefined : bp;
}

/** `60` → `0.60`, `125` → `1.25`. */
export function formatRatePercent(rateBp: number): string {
  return `${Math.floor(rateBp / 100)}.${(rateBp % 100).toString().padStart(2, '0')}`;
}
