/** Argument shapes for the counter-rule methods and fields (see contract-counter.ts); limits as in schemas.ts. */
import { z } from 'zod';
import { COUNTER_LIMITS } from '../domain/counter-settings';
import { CONTACT_CHANNELS, CONTACT_PARTIES, MISDIRECT_KINDS } from '../domain/misdirect';
import { DESTINATION_KINDS } from '../domain/refund-destination';

const NAME = 100;
const NOTE = 2000;
const REASON = 500;
const ID = 100;

const id = z.string().max(ID).min(1);
const actor = z.string().max(NAME);

export const destinationSchema = z.strictObject({
  kind: z.enum(DESTINATION_KINDS),
  detail: z.string().max(NAME).optional(),
});

export const counterSettingsArgSchema = z.strictObject({
  terminals: z
    .array(
      z.strictObject({
        terminalNo: z.string().min(1).max(COUNTER_LIMITS.terminalNo),
        acquirer: z.string().max(COUNTER_LIMITS.name),
        cutoff: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/u)
          .optional(),
      }),
    )
    .max(COUNTER_LIMITS.terminals),
  acquirers: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(COUNTER_LIMITS.name),
        refundWindowDays: z.int().min(1).max(COUNTER_LIMITS.windowDays).optional(),
        feeReturnedOnRefund: z.boolean().optional(),
      }),
    )
    .max(COUNTER_LIMITS.acquirers),
  alipayRefundWindowDays: z.int().min(1).max(COUNTER_LIMITS.windowDays).optional(),
  wechatFeeRateBp: z.int().min(0).max(COUNTER_LIMITS.feeRateBp).optional(),
  refundPolicy: z.string().max(COUNTER_LIMITS.policy).optional(),
});

export const logContactArgSchema = z.strictObject({
  id,
  actor,
  contact: z.strictObject({
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u),
    channel: z.enum(CONTACT_CHANNELS),
    party: z.enum(CONTACT_PARTIES),
    who: z.string().max(NAME).optional(),
    summary: z.string().max(NOTE),
  }),
});

export const reportMisdirectArgSchema = z.strictObject({
  id,
  actor,
  report: z.strictObject({
    what: z.enum(MISDIRECT_KINDS),
    recipient: z.string().max(NAME),
    recoveryRequest: z.string().max(REASON).optional(),
    correctedBy: z.string().max(NAME).optional(),
  }),
});

export const markRecoveredArgSchema = z.strictObject({ id, actor, note: z.string().max(NOTE).optional() });
