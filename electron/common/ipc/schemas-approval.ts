/** Argument shapes of the operator, session and approval methods (contract-approval.ts). */
import { z } from 'zod';
import { MAX_FEN } from '../domain/money';
import type { Fen } from '../domain/money';
import { OPERATOR_ROLES } from '../domain/operators';

const id = z.string().min(1).max(100);
// Format (4–6 digits) is the domain's check, so a wrong one gets the translated pin_format, not invalid_argument.
const pin = z.string().max(32);

export const approvalPolicySchema = z.strictObject({
  thresholdFen: z
    .number()
    .int()
    .min(0)
    .max(MAX_FEN)
    .transform((value) => value as Fen),
  oldSaleDays: z.number().int().min(0).max(3650),
});

export const operatorListArgSchema = z.strictObject({});
export const operatorAddArgSchema = z.strictObject({
  name: z.string().max(100),
  role: z.enum(OPERATOR_ROLES),
  pin: pin.optional(),
});
export const operatorSetPinArgSchema = z.strictObject({ operatorId: id, pin, currentPin: pin.optional() });
export const sessionUnlockArgSchema = z.strictObject({ operatorId: id, pin: pin.optional() });
export const sessionLockArgSchema = z.strictObject({});
export const refundApproveArgSchema = z.strictObject({ id, approverId: id, pin, note: z.string().max(2000).optional() });
export const refundRefuseArgSchema = z.strictObject({ id, approverId: id, pin, reason: z.string().max(500) });
