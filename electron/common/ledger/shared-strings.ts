/**
 * Five years of refunds repeat the same few thousand strings hundreds of thousands of times — event kinds and
 * statuses, operators, the shop's usual notes and reasons, customers' names, file names — and every event's
 * `prevHash` is the `hash` of the event before it. JSON.parse gives each occurrence its own copy; pointing equal
 * strings at one copy is about a fifth of the ledger's memory at 50,000 refunds. Equal strings are
 * indistinguishable in JavaScript, so nothing that reads the records can tell. Applied once, to records just
 * loaded and not yet shared with anyone (the objects are fresh from the schema check).
 */
import type { Payment, Refund, RefundEvent } from '../domain/types';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** One copy of each string seen; dropped with the load that made it. */
export class StringPool {
  private readonly strings = new Map<string, string>();

  intern<T extends string | undefined>(value: T): T {
    if (value === undefined) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }
}

function shareEvent(event: Writable<RefundEvent>, previous: RefundEvent | undefined, pool: StringPool): void {
  if (previous !== undefined && event.prevHash === previous.hash) event.prevHash = previous.hash;
  event.actor = pool.intern(event.actor);
  event.kind = pool.intern(event.kind);
  if (event.from !== undefined) event.from = pool.intern(event.from);
  if (event.to !== undefined) event.to = pool.intern(event.to);
  if (event.note !== undefined) event.note = pool.intern(event.note);
  const { receipt, attachment, contact } = event;
  if (receipt !== undefined && previous !== undefined && receipt.chainHead === previous.hash) {
    (receipt as Writable<typeof receipt>).chainHead = previous.hash;
  }
  if (attachment !== undefined) {
    const shared = attachment as Writable<typeof attachment>;
    shared.sha256 = pool.intern(attachment.sha256);
    shared.name = pool.intern(attachment.name);
  }
  if (contact !== undefined) (contact as Writable<typeof contact>).summary = pool.intern(contact.summary);
}

/** Shares the repeated strings of freshly loaded refunds and payments, in place. */
export function shareStrings(payments: readonly Payment[], refunds: readonly Refund[], pool: StringPool): void {
  for (const payment of payments as Writable<Payment>[]) payment.channel = pool.intern(payment.channel);
  for (const refund of refunds as Writable<Refund>[]) {
    refund.status = pool.intern(refund.status);
    refund.type = pool.intern(refund.type);
    refund.operator = pool.intern(refund.operator);
    refund.customerName = pool.intern(refund.customerName);
    refund.note = pool.intern(refund.note);
    const events = refund.events as Writable<RefundEvent>[];
    let previous: RefundEvent | undefined;
    for (const event of events) {
      shareEvent(event, previous, pool);
      previous = event;
    }
    const first = events[0];
    const last = events.at(-1);
    if (first !== undefined && refund.createdAt === first.at) refund.createdAt = first.at;
    if (last !== undefined && refund.updatedAt === last.at) refund.updatedAt = last.at;
    for (const deduction of refund.deductions as Writable<Refund['deductions'][number]>[]) deduction.reason = pool.intern(deduction.reason);
  }
}
