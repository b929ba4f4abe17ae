import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isImage } from '../../../../../electron/common/attachments/attachment';
import type { Attachment } from '../../../../../electron/common/attachments/attachment';
import { errorMessage } from '../../../../i18n/error-message';
import { formatInstant } from '../../../../lib/format';
import { useEvidenceUrl } from '../../../../lib/use-evidence-url';

function FileSize({ size }: { readonly size: number }) {
  const { t } = useTranslation();
  if (size < 1024) return <>{t('attachments.sizeBytes', { size })}</>;
  if (size < 1024 * 1024) return <>{t('attachments.sizeKb', { size: Math.ceil(size / 1024) })}</>;
  return <>{t('attachments.sizeMb', { size: (size / (1024 * 1024)).toFixed(1) })}</>;
}

function Thumbnail({ refundId, attachment }: { readonly refundId: string; readonly attachment: Attachment }) {
  const { t, i18n } = useTranslation();
  const state = useEvidenceUrl({ kind: 'refund', id: refundId }, attachment.sha256);
  // Chromium cannot decode HEIC: the file is kept and listed, only its preview is missing.
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

function PdfIcon() {
  const { t } = useTranslation();
  return (
    <span className="evidence__thumb evidence__thumb--pdf" role="img" aria-label={t('attachments.pdf')}>
      PDF
    </span>
  );
}

/** One evidence file: its preview (images) or a PDF mark, its name, size, and who added it when. */
export function AttachmentItem({ refundId, attachment }: { readonly refundId: string; readonly attachment: Attachment }) {
  const { t } = useTranslation();
  return (
    <li className="evidence__item" data-sha256={attachment.sha256}>
      {isImage(attachment.mediaType) ? <Thumbnail refundId={refundId} attachment={attachment} /> : <PdfIcon />}
      <div className="evidence__meta">
        <span className="evidence__name" title={attachment.name}>
          {attachment.name}
        </span>
        <span className="evidence__info">
          <FileSize size={attachment.size} />
          {' · '}
          {t('attachments.addedBy', { who: attachment.addedBy, when: formatInstant(attachment.addedAt) })}
        </span>
      </div>
    </li>
  );
}
