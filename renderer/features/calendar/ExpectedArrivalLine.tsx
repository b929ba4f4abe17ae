import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpectedArrival } from '../../../electron/common/calendar/expected-arrival';
import type { RefundStatus } from '../../../electron/common/domain/types';
import type { Refund } from '../../../electron/common/domain/types';
import { call } from '../../bridge';
import { arrivalText } from './arrival-text';
import '../../styles/calendar.css';

/** Statuses where the money is still on its way (or about to be sent). */
const WAITING: ReadonlySet<RefundStatus> = new Set(['recorded', 'awaiting_approval', 'approved', 'done', 'processing', 'abnormal']);

/**
 * "预计到账 11月25日–11月27日（3–5 个工作日，来源：代理商）" under the refund's facts. Asked from main each time the
 * refund changes, so it always uses the current arrival table and holiday schedules.
 */
export function ExpectedArrivalLine({ refund }: { readonly refund: Refund }) {
  const { t, i18n } = useTranslation();
  const [arrival, setArrival] = useState<ExpectedArrival | undefined>(undefined);
  const waiting = WAITING.has(refund.status);

  useEffect(() => {
    if (!waiting) return undefined;
    let live = true;
    call('refund.expectedArrival', { id: refund.id }).then(
      (value) => {
        if (live) setArrival(value);
      },
      // An estimate is a help, not a fact: if it cannot be computed the line is simply not shown.
      () => {
        if (live) setArrival(undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [refund.id, refund.updatedAt, waiting]);

  if (!waiting || arrival === undefined) return null;
  return (
    <section className="card expected-arrival" data-testid="expected-arrival" aria-label={t('calendar.arrival.label')}>
      <p className="expected-arrival__line">
        <strong>{t('calendar.arrival.label')}</strong> {arrivalText(i18n, arrival)}
      </p>
      {arrival.beyondCoverage ? (
        <p className="expected-arrival__warning text--danger" role="note">
          ⚠ {t('calendar.arrival.beyondCoverage')}
        </p>
      ) : null}
    </section>
  );
}
