import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../../electron/common/domain/types';
import type { Channel } from '../../../../electron/common/domain/types';
import { fieldDomId } from '../../../lib/field-ids';

interface ChannelPickerProps {
  readonly value: Channel;
  readonly onChange: (channel: Channel) => void;
}

/**
 * The payment channel as a row of radio buttons: visible at a glance, arrow keys move, and the digits 1–7
 * pick directly, which is faster than a drop-down at a counter.
 */
export function ChannelPicker({ value, onChange }: ChannelPickerProps) {
  const { t } = useTranslation();

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>): void {
    const digit = Number.parseInt(event.key, 10);
    const channel = Number.isInteger(digit) ? CHANNELS[digit - 1] : undefined;
    if (channel === undefined || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    onChange(channel);
    // Focus moves now, not in a later frame: a quick "1 Enter" must land on the next field, not come back here.
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${channel}"]`)?.focus();
  }

  return (
    <fieldset className="choice choice--channels" onKeyDown={onKeyDown}>
      <legend className="field__label">
        {t('form.channel')} <span className="field__optional">{t('form.channelShortcut')}</span>
      </legend>
      <div className="choice__options">
        {CHANNELS.map((channel, index) => (
          <label key={channel} className={`choice__option${value === channel ? ' choice__option--on' : ''}`}>
            <input
              type="radio"
              name="channel"
              value={channel}
              id={value === channel ? fieldDomId('payment.channel') : undefined}
              checked={value === channel}
              autoFocus={value === channel}
              data-nav=""
              onChange={() => onChange(channel)}
            />
            <span className="choice__key" aria-hidden="true">
              {index + 1}
            </span>
            {t(`channel.${channel}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
