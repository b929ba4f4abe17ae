import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../electron/common/domain/errors';
import type { Reminder } from '../../../electron/common/reminders/reminder';
import { toWireError } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { subjectName } from './reminder-target';
import { inDays, tomorrowMorning } from './snooze-times';

export type PutAside = { readonly mode: 'snooze' | 'dismiss'; readonly reminder: Reminder };

interface PutAsideDialogProps {
  readonly target: PutAside | undefined;
  /** Main's clock (the list's `now`): the snooze choices are computed from it. */
  readonly now: string;
  readonly onSnooze: (reminder: Reminder, until: string, reason: string) => Promise<void>;
  readonly onDismiss: (reminder: Reminder, reason: string) => Promise<void>;
  readonly onClose: () => void;
}

/** Snooze (until tomorrow 09:00 or for 3 days) or dismiss, always with a reason: it goes into the refund's or settlement day's history. */
export function PutAsideDialog({ target, now, onSnooze, onDismiss, onClose }: PutAsideDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [choice, setChoice] = useState<'tomorrow' | 'three_days'>('tomorrow');
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const snoozing = target?.mode === 'snooze';

  function close(): void {
    setReason('');
    setChoice('tomorrow');
    setError(undefined);
    onClose();
  }

  async function confirm(): Promise<void> {
    if (target === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      if (target.mode === 'snooze') {
        await onSnooze(target.reminder, choice === 'tomorrow' ? tomorrowMorning(now) : inDays(now, 3), reason.trim());
      } else {
        await onDismiss(target.reminder, reason.trim());
      }
      close();
    } catch (problem) {
      setError(toWireError(problem));
    } finally {
      setBusy(false);
    }
  }

  const number = target === undefined ? '' : subjectName(target.reminder);
  return (
    <ConfirmDialog
      open={target !== undefined}
      title={snoozing ? t('reminders.today.snoozeTitle', { number }) : t('reminders.today.dismissTitle', { number })}
      confirmLabel={snoozing ? t('reminders.today.confirmSnooze') : t('reminders.today.confirmDismiss')}
      cancelLabel={t('common.cancel')}
      canConfirm={reason.trim() !== '' && !busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      {error === undefined ? null : <ErrorBanner error={error} />}
      {snoozing ? (
        <fieldset className="put-aside__choices">
          <legend className="field__label">{t('reminders.today.until')}</legend>
          <label>
            <input type="radio" name="snooze-until" checked={choice === 'tomorrow'} onChange={() => setChoice('tomorrow')} />{' '}
            {t('reminders.today.snoozeTomorrow')}
          </label>
          <label>
            <input type="radio" name="snooze-until" checked={choice === 'three_days'} onChange={() => setChoice('three_days')} />{' '}
            {t('reminders.today.snoozeThreeDays')}
          </label>
        </fieldset>
      ) : null}
      <label className="field">
        <span className="field__label">{t('reminders.today.reason')}</span>
        <input
          className="input"
          value={reason}
          maxLength={500}
          placeholder={snoozing ? t('reminders.today.snoozeReasonPlaceholder') : t('reminders.today.dismissReasonPlaceholder')}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <p className="field__hint">{t('reminders.today.reasonRequired')}</p>
    </ConfirmDialog>
  );
}
