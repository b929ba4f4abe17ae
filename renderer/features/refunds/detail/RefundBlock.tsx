import { useTranslation } from 'react-i18next';
import type { Refund } from '../../../../electron/common/domain/types';
import { formatInstant, yuan } from '../../../lib/format';
import { DetailRow } from './DetailRow';

export function RefundBlock({ refund }: { readonly refund: Refund }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="block-refund">
      <h2 id="block-refund" className="card__title">
        {t('detail.refund')}
      </h2>
      <dl className="facts">
        <DetailRow label={t('detail.type')}>{t(`refundType.${refund.type}`)}</DetailRow>
        <DetailRow label={t('detail.amount')}>
          <span className="money">{yuan(refund.amount)}</span>
        </DetailRow>
        <DetailRow label={t('detail.deductions')}>
          {refund.deductions.length === 0 ? (
            <span className="cell--muted">{t('detail.noDeductions')}</span>
          ) : (
            <ul className="facts__list">
              {refund.deductions.map((deduction, index) => (
                // Deductions have no id and never change after saving, so their position is a stable key.
                <li key={index}>
                  {t(`deductionKind.${deduction.kind}`)} <span className="money">−{yuan(deduction.amount)}</span>
                  <span className="facts__reason">{deduction.reason}</span>
                </li>
              ))}
            </ul>
          )}
        </DetailRow>
        <DetailRow label={t('detail.net')}>
          <span className="money money--big">{yuan(refund.net)}</span>
        </DetailRow>
        <DetailRow label={t('detail.customer')}>
          {[refund.customerName, refund.customerPhone].filter((part) => part !== undefined && part !== '').join(' · ') ||
            t('common.none')}
        </DetailRow>
        <DetailRow label={t('detail.operator')}>{refund.operator}</DetailRow>
        <DetailRow label={t('detail.createdAt')}>{formatInstant(refund.createdAt)}</DetailRow>
        {refund.failureReason === undefined ? null : (
          <DetailRow label={t('detail.failureReason')}>
            <span className="text--danger">{refund.failureReason}</span>
          </DetailRow>
        )}
        {refund.note === undefined ? null : (
          <DetailRow label={t('detail.note')}>
            <span className="facts__note">{refund.note}</span>
          </DetailRow>
        )}
      </dl>
    </section>
  );
}
