/**
 * Electron's printer list → the contract's PrinterInfo. Electron 45 dropped `isDefault` from its PrinterInfo; the
 * default is reported among the platform options (CUPS and Windows spell it differently), so every known spelling
 * is read and an unknown one simply means "not marked default" — the dialog then starts on the remembered printer.
 */
import type { PrinterInfo } from '../../common/ipc/contract-receipts';

export interface RawPrinter {
  readonly name: string;
  readonly displayName?: string;
  readonly isDefault?: boolean;
  readonly options?: Readonly<Record<string, unknown>>;
}

const DEFAULT_KEYS = ['is-default', 'printer-is-default', 'isDefault'];

export function printerInfoOf(raw: RawPrinter): PrinterInfo {
  const flagged = DEFAULT_KEYS.some((key) => {
    const value = raw.options?.[key];
    return value === true || value === 'true' || value === '1';
  });
  return { name: raw.name, displayName: raw.displayName?.trim() || raw.name, isDefault: raw.isDefault === true || flagged };
}
