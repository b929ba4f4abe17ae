/**
 * A bounded map of records decoded recently, least recently used dropped first. The ledger's full records stay
 * with the store as bytes (ledger-catalog.ts); what the counter works on — today's open refunds, the ones the
 * reminders look at, the one on screen — is decoded once and kept here, and five years of finished refunds are
 * not all brought into memory by one export or integrity check.
 */
export class RecentRecords<R> {
  private readonly records = new Map<string, R>();

  constructor(private readonly capacity: number) {}

  get(id: string): R | undefined {
    const record = this.records.get(id);
    if (record !== undefined) {
      // Re-inserted so a Map's insertion order is the order of use.
      this.records.delete(id);
      this.records.set(id, record);
    }
    return record;
  }

  /** Without counting as a use: a pass over every record must not push the working set out. */
  peek(id: string): R | undefined {
    return this.records.get(id);
  }

  set(id: string, record: R): void {
    this.records.delete(id);
    this.records.set(id, record);
    if (this.records.size > this.capacity) {
      const oldest = this.records.keys().next();
      if (oldest.done !== true) this.records.delete(oldest.value);
    }
  }
}
