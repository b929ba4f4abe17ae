import { useTranslation } from 'react-i18next';
import type { Channel, RefundType } from '../../../../electron/common/domain/types';
import { fieldDomId } from '../../../lib/field-ids';
import { refundTypesOf } from '../../../../electron/common/domain/channels';

interface RefundTypePickerProps {
  readonly channel: Channel;
  readonly value: RefundType;
  readonly onChange: (type: RefundType) => void;
}

/** Void or refund is the counter's first decision (DOMAIN §3.3): the hint says what each one needs. */
export function RefundTypePicker({ channel, value, onChange }: RefundTypePickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice" aria-describedby="refund-type-hint">
      <legend className="field__label">{t('form.refundType')}</legend>
      <div className="choice__options">
        {refundTypesOf(channel).map((type) => (
          <label key={type} className={`choice__option${value === type ? ' choice__option--on' : ''}`}>
            <input
              type="radio"
              name="refundType"
              value={type}
              id={value === type ? fieldDomId('refund.type') : undefined}
              checked={value === type}
              data-nav=""
              onChange={() => onChange(type)}
            />
            {t(`refundType.${type}`)}
          </label>
        ))}
      </div>
      <p id="refund-type-hint" className="field__hint">
        {t(`refundTypeHint.${value}`)}
      </p>
    </fieldset>
  );
}
