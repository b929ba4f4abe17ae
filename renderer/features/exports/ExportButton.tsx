import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';
import './exports.css';
import type { ExportTarget } from './ExportDialog';

/**
 * 导出 and, once a file is saved, a status line with its name and row count — so the person knows which file
 * to send to the accountant without opening a folder.
 */
export function ExportButton({ target }: { readonly target: ExportTarget }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<{ readonly fileName: string; readonly rows: number } | undefined>(undefined);
  return (
    <span className="export-button">
      <button
        type="button"
        className="button button--small"
        title={target.kind === 'refunds' ? t('exports.openRefundsHint') : t('exports.openSettlementsHint')}
        onClick={() => {
          setSaved(undefined);
          setOpen(true);
        }}
      >
        {t('exports.open')}
      </button>
      <span className="text--ok export-button__status" role="status">
        {saved === undefined ? '' : t('exports.saved', { rows: saved.rows, fileName: saved.fileName })}
      </span>
      {open ? (
        <ExportDialog
          target={target}
          onSaved={(result) => {
            setSaved({ fileName: result.fileName, rows: result.rows });
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </span>
  );
}
