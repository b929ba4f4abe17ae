import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefundStatus } from '../../../../electron/common/domain/types';
import { call } from '../../../bridge';
import { StatusBadge } from '../../../components/StatusBadge';
import { isDialogOpen, isTypingTarget } from '../../../lib/keys';
import { currentOperator, operatorNames, useApp } from '../../app/app-context';
import { AddNote } from './AddNote';
import { PaymentBlock } from './PaymentBlock';
import { RefundBlock } from './RefundBlock';
import { SamePaymentRefunds } from './SamePaymentRefunds';
import { StatusActions } from './StatusActions';
import { Timeline } from './Timeline';
import { AttachmentsPanel } from './attachments/AttachmentsPanel';
import { ContactLogForm } from './ContactLogForm';
import { CounterFacts } from './CounterFacts';
import { MisdirectPanel } from './MisdirectPanel';
import { useRefundDetail } from './use-refund-detail';
import { ApprovalPanel } from './ApprovalPanel';
import { ExpectedArrivalLine } from '../../calendar/ExpectedArrivalLine';
import { ReceiptDialog } from '../../receipts/ReceiptDialog';
import { OpenCaseDialog } from '../../cases/OpenCaseDialog';
import { DetailPlaceholder } from '../../../components/DetailPlaceholder';

export function RefundDetailScreen({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { settings, navigate } = useApp();
  const { state, change, busy } = useRefundDetail(id);
  const [actor, setActor] = useState(() => currentOperator(settings));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const receiptButtonRef = useRef<HTMLButtonElement>(null);
  const [receiptOpen, setReceiptOpen] = useState(false);
  const [caseOpen, setCaseOpen] = useState(false);
  const loaded = state.kind === 'ready';

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      // Ctrl+P prints the receipt, never the browser's print of this screen (the dialog handles it while open).
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        if (!isDialogOpen() && loaded) setReceiptOpen(true);
        return;
      }
      if (isDialogOpen()) return;
      const back = (event.key === 'ArrowLeft' && event.altKey) || event.key === 'Escape';
      if (!back) return;
      // Esc in a half-written note first leaves the note, so a stray Esc does not throw the words away.
      if (event.key === 'Escape' && isTypingTarget(event.target)) {
        (event.target as HTMLElement).blur();
        return;
      }
      event.preventDefault();
      navigate({ name: 'list' });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, loaded]);

  // Focus the heading once loaded: a screen reader announces the refund, and Tab starts from the top.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded, id]);

  const backButton = (
    <button type="button" className="button button--quiet" onClick={() => navigate({ name: 'list' })}>
      ← {t('detail.back')}
    </button>
  );

  if (state.kind !== 'ready') {
    return <DetailPlaceholder back={backButton} loadingText={t('detail.loading')} {...(state.kind === 'failed' ? { error: state.error } : {})} />;
  }

  const { detail } = state;
  const { refund } = detail;
  const advance = (to: RefundStatus, reason?: string) =>
    change(() =>
      call('refund.advance', {
        id: refund.id,
        to,
        actor,
        // For `abnormal` the dialog's text is where the money was re-routed (StatusActions).
        ...(reason === undefined ? {} : to === 'abnormal' ? { reroutedTo: reason } : { reason }),
      }),
    );
  const addNote = (note: string) => change(() => call('refund.addNote', { id: refund.id, actor, note }));

  return (
    <main className="screen screen--detail" aria-labelledby="detail-title">
      <div className="screen__header">
        {backButton}
        <h1 id="detail-title" className="screen__title" tabIndex={-1} ref={headingRef}>
          {t('detail.title', { number: refund.number })}
        </h1>
        <StatusBadge status={refund.status} />
        <span className="screen__hint">{t(`statusHint.${refund.status}`)}</span>
        <button
          type="button"
          ref={receiptButtonRef}
          className="button button--primary screen__action"
          aria-keyshortcuts="Control+P"
          title={t('receipts.openShortcut')}
          onClick={() => setReceiptOpen(true)}
        >
          🖨 {t('receipts.open')} <kbd className="kbd">{t('receipts.openShortcut')}</kbd>
        </button>
        <button type="button" className="button" onClick={() => setCaseOpen(true)}>
          {t('cases.open')}
        </button>
      </div>
      {caseOpen ? (
        <OpenCaseDialog
          preset={{ id: refund.id, number: refund.number }}
          actor={actor}
          onOpened={(view) => navigate({ name: 'case', id: view.case.id })}
          onClose={() => setCaseOpen(false)}
        />
      ) : null}
      {receiptOpen ? (
        <ReceiptDialog
          refundId={refund.id}
          refundNumber={refund.number}
          actor={actor}
          onPrint={(input) => change(() => call('receipt.print', input))}
          onSaved={async () => {
            await change(() => call('refund.get', { id: refund.id }));
          }}
          onClose={() => {
            setReceiptOpen(false);
            // Back to where the dialog was opened from, so the keyboard user is not dropped at the top.
            requestAnimationFrame(() => receiptButtonRef.current?.focus());
          }}
        />
      ) : null}
      <div className="detail">
        <div className="detail__main">
          <RefundBlock refund={refund} />
          <ExpectedArrivalLine refund={refund} />
          <CounterFacts refund={refund} />
          <PaymentBlock payment={detail.payment} />
          <AttachmentsPanel
            refund={refund}
            busy={busy}
            onAdd={(file) => change(() => call('attachment.add', { refundId: refund.id, actor, name: file.name, bytes: file.bytes }))}
          />
        </div>
        <div className="detail__side">
          <ApprovalPanel detail={detail} busy={busy} change={change} />
          <section className="card card--actions" aria-labelledby="block-actions">
            <div className="card__header">
              <h2 id="block-actions" className="card__title">
                {t('detail.actions')}
              </h2>
              <label className="actor">
                <span className="toolbar__label">{t('detail.actingAs')}</span>
                <select className="input input--small" value={actor} onChange={(event) => setActor(event.target.value)}>
                  {operatorNames(settings).map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <StatusActions
              allowed={detail.allowedTransitions}
              busy={busy}
              onAdvance={advance}
              waiting={refund.status === 'awaiting_approval'}
            />
            <AddNote busy={busy} onAdd={addNote} />
            <ContactLogForm busy={busy} onLog={(contact) => change(() => call('refund.logContact', { id: refund.id, actor, contact }))} />
          </section>
          <Timeline events={refund.events} chainValid={detail.chainValid} />
          <MisdirectPanel
            refund={refund}
            busy={busy}
            onReport={(report) => change(() => call('refund.reportMisdirect', { id: refund.id, actor, report }))}
            onRecovered={() => change(() => call('refund.markRecovered', { id: refund.id, actor }))}
          />
          <SamePaymentRefunds detail={detail} onOpen={(other) => navigate({ name: 'detail', id: other })} />
        </div>
      </div>
    </main>
  );
}
