import type { WireError } from '../../../../electron/common/domain/errors';
import { describedBy, fieldDomId } from '../../../lib/field-ids';

interface TextInputProps {
  readonly path: string;
  readonly value: string;
  readonly error: WireError | undefined;
  readonly warning?: boolean;
  readonly hint?: boolean;
  readonly placeholder?: string | undefined;
  readonly maxLength: number;
  readonly numeric?: boolean;
  readonly mono?: boolean;
  readonly label?: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

/** A one-line text field that takes part in Enter-to-next and points its describers at the Field's texts. */
export function TextInput(props: TextInputProps) {
  const { path, value, error, warning = false, hint = false, placeholder, maxLength, numeric = false, mono = false } = props;
  return (
    <input
      id={fieldDomId(path)}
      className={`input${mono ? ' input--mono' : ''}`}
      type="text"
      inputMode={numeric ? 'numeric' : undefined}
      autoComplete="off"
      spellCheck={false}
      value={value}
      placeholder={placeholder}
      maxLength={maxLength}
      data-nav=""
      aria-label={props.label}
      aria-invalid={error !== undefined}
      aria-describedby={describedBy(path, { error: error !== undefined, hint, warning })}
      onChange={(event) => props.onChange(event.target.value)}
      onBlur={props.onBlur}
    />
  );
}
