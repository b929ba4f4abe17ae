import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../electron/common/domain/money';
import type { RefundDetail } from '../../../../electron/common/ipc/contract';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatInstant, yuan } from '../../../lib/format';

/** Every refund of the same payment, so a second partial refund is never a surprise. */
export function SamePaymentRefunds({ detail, onOpen }: { readonly detail: RefundDetail; readonly onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="block-same-payment">
      <h2 id="block-same-payment" className="card__title">
        {t('detail.samePayment')}
      </h2>
      <ul className="siblings">
        {detail.paymentRefunds.map((refund) => (
          <li key={refund.id} className="siblings__item">
            <span className="siblings__who">
              {refund.id === detail.refund.id ? (
                <span className="cell--mono">
                  {refund.number} <span className="siblings__this">（{t('detail.thisOne')}）</span>
                </span>
              ) : (
                <button type="button" className="link cell--mono" onClick={() => onOpen(refund.id)}>
                  {refund.number}
                </button>
              )}
              <span className="siblings__when">{formatInstant(refund.createdAt)}</span>
            </span>
            <span className="money">{yuan(refund.net)}</span>
            <StatusBadge status={refund.status} />
          </li>
        ))}
      </ul>
      <p className="siblings__total">
        {t('detail.refundedSoFar', { refunded: formatYuan(detail.refundedNet), remainder: formatYuan(detail.remainder) })}
      </p>
    </section>
  );
}
