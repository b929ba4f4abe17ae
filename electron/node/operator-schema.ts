/**
 * Stored shapes of operators and the approval policy (settings.json). Step 1 stored `operators` as a list of
 * names; that shape still loads and is turned into the new one in memory (domain/operators.ts decides ids and
 * roles), and the next save writes the new shape — the old file survives as a generation, so nothing is lost.
 */
import { z } from 'zod';
import type { Fen } from '../common/domain/money';
import { migrateOperatorNames, OPERATOR_ROLES } from '../common/domain/operators';

const operatorSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  role: z.enum(OPERATOR_ROLES),
  pinHash: z.string().optional(),
});

export const operatorsSchema = z.union([
  z.array(operatorSchema),
  z.array(z.string()).transform((names) => migrateOperatorNames(names)),
]);

export const storedApprovalPolicySchema = z.object({
  thresholdFen: z
    .int()
    .min(0)
    .transform((value) => value as Fen),
  oldSaleDays: z.int().min(0),
});
