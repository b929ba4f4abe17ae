import { useTranslation } from 'react-i18next';
import type { RefundStatus } from '../../electron/common/domain/types';

/** Colour plus words plus a glyph: the status must read the same to someone who cannot tell red from green. */
const GLYPH: { readonly [S in RefundStatus]: string } = {
  recorded: '○',
  awaiting_approval: '◇',
  approved: '◆',
  done: '◐',
  processing: '◔',
  arrived: '●',
  failed: '✕',
  closed: '□',
  abnormal: '⚠',
  refused: '■',
};

export function StatusBadge({ status }: { readonly status: RefundStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`} title={t(`statusHint.${status}`)}>
      <span aria-hidden="true" className="badge__glyph">
        {GLYPH[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
