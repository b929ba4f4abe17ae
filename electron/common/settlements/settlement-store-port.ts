/** What the settlement service needs from storage. The Node adapter is electron/node/settlements/settlement-store.ts. */
import type { SettlementAccount, SettlementDay } from './settlement';

export interface SettlementStore {
  /** Every account, archived ones included, as last saved. */
  accounts(): readonly SettlementAccount[];
  /** Every settlement day in memory (all years, read once at open). */
  days(): readonly SettlementDay[];
  /** Durable (fsynced) before it resolves; on failure nothing changed on disk or in memory. */
  saveAccounts(accounts: readonly SettlementAccount[]): Promise<void>;
  /** Inserts or replaces the day (by id) in its year's file, durably; on failure nothing changed. */
  saveDay(day: SettlementDay): Promise<void>;
}
