/**
 * The owner's calendar data in `calendar.json` (loaded holiday years, shop closures, arrival-table overrides),
 * saved like settings: validate, write durably, then swap in memory. Kept out of settings.json so loading a
 * year never rewrites the shop's settings.
 */
import { Low } from 'lowdb';
import { z } from 'zod';
import { ARRIVAL_ROUTES, WINDOW_UNITS } from '../../common/calendar/arrival-windows';
import type { ArrivalOverride } from '../../common/calendar/arrival-windows';
import type { IsoDate } from '../../common/calendar/iso-date';
import type { YearSchedule } from '../../common/calendar/year-schedule';
import { DomainError } from '../../common/domain/errors';
import type { RecoveryNotice } from '../../common/ports';
import { DurableJsonFile } from '../storage/durable-json-file';
import type { FileSystem } from '../storage/fs-port';
import { SerialQueue } from '../storage/serial-queue';

export const CALENDAR_FILE = 'calendar.json';

export interface StoredYear extends YearSchedule {
  readonly fileName: string;
  readonly loadedAt: string;
}

export interface CalendarData {
  readonly years: readonly StoredYear[];
  readonly closures: readonly IsoDate[];
  readonly arrival: readonly ArrivalOverride[];
}

// Like ledger-schema.ts: no text limits here, storage must load anything it was allowed to save.
const calendarDataSchema = z.object({
  years: z.array(
    z.object({
      year: z.int(),
      holidays: z.array(z.string()),
      workdays: z.array(z.string()),
      fileName: z.string(),
      loadedAt: z.string(),
    }),
  ),
  closures: z.array(z.string()),
  arrival: z.array(
    z.object({
      route: z.enum(ARRIVAL_ROUTES),
      window: z.object({ unit: z.enum(WINDOW_UNITS), min: z.int(), max: z.int() }).optional(),
    }),
  ),
});

export const EMPTY_CALENDAR: CalendarData = Object.freeze({ years: [], closures: [], arrival: [] });

export function parseCalendarData(data: unknown): CalendarData {
  return calendarDataSchema.parse(data);
}

export interface CalendarStoreOptions {
  readonly dataDir: string;
  readonly fs?: FileSystem;
  readonly now?: () => Date;
}

export class CalendarStore {
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly low: Low<CalendarData>,
    private readonly file: DurableJsonFile<CalendarData>,
  ) {}

  static async open(options: CalendarStoreOptions): Promise<CalendarStore> {
    const file = new DurableJsonFile<CalendarData>({
      dataDir: options.dataDir,
      relativePath: CALENDAR_FILE,
      parse: parseCalendarData,
      ...(options.fs === undefined ? {} : { fs: options.fs }),
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    const low = new Low<CalendarData>(file, EMPTY_CALENDAR);
    await low.read();
    return new CalendarStore(low, file);
  }

  get(): CalendarData {
    return this.low.data;
  }

  recoveries(): readonly RecoveryNotice[] {
    return this.file.recoveries();
  }

  /** Rejects without touching memory when the save fails. */
  update(change: (current: CalendarData) => CalendarData): Promise<CalendarData> {
    return this.queue.run(async () => {
      const result = calendarDataSchema.safeParse(change(this.low.data));
      if (!result.success) throw new DomainError('invalid_argument', `Invalid calendar data: ${result.error.message}`);
      const next: CalendarData = Object.freeze(result.data);
      await this.file.write(next);
      this.low.data = next;
      return next;
    });
  }
}
