/**
 * Whom to call when a refund does not arrive (DOMAIN §3.7): the platform first, the regulator after the
 * institution has had its chance. Shipped as an editable directory: each number carries where it comes from
 * and when someone last checked it, because phone numbers change and some are known only from third parties.
 */

export const HOTLINE_IDS = ['wechat_pay', 'alipay', 'unionpay', 'pboc', 'nfra', 'samr'] as const;
export type HotlineId = (typeof HOTLINE_IDS)[number];

/** DOMAIN's source classes: the institution's own page, a third party's write-up, or not found at all. */
export const HOTLINE_SOURCES = ['official', 'third_party', 'unverified'] as const;
export type HotlineSource = (typeof HOTLINE_SOURCES)[number];

export interface Hotline {
  readonly id: HotlineId;
  /** Digits and dashes as dialled, e.g. `95017`. */
  readonly number: string;
  readonly source: HotlineSource;
  /** Where the number was found (a page title or address); free text the owner can correct. */
  readonly sourceNote: string;
  /** `YYYY-MM-DD` when someone last confirmed the number. */
  readonly lastVerified: string;
}

/**
 * "As of" date of the shipped numbers: when they were compiled from the product's domain research (DOMAIN §3.7).
 * RefundDesk never calls them to check; the UI says "information as of", and the owner updates the date after
 * confirming a number.
 */
export const DEFAULT_HOTLINES_VERIFIED = '2026-11-01';

export const DEFAULT_HOTLINES: readonly Hotline[] = Object.freeze([
  { id: 'wechat_pay', number: '95017', source: 'official', sourceNote: 'pay.weixin.qq.com', lastVerified: DEFAULT_HOTLINES_VERIFIED },
  { id: 'alipay', number: '95188', source: 'third_party', sourceNote: '第三方整理', lastVerified: DEFAULT_HOTLINES_VERIFIED },
  { id: 'unionpay', number: '95516', source: 'third_party', sourceNote: '第三方整理', lastVerified: DEFAULT_HOTLINES_VERIFIED },
  { id: 'pboc', number: '12363', source: 'official', sourceNote: '中国人民银行公告', lastVerified: DEFAULT_HOTLINES_VERIFIED },
  { id: 'nfra', number: '12378', source: 'third_party', sourceNote: '第三方整理', lastVerified: DEFAULT_HOTLINES_VERIFIED },
  { id: 'samr', number: '12315', source: 'third_party', sourceNote: '第三方整理', lastVerified: DEFAULT_HOTLINES_VERIFIED },
]);

export const HOTLINE_LIMITS = { number: 32, sourceNote: 200 } as const;

/** The saved directory with any entry it lacks filled from the defaults, in the default order. */
export function hotlineDirectory(saved: readonly Hotline[] | undefined): readonly Hotline[] {
  return DEFAULT_HOTLINES.map((fallback) => saved?.find((entry) => entry.id === fallback.id) ?? fallback);
}

/** Trimmed; one entry per id (the last wins); an entry with a blank number falls back to the default. */
export function cleanHotlines(input: readonly Hotline[]): readonly Hotline[] {
  const byId = new Map<HotlineId, Hotline>();
  for (const entry of input) {
    const number = entry.number.trim();
    if (number === '') continue;
    byId.set(entry.id, { ...entry, number, sourceNote: entry.sourceNote.trim() });
  }
  return hotlineDirectory([...byId.values()]);
}
