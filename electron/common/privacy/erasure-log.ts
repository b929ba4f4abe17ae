/**
 * The erasures' own record, kept outside the backups (electron/node/privacy/erasure-log-store.ts). A backup
 * taken before "delete this customer's data" still holds the customer; restoring it must not bring them back.
 * So each erasure is written here first — only refund ids and when, no name, no phone — and at every start the
 * privacy service re-applies any logged erasure the records do not show (after a restore, or after a crash in
 * the middle of one). This is the "backups' index" of RELIABILITY §6: old backups keep the bytes until they
 * expire (14 days / 12 months), but the data never comes back into use.
 */
export interface ErasureLogEntry {
  /** When the owner confirmed the erasure (ISO instant); cases opened later are not reached by a re-apply. */
  readonly at: string;
  /** The customer's refunds at that time. Ids only: the log must not itself keep what it erased. */
  readonly refundIds: readonly string[];
}

export interface ErasureLog {
  entries(): readonly ErasureLogEntry[];
  /** Durable before it resolves: the erasure that follows can always be completed after a crash. */
  append(entry: ErasureLogEntry): Promise<void>;
}
