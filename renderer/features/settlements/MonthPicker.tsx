import { useTranslation } from 'react-i18next';
import { monthParts, shiftMonth } from './settlement-dates';

interface MonthPickerProps {
  readonly month: string;
  /** Main's this month: "back to this month" shows only when elsewhere. */
  readonly current: string;
  readonly onChange: (month: string) => void;
}

/** Previous / the month / next: settlements are read a month at a time, like the bank statement. */
export function MonthPicker({ month, current, onChange }: MonthPickerProps) {
  const { t } = useTranslation();
  const parts = monthParts(month);
  return (
    <div className="month-picker" role="group" aria-label={t('settlements.month.label')}>
      <button type="button" className="button button--small" onClick={() => onChange(shiftMonth(month, -1))}>
        ‹ {t('settlements.month.prev')}
      </button>
      <output className="month-picker__value" aria-live="polite" data-month={month}>
        {t('settlements.month.value', parts)}
      </output>
      <button type="button" className="button button--small" onClick={() => onChange(shiftMonth(month, 1))}>
        {t('settlements.month.next')} ›
      </button>
      {month === current ? null : (
        <button type="button" className="button button--small button--quiet" onClick={() => onChange(current)}>
          {t('settlements.month.thisMonth')}
        </button>
      )}
    </div>
  );
}
