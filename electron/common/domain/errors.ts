/**
 * Domain errors carry a closed set of codes. The renderer translates the code (with `params`),
 * so the English `message` is only a fallback for logs and tests.
 */
export const ERROR_CODES = [
  'invalid_argument',
  'required',
  'too_long',
  'amount_empty',
  'amount_invalid',
  'amount_not_positive',
  'amount_too_many_decimals',
  'amount_too_large',
  'exceeds_remainder',
  'exceeds_payment',
  'deductions_exceed_amount',
  'void_must_be_full',
  'full_card_number',
  'card_last4_invalid',
  'date_invalid',
  'date_in_future',
  'refund_before_sale',
  'payment_amount_mismatch',
  'refund_window_passed',
  'too_many_partial_refunds',
  'possible_duplicate',
  'destination_not_original',
  'destination_not_confirmed',
  'invalid_transition',
  'approval_required',
  'pin_wrong',
  'pin_backoff',
  'pin_format',
  'pin_not_set',
  'pin_current_needed',
  'not_owner',
  'not_signed_in',
  'self_approval',
  'operator_exists',
  'not_found',
  // Settlements (electron/common/settlements): one record per account and business day.
  'settlement_exists',
  // A number outside what the field allows (params: min, max).
  'value_out_of_range',
  // Receipts (electron/common/receipts): the printer refused or failed; no print engine in this environment.
  'print_failed',
  'print_unavailable',
  // Evidence files (electron/common/attachments).
  'file_empty',
  'file_too_large',
  'file_type_refused',
  'attachment_corrupt',
  'attachment_missing',
  // Deleted at the customer's request (privacy/erasure.ts): the record says so, the bytes are gone on purpose.
  'attachment_erased',
  // A holiday schedule file the owner loaded (electron/common/calendar/year-schedule.ts).
  'calendar_file_invalid',
  'calendar_file_wrong_year',
  'calendar_file_conflict',
  // Backups (electron/node/backups): a file refused as a backup (params: reason, one of BACKUP_INVALID_REASONS).
  'backup_invalid',
  // Import from an export folder (electron/node/portable/import-folder.ts): refused before anything changed
  // (params: reason, one of IMPORT_INVALID_REASONS in electron/common/portable/portable-import.ts).
  'import_invalid',
  'save_failed',
  'disk_full',
  'storage_locked',
  'unknown_method',
  'untrusted_sender',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Readonly<Record<string, string | number>>;

export interface WireError {
  readonly code: ErrorCode;
  readonly message: string;
  /** The form field the error belongs to, so the UI can show it inline. */
  readonly field?: string;
  readonly params?: ErrorParams;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly params: ErrorParams | undefined;

  constructor(code: ErrorCode, message: string, options: { field?: string; params?: ErrorParams } = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
    this.params = options.params;
  }

  toWire(): WireError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.params === undefined ? {} : { params: this.params }),
    };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
