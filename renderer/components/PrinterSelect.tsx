import { useTranslation } from 'react-i18next';
import type { PrinterInfo } from '../../electron/common/ipc/contract-receipts';

interface PrinterSelectProps {
  readonly label: string;
  /** Undefined while 'printer.list' is loading. */
  readonly printers: readonly PrinterInfo[] | undefined;
  readonly value: string;
  readonly onChange: (printerName: string) => void;
}

/** The system's printers, the default one named as such; with none listed, "the system default" (printing still works). */
export function PrinterSelect({ label, printers, value, onChange }: PrinterSelectProps) {
  const { t } = useTranslation();
  const none = printers === undefined || printers.length === 0;
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="input" value={value} disabled={none} onChange={(event) => onChange(event.target.value)}>
        {none ? <option value="">{t('receipts.systemDefault')}</option> : null}
        {(printers ?? []).map((printer) => (
          <option key={printer.name} value={printer.name}>
            {printer.isDefault ? t('receipts.printerDefault', { name: printer.displayName }) : printer.displayName}
          </option>
        ))}
      </select>
    </label>
  );
}
