/** Contract types of the spreadsheet exports (exports/). Kept apart so contract.ts only gains method lines. */
import type { Channel, RefundStatus } from '../domain/types';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** The refund list's filters (no paging: an export takes every matching refund). */
export interface RefundExportFilters {
  readonly text?: string;
  readonly status?: RefundStatus;
  readonly channel?: Channel;
  /** Inclusive `YYYY-MM-DD` bounds on the refund's creation date (local). */
  readonly from?: string;
  readonly to?: string;
  /** `YYYY-MM`: narrows from/to to that month. */
  readonly month?: string;
}

export interface ExportRefundsInput {
  readonly format: ExportFormat;
  readonly query: RefundExportFilters;
  readonly language: ExportLanguage;
  /** Full phone numbers instead of `138****0000`; off unless the person ticks it. */
  readonly includePhones?: boolean;
}

export interface ExportSettlementsInput {
  readonly format: ExportFormat;
  /** `YYYY-MM`, or an inclusive range of months. */
  readonly month?: string;
  readonly range?: { readonly from: string; readonly to: string };
  readonly language: ExportLanguage;
}

export type ExportResult = { readonly saved: true; readonly fileName: string; readonly rows: number } | { readonly saved: false };
