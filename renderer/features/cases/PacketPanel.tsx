import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import type { CaseView, ExportPacketResult } from '../../../electron/common/ipc/contract-cases';
import type { PrinterInfo, ReceiptPreview } from '../../../electron/common/ipc/contract-receipts';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { orderPrinters, pickPrinter } from '../receipts/receipt-prefs';
import { lastPacketText } from './case-text';
import { PrinterSelect } from '../../components/PrinterSelect';

type PacketLanguage = 'zh-CN' | 'en';
const LANGUAGES: readonly PacketLanguage[] = ['zh-CN', 'en'];

interface PacketPanelProps {
  readonly view: CaseView;
  readonly actor: string;
  /** Cover letter saved, printed: the case gained an event. */
  readonly change: (run: () => Promise<CaseView>) => Promise<WireError | undefined>;
  /** After an export (its answer names the files, not the case). */
  readonly reload: () => Promise<void>;
}

type Outcome =
  | { readonly kind: 'exported'; readonly result: Extract<ExportPacketResult, { saved: true }> }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'printed' };

/**
 * 证据包: the recipient's language, 隐去个人信息 (on unless switched off for this export), the cover letter
 * (from the draft, edited, saved on the case), the first page as it will print, then 导出证据包 or 打印.
 */
export function PacketPanel({ view, actor, change, reload }: PacketPanelProps) {
  const { t, i18n } = useTranslation();
  const kase = view.case;
  const [language, setLanguage] = useState<PacketLanguage>('zh-CN');
  const [redact, setRedact] = useState(true);
  const [letter, setLetter] = useState<string | undefined>(kase.coverLetter);
  const [dirty, setDirty] = useState(false);
  const [preview, setPreview] = useState<{ readonly key: string; readonly ok: true; readonly image: ReceiptPreview } | { readonly key: string; readonly ok: false; readonly error: WireError } | undefined>(undefined);
  const [printers, setPrinters] = useState<readonly PrinterInfo[] | undefined>(undefined);
  const [printerName, setPrinterName] = useState('');
  const [busy, setBusy] = useState<'save' | 'export' | 'print' | 'draft' | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [error, setError] = useState<WireError | undefined>(undefined);

  // No letter saved yet: start from the draft in the recipient's language. While nothing was typed or saved, the
  // draft follows the language and every change to the case (a file attached is listed in it at once).
  useEffect(() => {
    if (kase.coverLetter !== undefined || dirty) return undefined;
    let live = true;
    call('case.coverLetterDraft', { id: kase.id, language }).then(
      (draft) => {
        if (live) setLetter(draft.text);
      },
      (problem: unknown) => {
        if (live) setError(toWireError(problem));
      },
    );
    return () => {
      live = false;
    };
  }, [kase.id, kase.coverLetter, kase.updatedAt, language, dirty]);

  useEffect(() => {
    let live = true;
    call('printer.list', {}).then(
      (list) => {
        if (!live) return;
        setPrinters(orderPrinters(list));
        setPrinterName(pickPrinter(list, undefined));
      },
      () => {
        if (live) setPrinters([]);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // The first page follows the language, the switch and every change to the case (its updatedAt).
  const previewKey = `${language}|${String(redact)}|${kase.updatedAt}`;
  useEffect(() => {
    let live = true;
    call('case.previewPacket', { id: kase.id, language, redact, actor }).then(
      (image) => {
        if (live) setPreview({ key: previewKey, ok: true, image });
      },
      (problem: unknown) => {
        if (live) setPreview({ key: previewKey, ok: false, error: toWireError(problem) });
      },
    );
    return () => {
      live = false;
    };
    // actor names who asked; it does not change the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kase.id, previewKey]);

  async function saveLetter(): Promise<boolean> {
    if (letter === undefined) return true;
    setBusy('save');
    const problem = await change(() => call('case.saveCoverLetter', { id: kase.id, text: letter, actor }));
    setBusy(undefined);
    setError(problem);
    if (problem === undefined) setDirty(false);
    return problem === undefined;
  }

  async function loadDraft(): Promise<void> {
    setBusy('draft');
    try {
      const draft = await call('case.coverLetterDraft', { id: kase.id, language });
      setLetter(draft.text);
      setDirty(true);
    } catch (problem) {
      setError(toWireError(problem));
    } finally {
      setBusy(undefined);
    }
  }

  async function exportPacket(): Promise<void> {
    setError(undefined);
    setOutcome(undefined);
    // The packet carries the letter as saved on the case: an edit not yet saved is saved first.
    if ((dirty || kase.coverLetter === undefined) && letter !== undefined && !(await saveLetter())) return;
    setBusy('export');
    try {
      const result = await call('case.exportPacket', { id: kase.id, language, redact, actor });
      setOutcome(result.saved ? { kind: 'exported', result } : { kind: 'cancelled' });
      if (result.saved) await reload();
    } catch (problem) {
      setError(toWireError(problem));
    } finally {
      setBusy(undefined);
    }
  }

  async function print(): Promise<void> {
    setError(undefined);
    setOutcome(undefined);
    if ((dirty || kase.coverLetter === undefined) && letter !== undefined && !(await saveLetter())) return;
    setBusy('print');
    const problem = await change(() => call('case.printPacket', { id: kase.id, language, redact, actor, ...(printerName === '' ? {} : { printerName }) }));
    setBusy(undefined);
    if (problem === undefined) setOutcome({ kind: 'printed' });
    else setError(problem);
  }

  const current = preview?.key === previewKey ? preview : undefined;
  const last = view.lastPacket;
  return (
    <section className="card packet" aria-labelledby="packet-title">
      <h2 id="packet-title" className="card__title">
        {t('cases.packet.title')}
      </h2>
      <p className="field__hint">{t('cases.packet.intro')}</p>
      <div className="packet__grid">
        <div className="packet__controls">
          <fieldset className="choice">
            <legend className="field__label">{t('cases.packet.language')}</legend>
            <div className="choice__options">
              {LANGUAGES.map((option) => (
                <label key={option} className={`choice__option${language === option ? ' choice__option--on' : ''}`}>
                  <input type="radio" name="packet-language" value={option} checked={language === option} onChange={() => setLanguage(option)} />
                  <span>{t(`cases.packet.languages.${option}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="packet__redact">
            <input type="checkbox" role="switch" checked={redact} aria-describedby="packet-redact-hint" onChange={(event) => setRedact(event.target.checked)} />
            <span className="field__label">{t('cases.packet.redact')}</span>
          </label>
          <p id="packet-redact-hint" className="field__hint">
            {t('cases.packet.redactHint')}
          </p>
          {redact ? null : (
            <p className="field__warning" role="status">
              {t('cases.packet.redactOff')}
            </p>
          )}
          <label className="field__label" htmlFor="packet-cover-letter">
            {t('cases.packet.coverLetter')}
          </label>
          <textarea
            id="packet-cover-letter"
            className="input packet__letter"
            rows={12}
            maxLength={10_000}
            value={letter ?? ''}
            aria-describedby="packet-cover-hint"
            onChange={(event) => {
              setLetter(event.target.value);
              setDirty(true);
            }}
          />
          <p id="packet-cover-hint" className="field__hint">
            {t('cases.packet.coverLetterHint')}
            {dirty ? <strong className="packet__unsaved"> {t('cases.packet.coverUnsaved')}</strong> : null}
          </p>
          <div className="packet__buttons">
            <button type="button" className="button button--small" disabled={busy !== undefined || !dirty} onClick={() => void saveLetter()}>
              {t('cases.packet.saveCover')}
            </button>
            <button type="button" className="button button--small button--quiet" disabled={busy !== undefined} onClick={() => void loadDraft()}>
              {t('cases.packet.loadDraft')}
            </button>
          </div>
          <PrinterSelect label={t('cases.packet.printer')} printers={printers} value={printerName} onChange={setPrinterName} />
          <div className="packet__buttons">
            <button type="button" className="button button--primary" disabled={busy !== undefined} onClick={() => void exportPacket()}>
              {busy === 'export' ? t('cases.packet.exporting') : t('cases.packet.export')}
            </button>
            <button type="button" className="button" disabled={busy !== undefined} onClick={() => void print()}>
              {busy === 'print' ? t('cases.packet.printing') : t('cases.packet.print')}
            </button>
          </div>
          {error === undefined ? null : <ErrorBanner error={error} />}
          {outcome === undefined ? null : (
            <div className="packet__outcome" role="status">
              {outcome.kind === 'exported' ? (
                <>
                  <p className="text--ok">✓ {t('cases.packet.exported', { fileName: outcome.result.fileName, pdfFileName: outcome.result.pdfFileName })}</p>
                  {outcome.result.sameAsLast ? <p className="packet__same">{t('cases.packet.sameAsLast')}</p> : null}
                </>
              ) : outcome.kind === 'printed' ? (
                <p className="text--ok">✓ {t('cases.packet.printed')}</p>
              ) : (
                <p>{t('cases.packet.cancelled')}</p>
              )}
            </div>
          )}
          <p className="packet__last" data-testid="packet-last">
            {last === undefined ? t('cases.packet.never') : lastPacketText(i18n, last)}
          </p>
          {last?.stale === true ? (
            <p className="packet__stale text--danger" role="status">
              ⚠ {t('cases.packet.stale')}
            </p>
          ) : null}
        </div>
        <figure className="packet__preview" aria-busy={current === undefined}>
          <figcaption className="field__label">{t('cases.packet.preview')}</figcaption>
          <div className="packet__paper-box">
            {current === undefined ? <p className="field__hint">{t('cases.packet.previewLoading')}</p> : null}
            {current?.ok === false ? <ErrorBanner error={current.error} /> : null}
            {current?.ok === true ? <img className="packet__paper" src={current.image.image} alt={t('cases.packet.previewAlt')} /> : null}
          </div>
        </figure>
      </div>
    </section>
  );
}
