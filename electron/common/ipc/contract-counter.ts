/**
 * Contract types of the counter rules (void or refund, limits, destinations, look-alikes, contact log,
 * misdirected money). Kept apart from contract.ts so that file only gains method lines.
 */
import type { CounterSettings } from '../domain/counter-settings';
import type { ContactEntry, MisdirectReport } from '../domain/misdirect';

export interface LogContactInput {
  readonly id: string;
  readonly actor: string;
  readonly contact: ContactEntry;
}

export interface ReportMisdirectInput {
  readonly id: string;
  readonly actor: string;
  readonly report: MisdirectReport;
}

export interface MarkRecoveredInput {
  readonly id: string;
  readonly actor: string;
  readonly note?: string;
}

/** The whole counter section of the settings, replaced at once (it is small and edited on one screen). */
export type CounterSettingsInput = CounterSettings;
