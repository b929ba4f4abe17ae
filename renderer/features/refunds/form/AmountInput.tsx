import type { WireError } from '../../../../electron/common/domain/errors';
import { describedBy, fieldDomId } from '../../../lib/field-ids';

interface AmountInputProps {
  readonly path: string;
  readonly value: string;
  readonly error: WireError | undefined;
  readonly hasHint?: boolean;
  readonly hasWarning?: boolean;
  readonly label?: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

/** A yuan amount typed as text: `1234.5`, `¥1,234.50` and full-width digits all parse (parseAmount). */
export function AmountInput({ path, value, error, hasHint = false, hasWarning = false, label, onChange, onBlur }: AmountInputProps) {
  return (
    <div className="amount">
      <span className="amount__sign" aria-hidden="true">
        ¥
      </span>
      <input
        id={fieldDomId(path)}
        className="input input--amount"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        data-nav=""
        aria-label={label}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(path, { error: error !== undefined, hint: hasHint, warning: hasWarning })}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
