/** What the case service needs from storage. The Node adapter is electron/node/cases/case-store.ts. */
import type { Case } from './case';

export interface CaseStore {
  /** Every case in memory (all years, read once at open), oldest year first. */
  cases(): readonly Case[];
  /** Inserts or replaces the case (by id) in the file of the year it was opened, durably; on failure nothing changed. */
  saveCase(kase: Case): Promise<void>;
}
