/** Stored shapes of reminder marks on events and of the hotline directory in settings (see ledger-schema.ts). */
import { z } from 'zod';
import { HOTLINE_IDS, HOTLINE_SOURCES } from '../../common/reminders/hotlines';
import { REFUND_REMINDER_KINDS } from '../../common/reminders/reminder-kinds';

export const reminderMarkSchema = z.object({
  kind: z.enum(REFUND_REMINDER_KINDS),
  until: z.string().optional(),
  reason: z.string(),
});

export const hotlinesSchema = z.array(
  z.object({
    id: z.enum(HOTLINE_IDS),
    number: z.string(),
    source: z.enum(HOTLINE_SOURCES),
    sourceNote: z.string(),
    lastVerified: z.string(),
  }),
);
