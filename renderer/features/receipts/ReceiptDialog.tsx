import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import type { PrintReceiptInput, PrinterInfo, ReceiptPreview } from '../../../electron/common/ipc/contract-receipts';
import { PAPER_SIZES, RECEIPT_LANGUAGES } from '../../../electron/common/receipts/receipt';
import type { PaperSize, ReceiptLanguage } from '../../../electron/common/receipts/receipt';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApp } from '../app/app-context';
import { orderPrinters, pickPrinter, previewWidthPx, receiptPrefsOf, samePrefs, withPrinter } from './receipt-prefs';
import { copyNotice, paperLabel } from './receipt-text';
import '../../styles/receipts.css';
import { PrinterSelect } from '../../components/PrinterSelect';

interface ReceiptDialogProps {
  readonly refundId: string;
  readonly refundNumber: string;
  /** Who is printing (the detail screen's 经办人); recorded on the `receipt_issued` event. */
  readonly actor: string;
  /** Prints through the detail screen, so the refreshed refund (with its new event) is shown behind. */
  readonly onPrint: (input: PrintReceiptInput) => Promise<WireError | undefined>;
  /** A PDF was saved: the refund gained an event, reload it. */
  readonly onSaved: () => Promise<void>;
  readonly onClose: () => void;
}

/** One answer of 'receipt.preview', tagged with the choices it was asked for. */
type PreviewResult = { readonly key: string } & (
  | { readonly ok: true; readonly preview: ReceiptPreview }
  | { readonly ok: false; readonly error: WireError }
);

type Done = { readonly kind: 'printed'; readonly copy: number } | { readonly kind: 'saved'; readonly fileName: string };

/**
 * 打印退款凭证: paper, language and printer, the page exactly as it prints (a PNG of the real page, every size at
 * one scale), which copy comes next, then print or save a PDF. A modal <dialog>: focus stays inside, Esc closes.
 */
