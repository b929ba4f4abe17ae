/**
 * Stored shapes of settlement accounts and days, checked on every load and before every save (like
 * ledger-schema.ts). No text limits here: storage must load anything it was ever allowed to save.
 */
import { z } from 'zod';
import type { Fen } from '../../common/domain/money';
import { SETTLEMENT_REMINDER_KINDS } from '../../common/reminders/reminder-kinds';
import { CYCLE_BASES, SETTLEMENT_EVENT_KINDS, SETTLEMENT_SOURCES } from '../../common/settlements/settlement';
import type { DayTakings, SettlementAccount, SettlementDay, SettlementEvent } from '../../common/settlements/settlement';
import type { Expect, Mirrors } from '../ledger-schema';

// Signed: an expected net is negative on a day of more refunds than sales.
const fenSchema = z.int().transform((value) => value as Fen);
const cycleSchema = z.object({ basis: z.enum(CYCLE_BASES), days: z.int().min(0) });
const takingsSchema = z.object({ salesCount: z.int().min(0), salesAmount: fenSchema, refundsCount: z.int().min(0), refundsAmount: fenSchema });
const receiptSchema = z.object({ amount: fenSchema, date: z.string() });
const termsSchema = z.object({ cycle: cycleSchema, feeRateBp: z.int().min(0), feeReturnedOnRefund: z.boolean(), toleranceFen: fenSchema });

const accountSchema = z.object({
  id: z.string(),
  name: z.string(),
  source: z.enum(SETTLEMENT_SOURCES),
  acquirer: z.string().optional(),
  merchantNo: z.string().optional(),
  terminalNo: z.string().optional(),
  cycle: cycleSchema,
  feeRateBp: z.int().min(0),
  feeReturnedOnRefund: z.boolean(),
  toleranceFen: fenSchema,
  archived: z.boolean().optional(),
});

const eventSchema = z.object({
  seq: z.int().min(1),
  at: z.string(),
  actor: z.string(),
  kind: z.enum(SETTLEMENT_EVENT_KINDS),
  takings: takingsSchema.optional(),
  expectedFee: fenSchema.optional(),
  batchNo: z.string().optional(),
  terms: termsSchema.optional(),
  received: receiptSchema.optional(),
  note: z.string().optional(),
  reminder: z.object({ kind: z.enum(SETTLEMENT_REMINDER_KINDS), until: z.string().optional(), reason: z.string() }).optional(),
  prevHash: z.string(),
  hash: z.string(),
});

const daySchema = z.object({
  id: z.string(),
  requestId: z.string(),
  accountId: z.string(),
  businessDate: z.string(),
  batchNo: z.string().optional(),
  takings: takingsSchema,
  cycle: cycleSchema,
  feeRateBp: z.int().min(0),
  feeReturnedOnRefund: z.boolean(),
  toleranceFen: fenSchema,
  expectedFee: fenSchema,
  expectedNet: fenSchema,
  received: receiptSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(eventSchema),
});

export interface SettlementAccountsFile {
  readonly accounts: readonly SettlementAccount[];
}

export interface SettlementYearFile {
  readonly days: readonly SettlementDay[];
}

const accountsFileSchema = z.object({ accounts: z.array(accountSchema) });
const yearFileSchema = z.object({ days: z.array(daySchema) });

export function parseAccountsFile(data: unknown): SettlementAccountsFile {
  return accountsFileSchema.parse(data);
}

export function parseYearFile(data: unknown): SettlementYearFile {
  return yearFileSchema.parse(data);
}

/** Compile-time: each schema has exactly its interface's fields, so a new field cannot be dropped on load. */
export type SettlementSchemaMirrorsTypes = [
  Expect<Mirrors<z.output<typeof takingsSchema>, DayTakings>>,
  Expect<Mirrors<z.output<typeof accountSchema>, SettlementAccount>>,
  Expect<Mirrors<z.output<typeof eventSchema>, SettlementEvent>>,
  Expect<Mirrors<z.output<typeof daySchema>, SettlementDay>>,
];
