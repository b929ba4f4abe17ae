/**
 * Stored shapes of the counter-rule data (settings section, refund facts, misdirection, contact log), used by
 * ledger-schema.ts. Like it, no text limits here: storage must load anything it was allowed to save.
 */
import { z } from 'zod';
import { CONTACT_CHANNELS, CONTACT_PARTIES, MISDIRECT_KINDS } from '../common/domain/misdirect';
import { DESTINATION_KINDS } from '../common/domain/refund-destination';

export const counterSettingsSchema = z.object({
  terminals: z.array(z.object({ terminalNo: z.string(), acquirer: z.string(), cutoff: z.string().optional() })),
  acquirers: z.array(
    z.object({ name: z.string(), refundWindowDays: z.int().optional(), feeReturnedOnRefund: z.boolean().optional() }),
  ),
  alipayRefundWindowDays: z.int().optional(),
  wechatFeeRateBp: z.int().optional(),
  refundPolicy: z.string().optional(),
});

export const refundCounterFactsSchema = z.object({
  destination: z.object({ kind: z.enum(DESTINATION_KINDS), detail: z.string().optional() }),
  destinationConfirmed: z.boolean(),
  policyText: z.string().optional(),
  duplicateOf: z.string().optional(),
});

export const misdirectReportSchema = z.object({
  what: z.enum(MISDIRECT_KINDS),
  recipient: z.string(),
  recoveryRequest: z.string().optional(),
  correctedBy: z.string().optional(),
});

export const misdirectStateSchema = misdirectReportSchema.extend({ recovered: z.boolean() });

export const contactEntrySchema = z.object({
  at: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  party: z.enum(CONTACT_PARTIES),
  who: z.string().optional(),
  summary: z.string(),
});
