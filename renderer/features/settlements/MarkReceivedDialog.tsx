import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fen, formatYuan, formatYuanPlain } from '../../../electron/common/domain/money';
import type { SettlementView } from '../../../electron/common/ipc/contract';
import { call } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldDomId } from '../../lib/field-ids';
import { useWireAction } from '../../lib/use-wire-action';
import { parseReceivedAmount } from './takings-draft';

interface MarkReceivedDialogProps {
  readonly view: SettlementView;
  /** Main's today: the default date, and the latest allowed. */
  readonly today: string;
  readonly actor: string;
  readonly onDone: (view: SettlementView) => void;
  readonly onClose: () => void;
}

const FIELDS = new Set(['amount', 'date', 'note']);

/** "标记到账": prefilled with the expected net and today, so the common case is one click. */
export function MarkReceivedDialog({ view, today, actor, onDone, onClose }: MarkReceivedDialogProps) {
  const { t } = useTranslation();
  const { day } = view;
  const [amount, setAmount] = useState(() => formatYuanPlain(fen(Math.max(0, day.received?.amount ?? day.expectedNet))));
  const [date, setDate] = useState(day.received?.date ?? today);
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useWireAction();

  async function confirm(): Promise<void> {
    const parsed = parseReceivedAmount(amount);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    const trimmed = note.trim();
    const saved = await run(() => call('settlement.markReceived', { id: day.id, amount: parsed.value, date, ...(trimmed === '' ? {} : { note: trimmed }), actor }));
    if (saved !== undefined) onDone(saved);
  }

  const errorAt = (field: string) => (error?.field === field ? error : undefined);
  return (
    <ConfirmDialog
      open
      title={t('settlements.received.title', { account: view.accountName, date: day.businessDate })}
      confirmLabel={t('settlements.received.confirm')}
      cancelLabel={t('common.cancel')}
      canConfirm={!busy && amount.trim() !== '' && date !== ''}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {error !== undefined && !FIELDS.has(error.field ?? '') ? <ErrorBanner error={error} /> : null}
      <p className="field__hint">{t('settlements.received.expected', { amount: formatYuan(day.expectedNet) })}</p>
      <Field path="received.amount" label={t('settlements.received.amount')} error={errorAt('amount')}>
        <div className="amount">
          <span className="amount__sign" aria-hidden="true">
            ¥
          </span>
          <input
            id={fieldDomId('received.amount')}
            className="input input--amount"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            aria-invalid={errorAt('amount') !== undefined}
            onChange={(event) => setAmount(event.target.value)}
          />
        </div>
      </Field>
      <Field path="received.date" label={t('settlements.received.date')} error={errorAt('date')}>
        <input
          id={fieldDomId('received.date')}
          className="input input--date"
          type="date"
          min={day.businessDate}
          max={today}
          value={date}
          aria-invalid={errorAt('date') !== undefined}
          onChange={(event) => setDate(event.target.value)}
        />
      </Field>
      <Field path="received.note" label={t('settlements.received.note')} optional error={errorAt('note')}>
        <input
          id={fieldDomId('received.note')}
          className="input"
          maxLength={500}
          value={note}
          placeholder={t('settlements.received.notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
    </ConfirmDialog>
  );
}
