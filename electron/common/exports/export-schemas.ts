/** Shape checks of the export methods' arguments (schemas.ts registers them). */
import { z } from 'zod';
import { CHANNELS, REFUND_STATUSES } from '../domain/types';
import { EXPORT_FORMATS, EXPORT_LANGUAGES } from './export-contract';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u);

export const exportRefundsArgSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  query: z.strictObject({
    text: z.string().max(200).optional(),
    status: z.enum(REFUND_STATUSES).optional(),
    channel: z.enum(CHANNELS).optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    month: month.optional(),
  }),
  language: z.enum(EXPORT_LANGUAGES),
  includePhones: z.boolean().optional(),
});

export const exportSettlementsArgSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  month: month.optional(),
  range: z.strictObject({ from: month, to: month }).optional(),
  language: z.enum(EXPORT_LANGUAGES),
});
