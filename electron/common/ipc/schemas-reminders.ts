/** Argument shapes for the reminder and hotline methods (see contract-reminders.ts). */
import { z } from 'zod';
import { HOTLINE_IDS, HOTLINE_LIMITS, HOTLINE_SOURCES } from '../reminders/hotlines';
import { CASE_REMINDER_KINDS, REFUND_REMINDER_KINDS, SETTLEMENT_REMINDER_KINDS } from '../reminders/reminder-kinds';

const id = z.string().min(1).max(100);
const actor = z.string().max(100);
const reason = z.string().max(500);

const limit = z.number().int().min(0).max(1_000_000).optional();
export const reminderListArgSchema = z.strictObject({
  limits: z.strictObject({ overdue: limit, due_today: limit, coming_up: limit }).optional(),
});

// A refund's, a settlement day's or a case's reminder: exactly one of the three ids, with a kind of that subject.
const refundTarget = { refundId: id, kind: z.enum(REFUND_REMINDER_KINDS) };
const settlementTarget = { settlementId: id, kind: z.enum(SETTLEMENT_REMINDER_KINDS) };
const caseTarget = { caseId: id, kind: z.enum(CASE_REMINDER_KINDS) };
const snooze = { until: z.iso.datetime(), reason, actor };
const dismiss = { reason, actor };

export const reminderSnoozeArgSchema = z.union([
  z.strictObject({ ...refundTarget, ...snooze }),
  z.strictObject({ ...settlementTarget, ...snooze }),
  z.strictObject({ ...caseTarget, ...snooze }),
]);

export const reminderDismissArgSchema = z.union([
  z.strictObject({ ...refundTarget, ...dismiss }),
  z.strictObject({ ...settlementTarget, ...dismiss }),
  z.strictObject({ ...caseTarget, ...dismiss }),
]);

export const hotlineListArgSchema = z.strictObject({});

export const hotlineUpdateArgSchema = z.strictObject({
  hotlines: z
    .array(
      z.strictObject({
        id: z.enum(HOTLINE_IDS),
        number: z.string().max(HOTLINE_LIMITS.number).regex(/^[\d\s+-]*$/u),
        source: z.enum(HOTLINE_SOURCES),
        sourceNote: z.string().max(HOTLINE_LIMITS.sourceNote),
        lastVerified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
      }),
    )
    .max(HOTLINE_IDS.length),
});
