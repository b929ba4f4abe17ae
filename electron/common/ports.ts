/**
 * Ports: what the pure layer needs from the outside world, named by role. Each has a Node adapter in
 * electron/node and an in-memory twin for tests (test/support).
 */
import type { Channel, Payment, Refund } from './domain/types';
import type { CounterSettings } from './domain/counter-settings';
import type { ApprovalPolicy } from './domain/approval';
import type { Operator } from './domain/operators';
import type { Hotline } from './reminders/hotlines';
import type { NotificationPrefs } from './reminders/notification-prefs';
import type { ReceiptPrefs, ShopProfile } from './receipts/receipt';
import type { MonthCatalog } from './ledger/ledger-catalog';

/** The only source of "now". Tests pass a fixed or stepping clock. */
export interface Clock {
  now(): Date;
}

/** SHA-256 of UTF-8 text, as lowercase hex. node:crypto in the app; the pure layer cannot import it. */
export interface Hasher {
  sha256Hex(text: string): string;
}

/**
 * Slow salted hashes of operator PINs (scrypt in the app, electron/node/pin-hasher.ts). A PIN has only
 * 10^4–10^6 values, so the hash must be slow and salted; verify compares in constant time.
 */
export interface PinHasher {
  hash(pin: string): Promise<string>;
  verify(pin: string, stored: string): Promise<boolean>;
}

export interface IdGenerator {
  newId(): string;
}

/** One month of records, keyed by the month of the *payment* (`YYYY-MM`), so a refund lives beside its payment. */
export interface LedgerPartition {
  readonly payments: readonly Payment[];
  readonly refunds: readonly Refund[];
}

/** Records to insert or replace (matched by id) in one partition, written as one durable save. */
export interface LedgerChange {
  readonly month: string;
  readonly payments?: readonly Payment[];
  readonly refunds?: readonly Refund[];
}

export interface LedgerStore {
  /**
   * Every month's catalog (ledger-catalog.ts), read once at start-up, oldest month first (bad files are recovered
   * by the adapter, see RecoveryNotice). The full records stay with the store until `readRefund`/`readPayment`.
   */
  catalog(): Promise<readonly MonthCatalog[]>;
  /**
   * One record of a month the catalog listed (or a commit added), whole, as last committed; undefined when the
   * month does not hold it. Synchronous: the store keeps each month's committed bytes, so this decodes one record.
   * Every call returns a new object, which the caller may keep.
   */
  readRefund(month: string, id: string): Refund | undefined;
  readPayment(month: string, id: string): Payment | undefined;
  /**
   * Optional: brings a month's records close (reads its file without blocking) before a pass reads many of them,
   * so each read after it is quick. Stores that hold everything in memory leave it out.
   */
  prefetch?(month: string): Promise<void>;
  /**
   * Applies the change durably. Resolves only after the data is fsynced; on failure nothing changed on disk
   * or in the store's memory, and the promise rejects (a DomainError 'save_failed' or 'disk_full').
   */
  commit(change: LedgerChange): Promise<void>;
}

export type Language = 'zh-CN' | 'en';

export interface Settings {
  readonly setupDone: boolean;
  readonly shopName: string;
  readonly language: Language;
  /** Names, roles and PIN hashes (domain/operators.ts). Step 1 files held names only; they migrate on load. */
  readonly operators: readonly Operator[];
  /** Shop policy for approvals (domain/approval.ts); absent means the defaults. */
  readonly approval?: ApprovalPolicy;
  readonly lastChannel?: Channel;
  readonly lastOperator?: string;
  /** Terminals, acquirers, windows, fee rate, refund policy (counter-settings.ts); absent until first set. */
  readonly counter?: CounterSettings;
  /** The hotline directory as edited by the owner (reminders/hotlines.ts); absent means the shipped defaults. */
  readonly hotlines?: readonly Hotline[];
  /** Desktop notification times (reminders/notification-prefs.ts); absent means the defaults. */
  readonly notifications?: NotificationPrefs;
  /** Address and phone for receipts (receipts/receipt.ts); absent until the owner sets them. */
  readonly shop?: ShopProfile;
  /** The receipt dialog's remembered paper size, language and printer. */
  readonly receipt?: ReceiptPrefs;
  /** Retention (days; null = keep) and auto-lock (minutes; null = off), privacy/retention.ts; absent = keep, off. */
  readonly privacy?: { readonly retentionDays: number | null; readonly autoLockMinutes?: number | null };
}

export interface SettingsStore {
  get(): Settings;
  /** Durable like LedgerStore.commit; returns the saved settings. */
  update(patch: Partial<Settings>): Promise<Settings>;
}

/** What the storage layer tells the owner after it had to quarantine a damaged file. */
export interface RecoveryNotice {
  /** File name relative to the data folder, e.g. `ledger/2026-11.json`. */
  readonly file: string;
  readonly problem: 'unreadable' | 'not_json' | 'checksum' | 'schema' | 'missing';
  /** Where the damaged file was moved, relative to the data folder. */
  readonly quarantinedAs?: string;
  /** When the generation that was restored had been saved (ISO); absent when nothing could be restored. */
  readonly restoredSavedAt?: string;
  /** True when no good generation existed: records from that file may be missing. */
  readonly dataMayBeMissing: boolean;
}
