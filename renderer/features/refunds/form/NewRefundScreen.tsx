import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { isDialogOpen } from '../../../lib/keys';
import { useApp } from '../../app/app-context';
import { CustomerFields } from './CustomerFields';
import { focusNextField, isMoveOnEnter } from './form-keys';
import { FormFooter } from './FormFooter';
import { hasTypedSomething } from './form-draft';
import { PaymentFields } from './PaymentFields';
import { RefundFields } from './RefundFields';
import { useRefundForm } from './use-refund-form';

/**
 * The counter form. Built to be finished in under 30 seconds without the mouse: Enter moves on,
 * Ctrl+Enter saves from anywhere, Esc leaves (asking first when something was typed).
 */
export function NewRefundScreen() {
  const { t } = useTranslation();
  const { settings, navigate, updateSettings } = useApp();
  const form = useRefundForm(settings);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The window-level shortcuts need the latest handlers without re-subscribing on every keystroke.
  const actions = useRef({ save: () => undefined as void, cancel: () => undefined as void });

  async function save(): Promise<void> {
    const detail = await form.save();
    if (detail === undefined) return;
    navigate({ name: 'detail', id: detail.refund.id });
    // Remembered for the next form; failing to remember must not undo a saved refund.
    await updateSettings({ lastChannel: form.draft.channel, lastOperator: form.draft.operator }).catch(() => undefined);
  }

  function cancel(): void {
    if (hasTypedSomething(form.draft)) setConfirmDiscard(true);
    else navigate({ name: 'list' });
  }

  useLayoutEffect(() => {
    actions.current = { save: () => void save(), cancel };
  });

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent): void {
      if (isDialogOpen()) return;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        actions.current.save();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        actions.current.cancel();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (!isMoveOnEnter(event) || formRef.current === null) return;
    event.preventDefault();
    focusNextField(formRef.current, event.target as HTMLElement);
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    void save();
  }

  return (
    <main className="screen screen--form" aria-labelledby="form-title">
      <form ref={formRef} className="refund-form" noValidate onSubmit={onSubmit} onKeyDown={onFormKeyDown}>
        <div className="screen__header">
          <h1 id="form-title" className="screen__title">
            {t('form.title')}
          </h1>
          <span className="screen__hint">{t('form.intro')}</span>
        </div>
        <div className="refund-form__body">
          <PaymentFields form={form} />
          <RefundFields form={form} />
          <CustomerFields form={form} operators={settings.operators} />
        </div>
        <FormFooter form={form} onCancel={cancel} />
      </form>
      <ConfirmDialog
        open={confirmDiscard}
        title={t('form.confirmDiscardTitle')}
        confirmLabel={t('form.discard')}
        cancelLabel={t('form.keepEditing')}
        danger
        onConfirm={() => navigate({ name: 'list' })}
        onCancel={() => setConfirmDiscard(false)}
      >
        <p>{t('form.confirmDiscardBody')}</p>
      </ConfirmDialog>
    </main>
  );
}
