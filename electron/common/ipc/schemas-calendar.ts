/** Argument shapes for the calendar methods (see contract-calendar.ts). */
import { z } from 'zod';
import { ARRIVAL_ROUTES, WINDOW_LIMITS, WINDOW_UNITS } from '../calendar/arrival-windows';
import { isIsoDate } from '../calendar/iso-date';
import { SCHEDULE_FILE_MAX_CHARS } from '../calendar/year-schedule';

export const CLOSURES_MAX = 366;

const isoDate = z.string().max(10).refine(isIsoDate);

export const loadYearArgSchema = z.strictObject({
  fileName: z.string().max(260),
  // The handler refuses a longer file with a translated message; this bound only protects the choke point.
  text: z.string().max(SCHEDULE_FILE_MAX_CHARS * 4),
});

export const setClosuresArgSchema = z.strictObject({ dates: z.array(isoDate).max(CLOSURES_MAX) });

export const arrivalWindowSchema = z
  .strictObject({
    unit: z.enum(WINDOW_UNITS),
    min: z.int().min(0).max(WINDOW_LIMITS.minutes),
    max: z.int().min(0).max(WINDOW_LIMITS.minutes),
  })
  .refine((window) => window.min <= window.max && window.max <= WINDOW_LIMITS[window.unit]);

export const setArrivalTableArgSchema = z.strictObject({
  overrides: z
    .array(z.strictObject({ route: z.enum(ARRIVAL_ROUTES), window: arrivalWindowSchema.optional() }))
    .max(ARRIVAL_ROUTES.length),
});

export const expectedArrivalArgSchema = z.strictObject({ id: z.string().min(1).max(100) });
