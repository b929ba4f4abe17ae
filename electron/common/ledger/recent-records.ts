/**
 * A bounded map of records decoded recently. The ledger's full records stay with the store as bytes
 * (ledger-catalog.ts); what the counter works on — today's open refunds, the ones the reminders look at, the one on
 * screen — is decoded once and kept here, and five years of finished refunds are not all brought into memory by one
 * export or integrity check.
 *
 * Second-chance eviction rather than strict LRU: a hit only marks the entry as used (re-inserting it into the Map on
 * every hit doubled what reading the reminders' 5,000 records cost); when full, the oldest entry goes unless it was
 * used since it last came round, in which case it moves to the back with its mark cleared.
 */
interface Slot<R> {
  readonly record: R;
  used: boolean;
}

export class RecentRecords<R> {
  private readonly slots = new Map<string, Slot<R>>();

  constructor(private readonly capacity: number) {}

  get(id: string): R | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined) return undefined;
    slot.used = true;
    return slot.record;
  }

  /** Without counting as a use: a pass over every record must not keep the ones it passes. */
  peek(id: string): R | undefined {
    return this.slots.get(id)?.record;
  }

  set(id: string, record: R): void {
    this.slots.delete(id);
    this.slots.set(id, { record, used: false });
    while (this.slots.size > this.capacity) this.evictOne();
  }

  private evictOne(): void {
    for (const [id, slot] of this.slots) {
      this.slots.delete(id);
      if (!slot.used) return;
      slot.used = false;
      this.slots.set(id, slot);
    }
  }
}
