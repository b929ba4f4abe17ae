import type { InputHTMLAttributes } from 'react';

type PinInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'maxLength' | 'className' | 'onChange' | 'value' | 'autoComplete'
> & {
  readonly value: string;
  readonly onValue: (value: string) => void;
  /** A PIN being chosen (first run, settings) rather than typed to prove who you are. */
  readonly isNew?: boolean;
};

/** A 4–6 digit operator PIN: masked, numeric keypad on touch screens, never autofilled from elsewhere. */
export function PinInput({ value, onValue, isNew = false, ...rest }: PinInputProps) {
  return (
    <input
      {...rest}
      className="input input--pin"
      type="password"
      inputMode="numeric"
      autoComplete={isNew ? 'new-password' : 'off'}
      maxLength={6}
      value={value}
      onChange={(event) => onValue(event.target.value)}
    />
  );
}
