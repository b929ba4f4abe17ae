import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isImage } from '../../../electron/common/attachments/attachment';
import type { Attachment } from '../../../electron/common/attachments/attachment';
import { EVIDENCE_SOURCES } from '../../../electron/common/cases/case-checklist';
import type { EvidenceItem, EvidenceState } from '../../../electron/common/cases/case';
import type { WireError } from '../../../electron/common/domain/errors';
import { errorMessage } from '../../i18n/error-message';
import { formatInstant } from '../../lib/format';
import { FILE_ACCEPT } from '../refunds/detail/attachments/file-intake';
import type { PickedFile } from '../refunds/detail/attachments/file-intake';
import { useEvidenceIntake } from '../refunds/detail/attachments/use-evidence-intake';
import { countMissing, evidenceName, evidenceStateText } from './case-text';
import { useEvidenceUrl } from '../../lib/use-evidence-url';
import '../../styles/attachments.css';

type CaseAttachment = Attachment & { readonly evidence?: EvidenceItem };

interface CaseEvidenceProps {
  readonly caseId: string;
  readonly checklist: readonly EvidenceState[];
  readonly attachments: readonly CaseAttachment[];
  readonly busy: boolean;
  /** Sends one file, tagged for a checklist item or not; resolves to the error, if any. */
  readonly onAdd: (file: PickedFile, evidence: EvidenceItem | undefined) => Promise<WireError | undefined>;
  readonly onMark: (item: EvidenceItem, reason: string) => Promise<WireError | undefined>;
}

/**
 * 证据清单 and 附件: each item met by a record (which one), a file (which), marked not available (why), or
 * 缺 in red, with "附文件" (picker, or a drop on the item) and "无法提供"; below, every file with a thumbnail.
 * A file dropped anywhere else, or pasted, is attached without an item.
 */
