import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../electron/common/domain/money';
import type { PaymentLookupResult } from '../../../../electron/common/ipc/contract';
import { StatusBadge } from '../../../components/StatusBadge';
import { yuan } from '../../../lib/format';

/** What the app already knows about this payment: earlier refunds and what is left to refund. */
export function LookupNotice({ lookup }: { readonly lookup: PaymentLookupResult | undefined }) {
  const { t } = useTranslation();
  if (lookup === undefined || !lookup.found) return null;
  const nothingLeft = lookup.remainder <= 0;
  return (
    <div className={`notice${nothingLeft ? ' notice--error' : ' notice--info'}`} role="status">
      <p className="notice__text">
        {lookup.refunds.length === 0
          ? t('form.lookupFoundNone', { amount: formatYuan(lookup.payment.amount) })
          : nothingLeft
            ? t('form.lookupNothingLeft')
            : t('form.lookupFound', { refunded: formatYuan(lookup.refundedNet), remainder: formatYuan(lookup.remainder) })}
      </p>
      {lookup.refunds.length === 0 ? null : (
        <ul className="notice__list" aria-label={t('form.lookupOther')}>
          {lookup.refunds.map((refund) => (
            <li key={refund.id}>
              <span className="cell--mono">{refund.number}</span> {yuan(refund.net)} <StatusBadge status={refund.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
