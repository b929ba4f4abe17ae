import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTLEMENT_LIMITS } from '../../../electron/common/settlements/settlement';
import type { SettlementSource } from '../../../electron/common/settlements/settlement';
import { fieldDomId } from '../../lib/field-ids';
import type { AccountRow } from './settlement-accounts-draft';

interface SettlementAccountRowProps {
  readonly index: number;
  readonly row: AccountRow;
  readonly sources: readonly SettlementSource[];
  readonly disabled: boolean;
  /** The message for a field path (`accounts.0.feeRateBp`), when that box is the wrong one. */
  readonly messageAt: (field: string) => string | undefined;
  readonly onChange: (patch: Partial<AccountRow>) => void;
}

/** One account as a small group of boxes; the terminal no. only for a POS. */
export function SettlementAccountRow({ index, row, sources, disabled, messageAt, onChange }: SettlementAccountRowProps) {
  const { t } = useTranslation();
  const legend = row.name.trim() === '' ? `#${index + 1}` : row.name;

  function box(field: string, label: string, control: (id: string, invalid: boolean) => ReactNode, hint?: string) {
    const path = `accounts.${index}.${field}`;
    const id = fieldDomId(`sa.${path}`);
    const message = messageAt(path);
    return (
      <div className={`settlement-account__field${message === undefined ? '' : ' field--error'}`}>
        <label className="toolbar__label" htmlFor={id}>
          {label}
        </label>
        {control(id, message !== undefined)}
        {message === undefined ? null : (
          <p className="field__error" role="alert">
            {message}
          </p>
        )}
        {hint === undefined ? null : <small className="field__hint">{hint}</small>}
      </div>
    );
  }

  const text = (key: 'name' | 'acquirer' | 'merchantNo' | 'terminalNo', max: number, placeholder?: string) => (id: string, invalid: boolean) => (
    <input
      id={id}
      className="input input--small"
      value={row[key]}
      maxLength={max}
      disabled={disabled}
      placeholder={placeholder}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange({ [key]: event.target.value })}
    />
  );
  return (
    <fieldset className={`settlement-account${row.archived ? ' settlement-account--archived' : ''}`}>
      <legend className="settlement-account__legend">{legend}</legend>
      <div className="settlement-account__grid">
        {box('name', t('settlements.accounts.name'), text('name', SETTLEMENT_LIMITS.name, t('settlements.accounts.namePlaceholder')))}
        {box('source', t('settlements.accounts.source'), (id) => (
          <select id={id} className="input input--small" value={row.source} disabled={disabled} onChange={(event) => onChange({ source: event.target.value as SettlementSource })}>
            {sources.map((source) => (
              <option key={source} value={source}>
                {t(`settlements.source.${source}`)}
              </option>
            ))}
          </select>
        ))}
        {box('acquirer', t('settlements.accounts.acquirer'), text('acquirer', SETTLEMENT_LIMITS.acquirer, t('settlements.accounts.acquirerPlaceholder')))}
        {box('merchantNo', t('settlements.accounts.merchantNo'), text('merchantNo', SETTLEMENT_LIMITS.merchantNo))}
        {row.source === 'pos' ? box('terminalNo', t('settlements.accounts.terminalNo'), text('terminalNo', SETTLEMENT_LIMITS.terminalNo)) : null}
      </div>
      <div className="settlement-account__grid">
        {box('cycle.basis', t('settlements.accounts.basis'), (id) => (
          <select id={id} className="input input--small" value={row.basis} disabled={disabled} onChange={(event) => onChange({ basis: event.target.value === 'D' ? 'D' : 'T' })}>
            <option value="T">{t('settlements.accounts.basisT')}</option>
            <option value="D">{t('settlements.accounts.basisD')}</option>
          </select>
        ))}
        {box('cycle.days', t('settlements.accounts.days'), (id, invalid) => (
          <input
            id={id}
            className="input input--small input--count"
            inputMode="numeric"
            value={row.days}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange({ days: event.target.value })}
          />
        ), `${row.basis}+${row.days.trim() === '' ? 'n' : row.days.trim()}`)}
        {box('feeRateBp', t('settlements.accounts.feeRate'), (id, invalid) => (
          <input
            id={id}
            className="input input--small input--count"
            inputMode="decimal"
            placeholder="0.60"
            value={row.feeRate}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange({ feeRate: event.target.value })}
          />
        ), t('settlements.accounts.feeRateHint'))}
        {box('toleranceFen', t('settlements.accounts.tolerance'), (id, invalid) => (
          <input
            id={id}
            className="input input--small input--count"
            inputMode="decimal"
            value={row.tolerance}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            onChange={(event) => onChange({ tolerance: event.target.value })}
          />
        ))}
        <label className="settlement-account__check">
          <input type="checkbox" checked={row.feeReturned} disabled={disabled} onChange={(event) => onChange({ feeReturned: event.target.checked })} />{' '}
          {t('settlements.accounts.feeReturned')}
        </label>
        <label className="settlement-account__check">
          <input type="checkbox" checked={row.archived} disabled={disabled} onChange={(event) => onChange({ archived: event.target.checked })} />{' '}
          {t('settlements.accounts.archived')}
        </label>
      </div>
    </fieldset>
  );
}
