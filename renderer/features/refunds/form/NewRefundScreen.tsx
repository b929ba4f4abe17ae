import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { isDialogOpen } from '../../../lib/keys';
import { operatorNames, useApp } from '../../app/app-context';
import { CustomerFields } from './CustomerFields';
import { focusNextField, isMoveOnEnter } from './form-keys';
import { FormFooter } from './FormFooter';
import { hasTypedSomething } from './form-draft';
import { PaymentFields } from './PaymentFields';
import { RefundFields } from './RefundFields';
import { useRefundForm } from './use-refund-form';
import { CounterAdvicePanel } from './CounterAdvicePanel';
import { DestinationFields } from './DestinationFields';
import { ORIGINAL_DRAFT, counterAdviceOf, destinationOf } from './counter-draft';
import type { DestinationDraft } from './counter-draft';

/**
 * The counter form. Built to be finished in under 30 seconds without the mouse: Enter moves on,
 * Ctrl+Enter saves from anywhere, Esc leaves (asking first when something was typed).
 */
export function NewRefundScreen() {
  const { t } = useTranslation();
  const { settings, navigate, updateSettings } = useApp();
  const form = useRefundForm(settings);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [destination, setDestination] = useState<DestinationDraft>(ORIGINAL_DRAFT);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [duplicateDismissed, setDuplicateDismissed] = useState(false);
  const advice = counterAdviceOf(form.draft, form.net, form.lookup, settings.counter, new Date());
  const duplicateOf = form.banner?.code === 'possible_duplicate' && !duplicateDismissed ? form.banner.params?.['number'] : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  // The window-level shortcuts need the latest handlers without re-subscribing on every keystroke.
  const actions = useRef({ save: () => undefined as void, cancel: () => undefined as void });

  async function save(confirmDuplicate = false): Promise<void> {
    const extra = destinationOf(destination, form.draft.type);
    // The wrong-account guard: money off the original route is never sent without the tick.
    if (extra.destinationConfirmed === false) {
      setConfirmMissing(true);
      return;
    }
    setDuplicateDismissed(false);
    const detail = await form.save({ ...extra, confirmDuplicate });
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
          <CounterAdvicePanel advice={advice} type={form.draft.type} onApply={(type) => form.update('refund.type', { type })} />
          <RefundFields form={form} />
          <DestinationFields
            type={form.draft.type}
            value={destination}
            confirmMissing={confirmMissing}
            onChange={(next) => {
              setDestination(next);
              setConfirmMissing(false);
            }}
          />
          <CustomerFields form={form} operators={operatorNames(settings)} />
        </div>
        <FormFooter form={form} onCancel={cancel} />
      </form>
      <ConfirmDialog
        open={duplicateOf !== undefined}
        title={t('counter.duplicate.title', { number: String(duplicateOf ?? '') })}
        confirmLabel={t('counter.duplicate.confirm')}
        cancelLabel={t('counter.duplicate.cancel')}
        onConfirm={() => void save(true)}
        onCancel={() => setDuplicateDismissed(true)}
      >
        <p>{t('counter.duplicate.body')}</p>
      </ConfirmDialog>
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
