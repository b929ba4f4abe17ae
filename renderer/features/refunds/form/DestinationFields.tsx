import { useTranslation } from 'react-i18next';
import { DESTINATION_KINDS, destinationKindsFor } from '../../../../electron/common/domain/refund-destination';
import type { DestinationKind } from '../../../../electron/common/domain/refund-destination';
import type { RefundType } from '../../../../electron/common/domain/types';
import type { DestinationDraft } from './counter-draft';

/** Where the money goes (DOMAIN §3.8): fixed to the original route unless the refund is "other"; anything else warns and needs a tick. */
export function DestinationFields({
  type,
  value,
  onChange,
  confirmMissing,
}: {
  readonly type: RefundType;
  readonly value: DestinationDraft;
  readonly onChange: (next: DestinationDraft) => void;
  readonly confirmMissing: boolean;
}) {
  const { t } = useTranslation();
  const kinds = destinationKindsFor(type);
  if (kinds.length === 1) {
    return (
      <div className="form-section destination">
        <span className="field__label">{t('counter.destination.label')}</span> {t('counter.destination.original')}
        <p className="field__hint">{t('counter.destination.originalOnly')}</p>
      </div>
    );
  }
  const detailLabel =
    value.kind === 'card'
      ? t('counter.destination.detail_card')
      : value.kind === 'account'
        ? t('counter.destination.detail_account')
        : t('counter.destination.detail_recipient');
  return (
    <div className="form-section destination">
      <label className="field">
        <span className="field__label">{t('counter.destination.label')}</span>
        <select
          className="input"
          value={value.kind}
          data-nav=""
          onChange={(event) => onChange({ kind: event.target.value as DestinationKind, detail: '', confirmed: false })}
        >
          {DESTINATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`counter.destination.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {value.kind === 'original' ? null : (
        <>
          <label className="field">
            <span className="field__label">{detailLabel}</span>
            <input
              className="input"
              value={value.detail}
              maxLength={value.kind === 'card' ? 4 : 100}
              inputMode={value.kind === 'card' ? 'numeric' : undefined}
              data-nav=""
              onChange={(event) => onChange({ ...value, detail: event.target.value, confirmed: false })}
            />
          </label>
          <p className="field__warning destination__warning" role="alert">
            {t('counter.destination.warning')}
          </p>
          <label className="destination__confirm">
            <input
              type="checkbox"
              checked={value.confirmed}
              aria-invalid={confirmMissing}
              onChange={(event) => onChange({ ...value, confirmed: event.target.checked })}
            />{' '}
            {t('counter.destination.confirm')}
          </label>
          {confirmMissing ? (
            <p className="field__error" role="alert">
              {t('errors.destination_not_confirmed')}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
