import { useTranslation } from 'react-i18next';
import type { IdentifierField, Payment } from '../../../../electron/common/domain/types';
import { formatLocalDateTime, maskCard, yuan } from '../../../lib/format';
import { identifierFieldsOf } from '../../../../electron/common/domain/channels';
import { DetailRow } from './DetailRow';

/** Identifier order for display; anything recorded is shown, even if the channel's form no longer asks for it. */
const ALL_IDS: readonly IdentifierField[] = [
  'referenceNo',
  'voucherNo',
  'batchNo',
  'terminalNo',
  'merchantNo',
  'authCode',
  'transactionNo',
  'merchantOrderNo',
];

export function PaymentBlock({ payment }: { readonly payment: Payment }) {
  const { t } = useTranslation();
  const known = new Set(identifierFieldsOf(payment.channel));
  const shown = ALL_IDS.filter((field) => known.has(field) || payment.ids[field] !== undefined);
  const card = maskCard(payment.ids.cardLast4);
  return (
    <section className="card" aria-labelledby="block-payment">
      <h2 id="block-payment" className="card__title">
        {t('detail.payment')}
      </h2>
      <dl className="facts">
        <DetailRow label={t('detail.channel')}>{t(`channel.${payment.channel}`)}</DetailRow>
        <DetailRow label={t('detail.paidAt')}>{formatLocalDateTime(payment.paidAt)}</DetailRow>
        <DetailRow label={t('detail.paidAmount')}>
          <span className="money">{yuan(payment.amount)}</span>
        </DetailRow>
        {card === undefined ? null : (
          <DetailRow label={t('detail.card')} mono>
            {card}
          </DetailRow>
        )}
        {shown.map((field) => (
          <DetailRow key={field} label={t(`ids.${field}`)} mono>
            {payment.ids[field] ?? t('common.none')}
          </DetailRow>
        ))}
      </dl>
    </section>
  );
}
