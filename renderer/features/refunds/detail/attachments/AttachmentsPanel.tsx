import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentsOf } from '../../../../../electron/common/attachments/attachment';
import type { WireError } from '../../../../../electron/common/domain/errors';
import type { Refund } from '../../../../../electron/common/domain/types';
import { errorMessage } from '../../../../i18n/error-message';
import '../../../../styles/attachments.css';
import { AttachmentItem } from './AttachmentItem';
import { FILE_ACCEPT } from './file-intake';
import type { PickedFile } from './file-intake';
import { useEvidenceIntake } from './use-evidence-intake';

export interface AttachmentsPanelProps {
  readonly refund: Refund;
  readonly busy: boolean;
  /** Sends one file to the app; resolves to the error, if any, for the panel to show beside the file's name. */
  readonly onAdd: (file: PickedFile) => Promise<WireError | undefined>;
}

/** "证据文件": photos of slips, chat screenshots and PDFs on this refund, added by picker, drop or Ctrl+V. */
export function AttachmentsPanel({ refund, busy, onAdd }: AttachmentsPanelProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { addFiles, refusals, dragging, saving } = useEvidenceIntake(onAdd);
  const attachments = attachmentsOf(refund.events);

  return (
    <section className={`card evidence${dragging ? ' evidence--dragging' : ''}`} aria-labelledby="block-evidence">
      <div className="card__header">
        <h2 id="block-evidence" className="card__title">
          {t('attachments.title')}
        </h2>
        <button type="button" className="button button--small" disabled={busy || saving} onClick={() => input.current?.click()}>
          {t('attachments.add')}
        </button>
        <input
          ref={input}
          type="file"
          className="evidence__input"
          accept={FILE_ACCEPT}
          multiple
          hidden
          data-testid="evidence-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so choosing the same file again still fires a change.
            event.target.value = '';
            void addFiles(files);
          }}
        />
      </div>
      <p className="evidence__hint">{dragging ? t('attachments.dropHere') : t('attachments.hint')}</p>
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
        <p className="evidence__empty">{t('attachments.empty')}</p>
      ) : (
        <ul className="evidence__list" aria-label={t('attachments.listLabel')}>
          {attachments.map((attachment) => (
            <AttachmentItem key={attachment.sha256} refundId={refund.id} attachment={attachment} />
          ))}
        </ul>
      )}
    </section>
  );
}
