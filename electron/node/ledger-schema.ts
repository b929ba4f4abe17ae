/**
 * Shapes of what is stored on disk. They are checked on every load (a hand-edited file that passes the
 * checksum can still be wrong) and before every save (a file we could not load back would be quarantined
 * at next start, losing that save). Limits on text belong to the IPC schemas and the domain, not here:
 * storage must be able to load anything it was ever allowed to save.
 */
import { z } from 'zod';
import type { Fen } from '../common/domain/money';
import { CHANNELS, DEDUCTION_KINDS, REFUND_STATUSES, REFUND_TYPES } from '../common/domain/types';
import type { Deduction, Payment, PaymentIdentifiers, Refund, RefundEvent } from '../common/domain/types';
import type { LedgerPartition, Settings } from '../common/ports';
import {
  contactEntrySchema,
  counterSettingsSchema,
  misdirectReportSchema,
  misdirectStateSchema,
  refundCounterFactsSchema,
} from './counter-schema';
import { attachmentRefSchema } from './attachments/attachment-schema';
import { operatorsSchema, storedApprovalPolicySchema } from './operator-schema';
import { hotlinesSchema, reminderMarkSchema } from './reminders/reminder-schema';
import { PAPER_SIZES, RECEIPT_LANGUAGES } from '../common/receipts/receipt';

// z.int() is the safe-integer range: fen above 2^53 would silently lose precision in JSON.
const fenSchema = z
  .int()
  .min(0)
  .transform((value) => value as Fen);

const identifiersSchema = z.object({
  merchantNo: z.string().optional(),
  terminalNo: z.string().optional(),
  batchNo: z.string().optional(),
  voucherNo: z.string().optional(),
  referenceNo: z.string().optional(),
  authCode: z.string().optional(),
  cardLast4: z.string().optional(),
  transactionNo: z.string().optional(),
  merchantOrderNo: z.string().optional(),
});

export const paymentSchema = z.object({
  id: z.string().min(1),
  channel: z.enum(CHANNELS),
  paidAt: z.string(),
  amount: fenSchema,
  ids: identifiersSchema,
  matchKey: z.string(),
  createdAt: z.string(),
});

const deductionSchema = z.object({
  kind: z.enum(DEDUCTION_KINDS),
  amount: fenSchema,
  reason: z.string(),
});

const refundEventSchema = z.object({
  seq: z.int().min(0),
  at: z.string(),
  actor: z.string(),
  kind: z.enum(['created', 'status_changed', 'note_added', 'contact_logged', 'misdirected', 'misdirect_recovered', 'approved', 'refused', 'override', 'attachment_added', 'reminder_snoozed', 'reminder_dismissed', 'receipt_issued', 'personal_data_erased', 'attachment_erased']),
  from: z.enum(REFUND_STATUSES).optional(),
  to: z.enum(REFUND_STATUSES).optional(),
  note: z.string().optional(),
  facts: z.string().optional(),
  contact: contactEntrySchema.optional(),
  misdirect: misdirectReportSchema.optional(),
  attachment: attachmentRefSchema.optional(),
  reminder: reminderMarkSchema.optional(),
  receipt: z
    .object({
      copy: z.int().min(1),
      size: z.string(),
      language: z.string(),
      via: z.enum(['printer', 'pdf']),
      printerName: z.string().optional(),
      chainHead: z.string(),
    })
    .optional(),
  erasedSeqs: z.array(z.int().min(1)).optional(),
  erased: z.literal(true).optional(),
  prevHash: z.string(),
  hash: z.string(),
});

export const refundSchema = z.object({
  id: z.string().min(1),
  number: z.string(),
  requestId: z.string(),
  paymentId: z.string(),
  type: z.enum(REFUND_TYPES),
  amount: fenSchema,
  deductions: z.array(deductionSchema),
  net: fenSchema,
  customerName: z.string().optional(),
  customerPhone: z.string().optional(),
  operator: z.string(),
  note: z.string().optional(),
  status: z.enum(REFUND_STATUSES),
  failureReason: z.string().optional(),
  reroutedTo: z.string().optional(),
  counter: refundCounterFactsSchema.optional(),
  misdirect: misdirectStateSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(refundEventSchema),
});

export const ledgerPartitionSchema = z.object({
  payments: z.array(paymentSchema),
  refunds: z.array(refundSchema),
});

export const settingsSchema = z.object({
  setupDone: z.boolean(),
  shopName: z.string(),
  language: z.enum(['zh-CN', 'en']),
  // Also loads Step 1's list of names (operator-schema.ts).
  operators: operatorsSchema,
  approval: storedApprovalPolicySchema.optional(),
  lastChannel: z.enum(CHANNELS).optional(),
  lastOperator: z.string().optional(),
  counter: counterSettingsSchema.optional(),
  hotlines: hotlinesSchema.optional(),
  notifications: z.object({ enabled: z.boolean(), morningTime: z.string(), quietStart: z.string(), quietEnd: z.string() }).optional(),
  shop: z.object({ address: z.string().optional(), phone: z.string().optional() }).optional(),
  receipt: z.object({ size: z.enum(PAPER_SIZES), language: z.enum(RECEIPT_LANGUAGES), printerName: z.string().optional() }).optional(),
  privacy: z.object({ retentionDays: z.number().int().positive().nullable(), autoLockMinutes: z.number().int().positive().nullable().optional() }).optional(),
});

export function parseLedgerPartition(data: unknown): LedgerPartition {
  return ledgerPartitionSchema.parse(data);
}

export function parseSettings(data: unknown): Settings {
  return settingsSchema.parse(data);
}

/**
 * Compiles only if each schema's output is assignable to its interface AND both have the same property
 * names. Assignability alone misses a new optional field on the interface: zod would strip it on load and
 * the next save would drop it from disk without a word.
 */
export type Mirrors<Out extends In, In> = [Exclude<keyof Out, keyof In> | Exclude<keyof In, keyof Out>] extends [never]
  ? true
  : { readonly keysDiffer: Exclude<keyof Out, keyof In> | Exclude<keyof In, keyof Out> };
export type Expect<T extends true> = T;

export type SchemaMirrorsTypes = [
  Expect<Mirrors<z.output<typeof identifiersSchema>, PaymentIdentifiers>>,
  Expect<Mirrors<z.output<typeof paymentSchema>, Payment>>,
  Expect<Mirrors<z.output<typeof deductionSchema>, Deduction>>,
  Expect<Mirrors<z.output<typeof refundEventSchema>, RefundEvent>>,
  Expect<Mirrors<z.output<typeof refundSchema>, Refund>>,
  Expect<Mirrors<z.output<typeof ledgerPartitionSchema>, LedgerPartition>>,
  Expect<Mirrors<z.output<typeof settingsSchema>, Settings>>,
];
