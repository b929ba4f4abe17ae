/**
 * One ledger month as the store keeps it between saves: each record's catalog facts (ledger-catalog.ts) and the
 * byte length of its canonical JSON in the month file, index for index, in file order — always in memory, a few
 * hundred bytes a record. The bytes themselves (`MonthText`, what the file's data is made of, record-texts.ts)
 * are held only for recently used months: at 50,000 refunds all of them would be ~110 MB. A record is decoded
 * from its bytes only when the ledger asks for it; a save re-encodes only the records it changes.
 */
import { canonicalJson } from '../../common/domain/canonical-json';
import type { Payment, Refund } from '../../common/domain/types';
import { paymentFactsOf, refundFactsOf } from '../../common/ledger/ledger-catalog';
import type { PaymentFacts, RefundFacts } from '../../common/ledger/ledger-catalog';

export interface StoredRecords<F> {
  readonly facts: readonly F[];
  /** `lengths[i]`: bytes of the canonical JSON, in UTF-8, of the record `facts[i]` describes. */
  readonly lengths: readonly number[];
  readonly idOf: (facts: F) => string;
}

// Record id → position, built the first time a month is asked for a record: at start-up 60 months' worth of maps
// (90,000 entries at 50,000 refunds) is time the first screen need not wait for; most old months are never asked.
const POSITIONS = new WeakMap<object, ReadonlyMap<string, number>>();

export function positionOf<F>(stored: StoredRecords<F>, id: string): number | undefined {
  let positions = POSITIONS.get(stored);
  if (positions === undefined) {
    positions = new Map(stored.facts.map((fact, i) => [stored.idOf(fact), i]));
    POSITIONS.set(stored, positions);
  }
  return positions.get(id);
}

export interface MonthRecords {
  readonly payments: StoredRecords<PaymentFacts>;
  readonly refunds: StoredRecords<RefundFacts>;
}

/** Each record's canonical bytes, index for index with MonthRecords. */
export interface MonthText {
  readonly payments: readonly Uint8Array[];
  readonly refunds: readonly Uint8Array[];
}

const decoder = new TextDecoder();

/** A record's canonical JSON in UTF-8: what a month file holds for it. */
export const canonicalText = (record: unknown): Uint8Array => Buffer.from(canonicalJson(record), 'utf8');

export const paymentIdOf = (facts: PaymentFacts): string => facts.id;
export const refundIdOf = (facts: RefundFacts): string => facts.entry.id;

export function storedRecords<F>(facts: readonly F[], lengths: readonly number[], idOf: (facts: F) => string): StoredRecords<F> {
  return { facts, lengths, idOf };
}

export const EMPTY_TEXT: MonthText = { payments: [], refunds: [] };

/** The record with this id, decoded from its bytes (a new object each call); undefined when absent. */
export function decodeRecord<R, F>(stored: StoredRecords<F>, texts: readonly Uint8Array[], id: string): R | undefined {
  const position = positionOf(stored, id);
  const text = position === undefined ? undefined : texts[position];
  // The bytes hash to the month's checksum and were shape-checked when first saved or loaded (ledger-store.ts).
  return text === undefined ? undefined : (JSON.parse(decoder.decode(text)) as R);
}

/** Every record of one kind decoded, in file order (whole-month readers: tests, tools). */
export function decodeAll<R>(texts: readonly Uint8Array[]): R[] {
  return texts.map((text) => JSON.parse(decoder.decode(text)) as R);
}

const PAYMENTS_OPEN = Buffer.from('{"payments":[', 'utf8');
const REFUNDS_OPEN = Buffer.from('],"refunds":[', 'utf8');
const CLOSE = Buffer.from(']}', 'utf8');
const COMMA = 0x2c;

/**
 * Each record's bytes cut out of a month's data — laid out as record-texts.ts `canonicalPartsOfArrays` lays it out — by
 * the known lengths; undefined when the data is not laid out that way. Views into `data`, not copies.
 */
export function textByLengths(data: Uint8Array, records: { readonly payments: { readonly lengths: readonly number[] }; readonly refunds: { readonly lengths: readonly number[] } }): MonthText | undefined {
  let at = 0;
  const expect = (literal: Buffer): boolean => {
    const ok = Buffer.from(data.buffer, data.byteOffset + at, Math.min(literal.length, data.length - at)).equals(literal);
    at += literal.length;
    return ok;
  };
  const cut = (lengths: readonly number[]): Uint8Array[] | undefined => {
    const texts: Uint8Array[] = [];
    for (const [i, length] of lengths.entries()) {
      if (i > 0 && data[at++] !== COMMA) return undefined;
      texts.push(data.subarray(at, at + length));
      at += length;
    }
    return at <= data.length ? texts : undefined;
  };
  if (!expect(PAYMENTS_OPEN)) return undefined;
  const payments = cut(records.payments.lengths);
  if (payments === undefined || !expect(REFUNDS_OPEN)) return undefined;
  const refunds = cut(records.refunds.lengths);
  if (refunds === undefined || !expect(CLOSE) || at !== data.length) return undefined;
  return { payments, refunds };
}

/** Bytes of the month's data as canonicalPartsOfArrays lays it out: brackets, keys, the records and the commas between. */
export function dataLengthOf(records: MonthRecords): number {
  const joined = (lengths: readonly number[]): number => lengths.reduce((sum, length) => sum + length, 0) + Math.max(0, lengths.length - 1);
  return PAYMENTS_OPEN.length + joined(records.payments.lengths) + REFUNDS_OPEN.length + joined(records.refunds.lengths) + CLOSE.length;
}

/** Replaces records whose id is there (in place, keeping order) and appends the rest; new arrays. */
function upsert<R extends { readonly id: string }, F>(
  current: StoredRecords<F>,
  texts: readonly Uint8Array[],
  incoming: readonly R[],
  factsOf: (record: R) => F,
): { readonly stored: StoredRecords<F>; readonly texts: readonly Uint8Array[] } {
  if (incoming.length === 0) return { stored: current, texts };
  const facts = [...current.facts];
  const lengths = [...current.lengths];
  const nextTexts = [...texts];
  const added = new Map<string, number>();
  for (const record of incoming) {
    const position = positionOf(current, record.id) ?? added.get(record.id) ?? facts.length;
    const text = canonicalText(record);
    added.set(record.id, position);
    facts[position] = factsOf(record);
    lengths[position] = text.length;
    nextTexts[position] = text;
  }
  return { stored: { facts, lengths, idOf: current.idOf }, texts: nextTexts };
}

/** The month after a change: payments first, so a new refund's row is built with its new payment. */
export function withChange(records: MonthRecords, text: MonthText, payments: readonly Payment[], refunds: readonly Refund[]): { readonly records: MonthRecords; readonly text: MonthText } {
  const nextPayments = upsert(records.payments, text.payments, payments, paymentFactsOf);
  const paymentOf = (id: string): Payment | undefined =>
    payments.find((payment) => payment.id === id) ?? decodeRecord<Payment, PaymentFacts>(nextPayments.stored, nextPayments.texts, id);
  const nextRefunds = upsert(records.refunds, text.refunds, refunds, (refund: Refund) => refundFactsOf(refund, paymentOf(refund.paymentId)));
  return {
    records: { payments: nextPayments.stored, refunds: nextRefunds.stored },
    text: { payments: nextPayments.texts, refunds: nextRefunds.texts },
  };
}
