import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettlementView } from '../../../electron/common/ipc/contract';
import { call } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldDomId } from '../../lib/field-ids';
import { useWireAction } from '../../lib/use-wire-action';
import { formatRatePercent } from './fee-rate';
import { SlipFields } from './SlipFields';
import { draftOfDay, parseTakings } from './takings-draft';
import type { TakingsDraft } from './takings-draft';

interface CorrectTakingsDialogProps {
  readonly view: SettlementView;
  readonly actor: string;
  readonly onDone: (view: SettlementView) => void;
  readonly onClose: () => void;
}

const FIELDS = new Set(['batchNo', 'reason', 'takings.salesCount', 'takings.salesAmount', 'takings.refundsCount', 'takings.refundsAmount', 'expectedFee']);

/** "更正": the slip's figures again, with a required reason that goes into the day's history. */
export function CorrectTakingsDialog({ view, actor, onDone, onClose }: CorrectTakingsDialogProps) {
  const { t } = useTranslation();
  const { day } = view;
  const [draft, setDraft] = useState<TakingsDraft>(() => draftOfDay(day));
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useWireAction();
  const parsed = useMemo(() => parseTakings(draft), [draft]);

  async function confirm(): Promise<void> {
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    const batchNo = draft.batchNo.trim();
    const { takings, expectedFee } = parsed.value;
    const saved = await run(() =>
      call('settlement.correct', {
        id: day.id,
        ...(batchNo === '' ? {} : { batchNo }),
        takings,
        ...(expectedFee === undefined ? {} : { expectedFee }),
        reason: reason.trim(),
        actor,
      }),
    );
    if (saved !== undefined) onDone(saved);
  }

  const errorAt = (field: string) => (error?.field === field ? error : undefined);
  return (
    <ConfirmDialog
      open
      title={t('settlements.correct.title', { account: view.accountName, date: day.businessDate })}
      confirmLabel={t('settlements.correct.confirm')}
      cancelLabel={t('common.cancel')}
      canConfirm={!busy && reason.trim() !== ''}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {error !== undefined && !FIELDS.has(error.field ?? '') ? <ErrorBanner error={error} /> : null}
      {view.source === 'pos' || day.batchNo !== undefined ? (
        <Field path="correct.batchNo" label={t('settlements.form.batchNo')} optional error={errorAt('batchNo')}>
          <input
            id={fieldDomId('correct.batchNo')}
            className="input input--mono input--batch"
            inputMode="numeric"
            maxLength={12}
            value={draft.batchNo}
            onChange={(event) => setDraft({ ...draft, batchNo: event.target.value })}
          />
        </Field>
      ) : null}
      <SlipFields
        idPrefix="correct"
        draft={draft}
        error={error}
        feeHint={t('settlements.form.feeHint', { rate: formatRatePercent(day.feeRateBp) })}
        onChange={(patch) => {
          setDraft((current) => ({ ...current, ...patch }));
          setError(undefined);
        }}
      />
      <Field path="correct.reason" label={t('settlements.correct.reason')} error={errorAt('reason')}>
        <input
          id={fieldDomId('correct.reason')}
          className="input"
          maxLength={500}
          value={reason}
          placeholder={t('settlements.correct.reasonPlaceholder')}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </ConfirmDialog>
  );
}