export function CaseEvidence({ caseId, checklist, attachments, busy, onAdd, onMark }: CaseEvidenceProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  // Which item the next file answers: set by an item's button or a drop on it, cleared when the batch is saved.
  const target = useRef<EvidenceItem | undefined>(undefined);
  const { addFiles, refusals, dragging, saving } = useEvidenceIntake((file) => onAdd(file, target.current));
  const [marking, setMarking] = useState<EvidenceItem | undefined>(undefined);
  const [dropOn, setDropOn] = useState<EvidenceItem | undefined>(undefined);

  useEffect(() => {
    if (!saving) target.current = undefined;
  }, [saving]);

  const names = new Map(attachments.map((file) => [file.sha256, file.name]));
  const missing = countMissing(checklist);
  return (
    <>
      <section className={`card checklist${dragging ? ' checklist--dragging' : ''}`} aria-labelledby="case-checklist-title">
        <div className="card__header">
          <h2 id="case-checklist-title" className="card__title">
            {t('cases.checklist.title')}
          </h2>
          <span className={missing > 0 ? 'checklist__count text--danger' : 'checklist__count text--ok'} data-testid="checklist-missing">
            {missing > 0 ? t('cases.checklist.missingCount', { count: missing }) : t('cases.checklist.complete')}
          </span>
        </div>
        <p className="field__hint">{t('cases.checklist.intro')}</p>
        <input
          ref={input}
          type="file"
          accept={FILE_ACCEPT}
          multiple
          hidden
          data-testid="case-evidence-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void addFiles(files);
          }}
        />
        <ol className="checklist__items">
          {checklist.map((state) => {
            const source = EVIDENCE_SOURCES[state.item];
            return (
              <li
                key={state.item}
                className={`checklist__item checklist__item--${state.state}${dropOn === state.item ? ' checklist__item--drop' : ''}`}
                data-evidence={state.item}
                data-state={state.state}
                onDragOver={source === 'data' ? undefined : () => setDropOn(state.item)}
                onDragLeave={() => setDropOn(undefined)}
                onDrop={
                  source === 'data'
                    ? undefined
                    : () => {
                        // The window's drop handler (useEvidenceIntake) reads the files; this says which item they answer.
                        target.current = state.item;
                        setDropOn(undefined);
                      }
                }
              >
                <div className="checklist__head">
                  <span className="checklist__mark" aria-hidden="true">
                    {state.state === 'missing' ? '✕' : state.state === 'not_available' ? '–' : '✓'}
                  </span>
                  <strong className="checklist__name">{t(`cases.evidence.${state.item}`)}</strong>
                  <small className="checklist__source">{t(`cases.evidenceSource.${source}`)}</small>
                </div>
                <p className={`checklist__state${state.state === 'missing' ? ' text--danger' : ''}`}>{evidenceStateText(i18n, state, names)}</p>
                <div className="checklist__actions">
                  {source === 'data' ? null : (
                    <button
                      type="button"
                      className="button button--small"
                      disabled={busy || saving}
                      onClick={() => {
                        target.current = state.item;
                        input.current?.click();
                      }}
                    >
                      {t('cases.checklist.attach')}
                    </button>
                  )}
                  {state.state === 'missing' || state.state === 'not_available' ? (
                    <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => setMarking(marking === state.item ? undefined : state.item)}>
                      {t('cases.checklist.markNa')}
                    </button>
                  ) : null}
                </div>
                {marking === state.item ? (
                  <NotAvailableForm
                    item={state.item}
                    busy={busy}
                    onSave={async (reason) => {
                      const problem = await onMark(state.item, reason);
                      if (problem === undefined) setMarking(undefined);
                      return problem;
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
      <section className={`card evidence${dragging ? ' evidence--dragging' : ''}`} aria-labelledby="case-files-title">
        <div className="card__header">
          <h2 id="case-files-title" className="card__title">
            {t('cases.attachments.title')}
          </h2>
          <button
            type="button"
            className="button button--small"
            disabled={busy || saving}
            onClick={() => {
              target.current = undefined;
              input.current?.click();
            }}
          >
            {t('cases.attachments.add')}
          </button>
        </div>
        <p className="evidence__hint">{dragging ? t('attachments.dropHere') : t('cases.attachments.hint')}</p>
        {saving ? (
          <p className="evidence__status" role="status">
            {t('attachments.saving')}
          </p>
        ) : null}
        {refusals.map((refusal, index) => (
          <p key={`${index}-${refusal.name}`} className="field__error evidence__refusal" role="alert">
            {t('attachments.refused', { name: refusal.name, message: errorMessage(i18n, refusal.error) })}
          </p>
        ))}
        {attachments.length === 0 ? (
          <p className="evidence__empty">{t('cases.attachments.empty')}</p>
        ) : (
          <ul className="evidence__list" aria-label={t('cases.attachments.title')}>
            {attachments.map((attachment) => (
              <li key={attachment.sha256} className="evidence__item" data-sha256={attachment.sha256}>
                {isImage(attachment.mediaType) ? (
                  <Thumbnail caseId={caseId} attachment={attachment} />
                ) : (
                  <span className="evidence__thumb evidence__thumb--pdf" role="img" aria-label={t('attachments.pdf')}>
                    PDF
                  </span>
                )}
                <div className="evidence__meta">
                  <span className="evidence__name" title={attachment.name}>
                    {attachment.name}
                  </span>
                  <span className="evidence__info">
                    {attachment.evidence === undefined
                      ? t('cases.attachments.untagged')
                      : t('cases.attachments.forItem', { item: evidenceName(i18n, attachment.evidence) })}
                  </span>
                  <span className="evidence__info">{t('attachments.addedBy', { who: attachment.addedBy, when: formatInstant(attachment.addedAt) })}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Thumbnail({ caseId, attachment }: { readonly caseId: string; readonly attachment: CaseAttachment }) {
  const { t, i18n } = useTranslation();
  const state = useEvidenceUrl({ kind: 'case', id: caseId }, attachment.sha256);
  const [undecodable, setUndecodable] = useState(false);
  if (state.kind === 'loading') return <span className="evidence__thumb evidence__thumb--text">{t('attachments.loading')}</span>;
  if (state.kind === 'failed') {
    return (
      <span className="evidence__thumb evidence__thumb--broken" role="alert">
        {errorMessage(i18n, state.error)}
      </span>
    );
  }
  if (undecodable) return <span className="evidence__thumb evidence__thumb--text">{t('attachments.noPreview')}</span>;
  return <img className="evidence__thumb" src={state.url} alt={attachment.name} onError={() => setUndecodable(true)} />;
}

function NotAvailableForm({
  item,
  busy,
  onSave,
}: {
  readonly item: EvidenceItem;
  readonly busy: boolean;
  readonly onSave: (reason: string) => Promise<WireError | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<WireError | undefined>(undefined);
  const id = `na-${item}`;
  return (
    <div className="checklist__na">
      <label className="field__label" htmlFor={id}>
        {t('cases.checklist.naReason')}
      </label>
      <textarea
        id={id}
        className="input input--note"
        rows={2}
        maxLength={500}
        value={reason}
        placeholder={t('cases.checklist.naPlaceholder')}
        onChange={(event) => {
          setReason(event.target.value);
          setError(undefined);
        }}
      />
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={busy || reason.trim() === ''}
        onClick={() => {
          void onSave(reason.trim()).then(setError);
        }}
      >
        {t('cases.checklist.naSave')}
      </button>
    </div>
  );
}
