/**
 * Masks personal data inside free text (notes, contact summaries, the cover letter, a demand) for redacted
 * packets (RELIABILITY §6). Names cannot be recognised in free text, so the names the packet already knows
 * (customers, recipients, people spoken to) are looked for literally; numbers are recognised by shape:
 * - mainland mobile numbers `1[3-9]` + 9 digits, also `+86 138 0013 8000` and full-width digits → `138****8000`;
 * - 18-character resident ID numbers (身份证) → `****1234`;
 * - 13–19 digit runs (card and bank account numbers; not every bank account passes Luhn) → `**** 1234`.
 * Runs of 20+ digits (WeChat/Alipay transaction numbers) and the packet's own identifiers (merchant no.,
 * reference no., the shop's phone…) are exactly what a bank needs, so they are kept.
 * The text is not NFKC-normalised: that would also rewrite the letter's full-width punctuation.
 */
import { maskCard, maskName, maskPhone } from '../receipts/mask';

export type ScrubKind = 'phone' | 'card' | 'id' | 'name';

export interface ScrubContext {
  /** Personal names (and the like) known from the packet's own fields, replaced wherever they appear. */
  readonly names: readonly string[];
  /** Digit strings that must stay (identifiers, the shop's and the counterparty's phone numbers). */
  readonly keep: ReadonlySet<string>;
}

const D = '[0-9\\uFF10-\\uFF19]';
// Written in groups: `138 0013 8000`, `+86 138-0013-8000`, `6222 0212 3456 7890 123`. Only these shapes may
// contain separators, so a date before a number (`2026-11-20 13800138000`) is never glued into one long run.
const GROUPED_MOBILE = new RegExp(`(?<!${D})(?:\\+?86[ \\-]?)?1[3-9]${D}[ \\-]${D}{4}[ \\-]${D}{4}(?!${D})`, 'gu');
const GROUPED_CARD = new RegExp(`(?<!${D})${D}{4}(?:[ \\-]${D}{4}){2,3}(?:[ \\-]?${D}{1,3})?(?!${D})`, 'gu');
// A plain run is taken whole: a mobile number inside a 28-digit transaction number is not a mobile number.
const PLAIN_RUN = new RegExp(`(?<!${D})${D}+(?:[Xx](?![A-Za-z0-9]))?(?!${D})`, 'gu');

function toAscii(text: string): string {
  return text.normalize('NFKC');
}

function digitsOf(run: string): string {
  return toAscii(run).replace(/[^0-9Xx]/gu, '');
}

const MOBILE = /^(?:86)?(1[3-9]\d{9})$/u;
const RESIDENT_ID = /^\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/u;

function maskRun(run: string, keep: ReadonlySet<string>): { readonly text: string; readonly kind?: ScrubKind } {
  const digits = digitsOf(run);
  if (keep.has(digits) || keep.has(digits.replace(/^86/u, ''))) return { text: run };
  if (MOBILE.test(digits)) return { text: maskPhone(digits), kind: 'phone' };
  if (RESIDENT_ID.test(digits)) return { text: `****${digits.slice(-4)}`, kind: 'id' };
  const plain = digits.replace(/^86(?=\d{13})/u, '');
  if (/^\d{13,19}$/u.test(plain)) return { text: maskCard(plain.slice(-4)), kind: 'card' };
  return { text: run };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Known names, longest first so `欧阳娜娜` is masked before a shorter `欧阳` could split it. */
function namePattern(names: readonly string[]): RegExp | undefined {
  const usable = [...new Set(names.map((name) => name.trim()).filter((name) => [...name].length >= 2))].sort((a, b) => b.length - a.length);
  return usable.length === 0 ? undefined : new RegExp(usable.map(escapeRegExp).join('|'), 'gu');
}

export interface Scrubbed {
  readonly text: string;
  readonly kinds: readonly ScrubKind[];
}

export function scrubText(text: string, context: ScrubContext): Scrubbed {
  const kinds = new Set<ScrubKind>();
  const mask = (run: string): string => {
    const masked = maskRun(run, context.keep);
    if (masked.kind !== undefined) kinds.add(masked.kind);
    return masked.text;
  };
  let out = text.replace(GROUPED_MOBILE, mask).replace(GROUPED_CARD, mask).replace(PLAIN_RUN, mask);
  const names = namePattern(context.names);
  if (names !== undefined) {
    out = out.replace(names, (name) => {
      kinds.add('name');
      return maskName(name);
    });
  }
  return { text: out, kinds: [...kinds].sort() };
}

/** The digit form of identifiers, for ScrubContext.keep. */
export function keepDigits(values: readonly (string | undefined)[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const value of values) {
    if (value === undefined) continue;
    const digits = digitsOf(value);
    if (digits.length > 0) out.add(digits);
  }
  return out;
}
