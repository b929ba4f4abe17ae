import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../i18n/error-message';
import { yuan } from '../../../lib/format';
import type { RefundForm } from './use-refund-form';

/** Always visible: what the customer gets back, and the two ways out. */
export function FormFooter({ form, onCancel }: { readonly form: RefundForm; readonly onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const { net } = form;
  return (
    <footer className="form-footer">
      <div className="form-footer__net" aria-live="polite">
        <span className="form-footer__net-label">{t('form.net')}</span>
        <output
          className={`form-footer__net-value${
            net === undefined ? ' form-footer__net-value--empty' : net <= 0 ? ' form-footer__net-value--bad' : ''
          }`}
        >
          {net === undefined ? t('common.none') : yuan(net)}
        </output>
        {net !== undefined && net <= 0 ? <span className="field__error">{t('form.netNegative')}</span> : null}
      </div>
      {form.banner === undefined ? null : (
        // Beside the save button, not at the top of the form: the cursor is usually at the bottom when saving.
        <p className="form-footer__problem" role="alert">
          {errorMessage(i18n, form.banner)}
        </p>
      )}
      {form.errorCount > 0 ? (
        // A button, because the field in trouble may be scrolled out of sight: one click takes the cursor there.
        <button type="button" className="form-footer__errors" onClick={form.focusFirstError}>
          {t('form.errorsAbove', { count: form.errorCount })}
        </button>
      ) : null}
      <div className="form-footer__buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button button--primary button--large" data-nav="" disabled={form.saving}>
          {form.saving ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </footer>
  );
}
