import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../electron/common/domain/errors';
import { errorMessage } from '../i18n/error-message';
import { fieldDomId } from '../lib/field-ids';

interface FieldProps {
  readonly path: string;
  readonly label: string;
  readonly optional?: boolean;
  readonly hint?: string | undefined;
  readonly error?: WireError | undefined;
  readonly warning?: string | undefined;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A label, its control, and the words under it: hint, warning, or the translated error. */
export function Field({ path, label, optional = false, hint, error, warning, className, children }: FieldProps) {
  const { t, i18n } = useTranslation();
  const id = fieldDomId(path);
  return (
    <div className={`field${error === undefined ? '' : ' field--error'}${className === undefined ? '' : ` ${className}`}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional">（{t('common.optional')}）</span> : null}
      </label>
      {children}
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`} role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      {warning === undefined ? null : (
        <p className="field__warning" id={`${id}-warning`} role="status">
          {warning}
        </p>
      )}
      {hint === undefined ? null : (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
