/**
 * Argument shapes for the settlement methods (see contract-settlements.ts). Only types and outer bounds: the
 * handlers check meaning (a rate above 10%, a date in the future) and answer with a translated field error.
 */
import { z } from 'zod';
import { MAX_FEN } from '../domain/money';
import type { Fen } from '../domain/money';
import { CYCLE_BASES, SETTLEMENT_SOURCES } from '../settlements/settlement';

const id = z.string().min(1).max(100);
const actor = z.string().max(100);
const shortText = z.string().max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const fen = z
  .number()
  .int()
  .min(0)
  .max(MAX_FEN)
  .transform((value) => value as Fen);
const count = z.number().int().min(0).max(10_000_000);

const takings = z.strictObject({ salesCount: count, salesAmount: fen, refundsCount: count, refundsAmount: fen });

export const settlementAccountsArgSchema = z.strictObject({});

export const saveSettlementAccountsArgSchema = z.strictObject({
  accounts: z
    .array(
      z.strictObject({
        id: id.optional(),
        name: shortText,
        source: z.enum(SETTLEMENT_SOURCES),
        acquirer: shortText.optional(),
        merchantNo: shortText.optional(),
        terminalNo: shortText.optional(),
        cycle: z.strictObject({ basis: z.enum(CYCLE_BASES), days: z.number().int().min(0).max(1000) }),
        feeRateBp: z.number().int().min(0).max(100_000),
        feeReturnedOnRefund: z.boolean(),
        toleranceFen: fen,
        archived: z.boolean().optional(),
      }),
    )
    .max(200),
});

export const recordTakingsArgSchema = z.strictObject({
  requestId: id,
  accountId: id,
  businessDate: isoDate,
  batchNo: shortText.optional(),
  takings,
  expectedFee: fen.optional(),
  actor,
});

export const correctTakingsArgSchema = z.strictObject({
  id,
  batchNo: shortText.optional(),
  takings,
  expectedFee: fen.optional(),
  reason: z.string().max(500),
  actor,
});

export const markReceivedArgSchema = z.strictObject({
  id,
  amount: fen,
  date: isoDate,
  note: z.string().max(1000).optional(),
  actor,
});

export const settlementGetArgSchema = z.strictObject({ id });

export const settlementMonthArgSchema = z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/u), accountId: id.optional() });
