import { useTranslation } from 'react-i18next';
import type { Refund } from '../../../../electron/common/domain/types';

/** Where the money went, whether the owner confirmed it, the policy text shown at the time, a confirmed look-alike. */
export function CounterFacts({ refund }: { readonly refund: Refund }) {
  const { t } = useTranslation();
  const counter = refund.counter;
  if (counter === undefined) return null;
  const { destination } = counter;
  return (
    <section className="card counter-facts" aria-label={t('counter.detail.destination')}>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('counter.detail.destination')}</dt>
          <dd>
            {t(`counter.destination.${destination.kind}`)}
            {destination.detail === undefined ? '' : ` · ${destination.detail}`}
            {counter.destinationConfirmed ? t('counter.detail.destinationConfirmed') : ''}
          </dd>
        </div>
        {counter.policyText === undefined ? null : (
          <div className="facts__row">
            <dt>{t('counter.detail.policy')}</dt>
            <dd>{counter.policyText}</dd>
          </div>
        )}
        {counter.duplicateOf === undefined ? null : (
          <div className="facts__row">
            <dt aria-hidden="true">⚠</dt>
            <dd>{t('counter.detail.duplicateOf', { number: counter.duplicateOf })}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