export function ReceiptDialog({ refundId, refundNumber, actor, onPrint, onSaved, onClose }: ReceiptDialogProps) {
  const { t, i18n } = useTranslation();
  const { settings, updateSettings } = useApp();
  const start = receiptPrefsOf(settings.receipt);
  const [size, setSize] = useState<PaperSize>(start.size);
  const [language, setLanguage] = useState<ReceiptLanguage>(start.language);
  const [printers, setPrinters] = useState<readonly PrinterInfo[] | undefined>(undefined);
  const [printerName, setPrinterName] = useState('');
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<PreviewResult | undefined>(undefined);
  // While the next preview is made, the last one stays in view (no flicker when the copy number moves on).
  const [lastGood, setLastGood] = useState<ReceiptPreview | undefined>(undefined);
  const [busy, setBusy] = useState<'print' | 'pdf' | undefined>(undefined);
  const [done, setDone] = useState<Done | undefined>(undefined);
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [boxWidth, setBoxWidth] = useState(560);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const printRef = useRef<HTMLButtonElement>(null);
  // Set synchronously: two quick Ctrl+P presses must not send two jobs before `busy` re-renders.
  const inFlight = useRef(false);

  // Modal: the page behind is inert, so focus stays inside; Esc fires `cancel`. Focus starts on 打印, so at the
  // counter Ctrl+P then Enter prints with the remembered paper and printer.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    printRef.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    call('printer.list', {}).then(
      (list) => {
        if (!live) return;
        setPrinters(orderPrinters(list));
        setPrinterName(pickPrinter(list, settings.receipt?.printerName));
      },
      () => {
        // No list (no print engine here): the system default is all there is; printing says why if it fails.
        if (live) setPrinters([]);
      },
    );
    return () => {
      live = false;
    };
    // The remembered printer is read once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The preview follows the paper and language, and is fetched again after each print (the copy number moves on).
  const key = `${size}|${language}|${version}`;
  useEffect(() => {
    let live = true;
    const asked = `${size}|${language}|${version}`;
    call('receipt.preview', { refundId, size, language }).then(
      (preview) => {
        if (!live) return;
        setResult({ key: asked, ok: true, preview });
        setLastGood(preview);
      },
      (problem: unknown) => {
        if (live) setResult({ key: asked, ok: false, error: toWireError(problem) });
      },
    );
    return () => {
      live = false;
    };
  }, [refundId, size, language, version]);
  const current = result?.key === key ? result : undefined;
  const loading = current === undefined;

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (box === null) return undefined;
    const measure = () => setBoxWidth(box.clientWidth - 24);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const remember = useCallback(async (): Promise<void> => {
    const next = withPrinter({ size, language }, printerName);
    if (samePrefs(settings.receipt, next)) return;
    try {
      await updateSettings({ receipt: next });
    } catch {
      // The receipt is out; forgetting the choice for next time is not worth an error over it.
    }
  }, [size, language, printerName, settings.receipt, updateSettings]);

  async function print(): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    const copy = current?.ok === true ? current.preview.copy : undefined;
    setBusy('print');
    setError(undefined);
    setDone(undefined);
    const problem = await onPrint({ refundId, size, language, actor, ...(printerName === '' ? {} : { printerName }) });
    inFlight.current = false;
    setBusy(undefined);
    if (problem !== undefined) {
      setError(problem);
      return;
    }
    setDone({ kind: 'printed', copy: copy ?? 1 });
    setVersion((value) => value + 1);
    await remember();
  }

  async function savePdf(): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy('pdf');
    setError(undefined);
    setDone(undefined);
    try {
      const result = await call('receipt.savePdf', { refundId, size, language, actor });
      if (result.saved) {
        setDone({ kind: 'saved', fileName: result.fileName });
        setVersion((value) => value + 1);
        await onSaved();
        await remember();
      }
    } catch (problem) {
      setError(toWireError(problem));
    } finally {
      inFlight.current = false;
      setBusy(undefined);
    }
  }

  const ready = current?.ok === true ? current.preview : loading ? lastGood : undefined;
  const paper = paperLabel(i18n, size);
  return (
    <dialog
      ref={dialogRef}
      className="dialog receipt-dialog"
      aria-labelledby="receipt-dialog-title"
      aria-describedby="receipt-dialog-intro"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Ctrl+P inside the dialog prints, instead of the browser's own print of the screen.
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p') {
          event.preventDefault();
          void print();
          return;
        }
        if (event.key === 'Tab' && dialogRef.current !== null) trapTab(dialogRef.current, event);
      }}
    >
      <div className="dialog__body receipt-dialog__body">
        <h2 id="receipt-dialog-title" className="dialog__title">
          {t('receipts.title')} <span className="cell--mono">{refundNumber}</span>
        </h2>
        <p id="receipt-dialog-intro" className="field__hint">
          {t('receipts.intro')}
        </p>
        <div className="receipt-dialog__grid">
          <div className="receipt-dialog__controls">
            <fieldset className="choice">
              <legend className="field__label">{t('receipts.paper')}</legend>
              <div className="choice__options">
                {PAPER_SIZES.map((option) => (
                  <label key={option} className={`choice__option${size === option ? ' choice__option--on' : ''}`}>
                    <input type="radio" name="receipt-paper" value={option} checked={size === option} onChange={() => setSize(option)} />
                    <span>{t(`receipts.paperSize.${option}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="choice">
              <legend className="field__label">{t('receipts.language')}</legend>
              <div className="choice__options">
                {RECEIPT_LANGUAGES.map((option) => (
                  <label key={option} className={`choice__option${language === option ? ' choice__option--on' : ''}`}>
                    <input
                      type="radio"
                      name="receipt-language"
                      value={option}
                      checked={language === option}
                      onChange={() => setLanguage(option)}
                    />
                    <span>{t(`receipts.languages.${option}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <PrinterSelect label={t('receipts.printer')} printers={printers} value={printerName} onChange={setPrinterName} />
            {printers !== undefined && printers.length === 0 ? <p className="field__hint">{t('receipts.noPrinters')}</p> : null}
            <p className={`receipt-dialog__copy${ready !== undefined && ready.copy > 1 ? ' receipt-dialog__copy--reprint' : ''}`} aria-live="polite">
              {ready === undefined ? '\u00a0' : copyNotice(i18n, ready.copy)}
            </p>
            {error === undefined ? null : <ErrorBanner error={error} />}
            {done === undefined ? null : (
              <p className="text--ok receipt-dialog__done" role="status">
                {done.kind === 'printed' ? t('receipts.printed', { copy: String(done.copy) }) : t('receipts.saved', { fileName: done.fileName })} ✓
              </p>
            )}
            <div className="receipt-dialog__buttons">
              <button type="button" ref={printRef} className="button button--primary" disabled={busy !== undefined} onClick={() => void print()}>
                {busy === 'print' ? t('receipts.printing') : t('receipts.print')}
              </button>
              <button type="button" className="button" disabled={busy !== undefined} onClick={() => void savePdf()}>
                {busy === 'pdf' ? t('receipts.saving') : t('receipts.savePdf')}
              </button>
              <button type="button" className="button button--quiet" onClick={onClose}>
                {t('receipts.close')}
              </button>
            </div>
            <p className="field__hint">{t('receipts.remembered')}</p>
          </div>
          <figure className="receipt-dialog__preview" aria-busy={loading}>
            <figcaption className="field__label">
              {t('receipts.preview')}
              {ready === undefined ? null : (
                <span className="receipt-dialog__size">
                  {' · '}
                  {t('receipts.pageSize', { width: formatMm(ready.widthMm), height: formatMm(ready.heightMm) })}
                </span>
              )}
            </figcaption>
            <div ref={boxRef} className="receipt-dialog__paper-box" tabIndex={0} aria-label={t('receipts.preview')}>
              {loading && ready === undefined ? <p className="field__hint">{t('receipts.previewLoading')}</p> : null}
              {current?.ok === false ? <ErrorBanner error={current.error} /> : null}
              {ready === undefined ? null : (
                <img
                  className={`receipt-dialog__paper${loading ? ' receipt-dialog__paper--stale' : ''}`}
                  src={ready.image}
                  alt={t('receipts.previewAlt', { paper, width: formatMm(ready.widthMm), height: formatMm(ready.heightMm) })}
                  style={{ width: `${previewWidthPx(ready.widthMm, boxWidth)}px` }}
                />
              )}
            </div>
          </figure>
        </div>
      </div>
    </dialog>
  );
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * A modal <dialog> makes the page behind inert, but Tab past its last control still leaves for the browser's own
 * UI; wrap around instead, so the keyboard never loses the dialog. Radio groups count once (the checked one).
 */
function trapTab(dialog: HTMLDialogElement, event: { shiftKey: boolean; preventDefault(): void }): void {
  const stops = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked),
  );
  const first = stops[0];
  const last = stops.at(-1);
  if (first === undefined || last === undefined) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

function formatMm(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
