import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../electron/common/cases/case';

/** Words, colour and a glyph, like the refund's StatusBadge. */
const GLYPH: { readonly [S in CaseStatus]: string } = {
  open: '○',
  waiting_reply: '◔',
  escalated: '▲',
  resolved: '●',
  lost: '✕',
};

export function CaseStatusBadge({ status }: { readonly status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge case-badge case-badge--${status}`}>
      <span aria-hidden="true" className="badge__glyph">
        {GLYPH[status]}
      </span>
      {t(`cases.status.${status}`)}
    </span>
  );
}
