import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import { EXPORT_FORMATS, EXPORT_LANGUAGES } from '../../../electron/common/exports/export-contract';
import type { ExportFormat, ExportLanguage, ExportResult, RefundExportFilters } from '../../../electron/common/exports/export-contract';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';

/** What to export: the refund list with its current filters, or one month of settlements. */
export type ExportTarget =
  | { readonly kind: 'refunds'; readonly query: RefundExportFilters }
  | { readonly kind: 'settlements'; readonly month: string; readonly monthLabel: string };

interface ExportDialogProps {
  readonly target: ExportTarget;
  readonly onSaved: (result: Extract<ExportResult, { saved: true }>) => void;
  readonly onClose: () => void;
}

function exportCall(target: ExportTarget, format: ExportFormat, language: ExportLanguage, includePhones: boolean): Promise<ExportResult> {
  return target.kind === 'refunds'
    ? call('export.refunds', { format, query: target.query, language, includePhones })
    : call('export.settlements', { format, month: target.month, language });
}

/**
 * 导出: file format, header language and (refunds only) full phone numbers — off by default, with a note on why.
 * A modal <dialog>: the screen behind is inert, Esc closes. The save dialog is main's, so cancelling it simply
 * leaves this dialog open.
 */
export function ExportDialog({ target, onSaved, onClose }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [language, setLanguage] = useState<ExportLanguage>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [includePhones, setIncludePhones] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | undefined>(undefined);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    saveRef.current?.focus();
  }, []);

  async function save(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await exportCall(target, format, language, includePhones);
      if (result.saved) onSaved(result);
    } catch (caught) {
      setError(toWireError(caught));
    } finally {
      setBusy(false);
    }
  }

  const refunds = target.kind === 'refunds';
  return (
    <dialog
      ref={dialogRef}
      className="dialog export-dialog"
      aria-labelledby="export-dialog-title"
      aria-describedby="export-dialog-intro"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__body">
        <h2 id="export-dialog-title" className="dialog__title">
          {refunds ? t('exports.refundsTitle') : t('exports.settlementsTitle')}
        </h2>
        <p id="export-dialog-intro" className="field__hint">
          {refunds ? t('exports.refundsIntro') : t('exports.settlementsIntro', { month: target.monthLabel })}
        </p>
        <fieldset className="choice">
          <legend className="field__label">{t('exports.format')}</legend>
          <div className="choice__options">
            {EXPORT_FORMATS.map((option) => (
              <label key={option} className={`choice__option${format === option ? ' choice__option--on' : ''}`}>
                <input type="radio" name="export-format" value={option} checked={format === option} onChange={() => setFormat(option)} />
                {t(`exports.formats.${option}`)}
              </label>
            ))}
          </div>
          {format === 'csv' ? <p className="field__hint">{t('exports.csvNote')}</p> : null}
        </fieldset>
        <fieldset className="choice">
          <legend className="field__label">{t('exports.language')}</legend>
          <div className="choice__options">
            {EXPORT_LANGUAGES.map((option) => (
              <label key={option} className={`choice__option${language === option ? ' choice__option--on' : ''}`}>
                <input type="radio" name="export-language" value={option} checked={language === option} onChange={() => setLanguage(option)} />
                {t(`exports.languages.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {refunds ? (
          <div className="field">
            <label className="export-dialog__phones">
              <input type="checkbox" checked={includePhones} onChange={(event) => setIncludePhones(event.target.checked)} />
              {t('exports.includePhones')}
            </label>
            <p className="field__hint">{t('exports.phonesNote')}</p>
          </div>
        ) : null}
        {error === undefined ? null : <ErrorBanner error={error} />}
        <div className="dialog__buttons">
          <button type="button" ref={saveRef} className="button button--primary" disabled={busy} onClick={() => void save()}>
            {busy ? t('exports.saving') : t('exports.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('exports.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
