import { useTranslation } from 'react-i18next';
import type { RefundType } from '../../../../electron/common/domain/types';
import { yuan } from '../../../lib/format';
import type { CounterAdvice } from './counter-draft';

function when(local: string): string {
  return local.replace('T', ' ');
}

/** Void or refund, and why; the refund window; the fee estimate with its source; the policy kept with the refund. */
export function CounterAdvicePanel({
  advice,
  type,
  onApply,
}: {
  readonly advice: CounterAdvice;
  readonly type: RefundType;
  readonly onApply: (type: RefundType) => void;
}) {
  const { t } = useTranslation();
  const { route, window, fee } = advice;
  let routeText: string | undefined;
  let title: string | undefined;
  let proposed: RefundType | undefined;
  switch (route.kind) {
    case 'none':
      break;
    case 'void':
      title = t('counter.route.suggestVoid');
      proposed = 'void';
      routeText = t(`counter.route.${route.reason}`, { cutoff: route.cutoff, closesAt: when(route.closesAt) });
      break;
    case 'card_refund':
      title = t('counter.route.suggestRefund');
      proposed = 'card_refund';
      routeText =
        route.reason === 'settled_today' || route.reason === 'settled_earlier'
          ? t(`counter.route.${route.reason}`, { cutoff: route.cutoff, closedAt: when(route.closedAt) })
          : t(`counter.route.${route.reason}`);
      break;
    case 'unknown':
      title = t('counter.route.unknown');
      routeText = t(`counter.route.${route.reason}`, { terminalNo: route.terminalNo === '' ? '—' : route.terminalNo });
      break;
    default:
      break;
  }
  let windowText: string | undefined;
  if (window.kind === 'known') windowText = t(`counter.window.${window.source}`, { days: window.days, acquirer: window.acquirer ?? '' });
  else if (window.kind === 'unknown') windowText = t(`counter.window.${window.who}_unknown`);
  let feeText: string | undefined;
  switch (fee.kind) {
    case 'none':
      break;
    case 'returned':
      feeText = t('counter.fee.returned', { amount: yuan(fee.amount).replace('¥', ''), rate: (fee.rateBp / 100).toString() });
      break;
    case 'rate_unknown':
      feeText = t('counter.fee.rate_unknown');
      break;
    case 'kept':
      feeText = fee.source === 'alipay_official' ? t('counter.fee.kept_alipay') : t('counter.fee.kept_acquirer', { acquirer: fee.acquirer ?? '' });
      break;
    case 'returned_unknown_amount':
      feeText =
        fee.source === 'alipay_same_day'
          ? t('counter.fee.returned_alipay_same_day')
          : t('counter.fee.returned_acquirer', { acquirer: fee.acquirer ?? '' });
      break;
    case 'no_fee_on_void':
      feeText = t('counter.fee.no_fee_on_void');
      break;
    case 'unknown':
      feeText = t('counter.fee.unknown');
      break;
    default:
      break;
  }
  return (
    <section className="form-section counter-advice" aria-label={t('counter.fee.label')}>
      {routeText === undefined ? null : (
        <div className={`counter-advice__route counter-advice__route--${route.kind}`} role="status">
          <strong>{title}</strong> <span>{routeText}</span>
          {proposed !== undefined && proposed !== type ? (
            <button type="button" className="button button--small" onClick={() => onApply(proposed)}>
              {proposed === 'void' ? t('counter.route.applyVoid') : t('counter.route.applyRefund')}
            </button>
          ) : null}
        </div>
      )}
      {windowText === undefined ? null : <p className="field__hint counter-advice__window">{windowText}</p>}
      {feeText === undefined ? null : (
        <p className="field__hint counter-advice__fee">
          <span className="field__label">{t('counter.fee.label')}</span> {feeText}
        </p>
      )}
      <p className="field__hint counter-advice__policy">
        <span className="field__label">{t('counter.policy.label')}</span>{' '}
        {advice.policy ?? t('counter.policy.none')}
      </p>
    </section>
  );
}
