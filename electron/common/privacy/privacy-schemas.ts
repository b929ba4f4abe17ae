/** Argument shapes of the privacy methods; the allowed choices themselves are checked in privacy-service.ts. */
import { z } from 'zod';

const choice = z.number().int().positive().max(36_500).nullable().optional();
const query = z.string().trim().min(1).max(64);

export const privacyUpdateArgSchema = z.strictObject({ retentionDays: choice, autoLockMinutes: choice });
export const privacyPreviewArgSchema = z.strictObject({ query });
export const privacyEraseArgSchema = z.strictObject({ query, actor: z.string().min(1).max(64), pin: z.string().max(12).optional() });
