import { useTranslation } from 'react-i18next';
import type { SettlementState } from '../../../electron/common/ipc/contract';

/** Words plus a glyph, like the refund status badge: late and short must read without colour. */
const GLYPH: { readonly [S in SettlementState]: string } = {
  waiting: '○',
  due_today: '◐',
  late: '⚠',
  received: '●',
  short: '▼',
  over: '▲',
};

export function SettlementStateBadge({ state }: { readonly state: SettlementState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge settlement-state settlement-state--${state}`}>
      <span aria-hidden="true" className="badge__glyph">
        {GLYPH[state]}
      </span>
      {t(`settlements.state.${state}`)}
    </span>
  );
}
