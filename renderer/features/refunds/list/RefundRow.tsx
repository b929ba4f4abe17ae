import { useTranslation } from 'react-i18next';
import type { RefundSummary } from '../../../../electron/common/ipc/contract';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatInstant, yuan } from '../../../lib/format';

/** The cells of one row. The owner's own screen, so the customer is shown as recorded, not masked. */
export function RefundRowCells({ refund }: { readonly refund: RefundSummary }) {
  const { t } = useTranslation();
  const customer = [refund.customerName, refund.customerPhone].filter((part) => part !== undefined && part !== '');
  return (
    <>
      <span role="cell" className="cell cell--number">
        {refund.number}
      </span>
      <span role="cell" className="cell cell--muted">
        {formatInstant(refund.createdAt)}
      </span>
      <span role="cell" className="cell">
        {t(`channel.${refund.channel}`)}
      </span>
      <span role="cell" className="cell cell--truncate" title={customer.join(' · ')}>
        {customer.length === 0 ? <span className="cell--muted">{t('common.none')}</span> : customer.join(' · ')}
      </span>
      <span role="cell" className="cell cell--truncate cell--mono" title={refund.mainIdentifier}>
        {refund.mainIdentifier ?? <span className="cell--muted">{t('common.none')}</span>}
      </span>
      <span role="cell" className="cell cell--money">
        {yuan(refund.net)}
      </span>
      <span role="cell" className="cell cell--status">
        <StatusBadge status={refund.status} />
        {refund.arrival === undefined ? null : (
          <small className={`cell__arrival${refund.arrival.late ? ' cell__arrival--late' : ''}`}>
            {t(refund.arrival.late ? 'list.arrivalLate' : 'list.arrivalBy', { date: refund.arrival.latest.slice(5) })}
          </small>
        )}
      </span>
    </>
  );
}

export function RefundRowPlaceholder() {
  const { t } = useTranslation();
  return (
    <span role="cell" className="cell cell--muted cell--placeholder">
      {t('list.loadingRow')}
    </span>
  );
}
