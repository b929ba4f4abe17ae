import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_KINDS, COUNTERPARTY_KINDS, DEADLINE_REQUIRED } from '../../../electron/common/cases/case';
import type { CaseKind, CaseLink, Counterparty, CounterpartyKind } from '../../../electron/common/cases/case';
import type { WireError } from '../../../electron/common/domain/errors';
import type { CaseView } from '../../../electron/common/ipc/contract-cases';
import type { Hotline, HotlineId } from '../../../electron/common/reminders/hotlines';
import { call, toWireError } from '../../bridge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { describedBy, fieldDomId } from '../../lib/field-ids';
import { newRequestId } from '../../lib/request-id';
import { LinkPicker } from './LinkPicker';
import { fromHotline, typedCounterparty } from './counterparty';

/** A refund the case will link, as the dialog names it. */
export interface LinkedRefund {
  readonly id: string;
  readonly number: string;
}

/** A settlement day the case is about (opened from the 结算 screen), as the dialog names it. */
export interface LinkedSettlement {
  readonly id: string;
  /** e.g. "收银台 POS 2026-11-17". */
  readonly label: string;
}

interface OpenCaseDialogProps {
  /** Opened from a refund: that refund is linked and stays linked. Without it, the owner searches for refunds. */
  readonly preset?: LinkedRefund;
  /** Opened from a late or short settlement day: that day is linked, and the kind starts as missing settlement. */
  readonly settlement?: LinkedSettlement;
  readonly actor: string;
  readonly onOpened: (view: CaseView) => void;
  readonly onClose: () => void;
}

type CounterpartyMode = 'typed' | HotlineId;

const errorFor = (error: WireError | undefined, field: string): WireError | undefined =>
  error?.field === field || (error?.field?.startsWith(`${field}.`) ?? false) ? error : undefined;

/**
 * 开个案: what happened (each kind with one line saying when it fits), the records it is about, whom it is with
 * (the hotline directory, or an acquirer/bank typed), the deadline from the notice (required for 调单/拒付),
 * their ticket number and what the shop asks for. A modal <dialog>; Esc closes.
 */
export function OpenCaseDialog({ preset, settlement, actor, onOpened, onClose }: OpenCaseDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [requestId] = useState(newRequestId);
  const [kind, setKind] = useState<CaseKind | undefined>(settlement === undefined ? undefined : 'missing_settlement');
  const [refunds, setRefunds] = useState<readonly LinkedRefund[]>(preset === undefined ? [] : [preset]);
  const [hotlines, setHotlines] = useState<readonly Hotline[]>([]);
  const [mode, setMode] = useState<CounterpartyMode>('typed');
  const [typedKind, setTypedKind] = useState<CounterpartyKind>('acquirer');
  const [typedName, setTypedName] = useState('');
  const [typedPhone, setTypedPhone] = useState('');
  const [deadline, setDeadline] = useState('');
  const [ticketNo, setTicketNo] = useState('');
  const [demand, setDemand] = useState('');
  const [error, setError] = useState<WireError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    call('hotline.list', {}).then(
      (list) => {
        if (live) setHotlines(list);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const deadlineRequired = kind !== undefined && DEADLINE_REQUIRED.has(kind);

  function counterparty(): { ok: true; value: Counterparty } | { ok: false; error: WireError } {
    if (mode === 'typed') return typedCounterparty({ kind: typedKind, name: typedName, phone: typedPhone });
    const hotline = hotlines.find((entry) => entry.id === mode);
    if (hotline === undefined) return { ok: false, error: { code: 'required', message: 'Choose a counterparty.', field: 'counterparty.name' } };
    return { ok: true, value: fromHotline(hotline, t(`reminders.hotline.${hotline.id}`)) };
  }

  async function submit(): Promise<void> {
    if (busy) return;
    if (kind === undefined) {
      setError({ code: 'required', message: 'Choose a kind.', field: 'kind' });
      return;
    }
    if (refunds.length === 0 && preset === undefined && settlement === undefined) {
      setError({ code: 'required', message: 'Link a record.', field: 'links' });
      return;
    }
    const party = counterparty();
    if (!party.ok) {
      setError(party.error);
      return;
    }
    if (deadlineRequired && deadline === '') {
      setError({ code: 'required', message: 'The deadline is required.', field: 'deadline' });
      return;
    }
    const links: CaseLink[] = [
      ...(settlement === undefined ? [] : [{ type: 'settlement' as const, id: settlement.id }]),
      ...refunds.map((refund) => ({ type: 'refund' as const, id: refund.id })),
    ];
    setBusy(true);
    setError(undefined);
    try {
      const view = await call('case.open', {
        requestId,
        kind,
        links,
        counterparty: party.value,
        ...(deadline === '' ? {} : { deadline }),
        ...(ticketNo.trim() === '' ? {} : { ticketNo: ticketNo.trim() }),
        ...(demand.trim() === '' ? {} : { demand: demand.trim() }),
        actor,
      });
      onOpened(view);
    } catch (problem) {
      setError(toWireError(problem));
    } finally {
      setBusy(false);
    }
  }

  const placed = new Set(['kind', 'links', 'counterparty', 'deadline', 'ticketNo', 'demand']);
  const unplaced = error !== undefined && (error.field === undefined || ![...placed].some((field) => error.field === field || error.field?.startsWith(`${field}.`) === true));
  const deadlineError = errorFor(error, 'deadline');
  return (
    <dialog
      ref={dialogRef}
      className="dialog case-open"
      aria-labelledby="case-open-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        className="dialog__body case-open__body"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id="case-open-title" className="dialog__title">
          {t('cases.openDialog.title')}
        </h2>
        <fieldset className="choice case-open__kinds" aria-describedby={errorFor(error, 'kind') === undefined ? undefined : 'case-kind-error'}>
          <legend className="field__label">{t('cases.openDialog.kind')}</legend>
          <div className="case-open__kind-list">
            {CASE_KINDS.map((option) => (
              <label key={option} className={`choice__option case-open__kind${kind === option ? ' choice__option--on' : ''}`}>
                <input
                  type="radio"
                  name="case-kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => {
                    setKind(option);
                    setError(undefined);
                  }}
                />
                <span className="case-open__kind-text">
                  <strong>{t(`cases.kind.${option}`)}</strong>
                  <small>{t(`cases.kindHint.${option}`)}</small>
                </span>
              </label>
            ))}
          </div>
          {errorFor(error, 'kind') === undefined ? null : (
            <p className="field__error" id="case-kind-error" role="alert">
              {t('errors.required')}
            </p>
          )}
        </fieldset>
        {settlement === undefined ? null : (
          <p className="case-open__settlement">
            {t('cases.openDialog.settlementLinked')} <strong>{settlement.label}</strong>
          </p>
        )}
        <LinkPicker preset={preset} refunds={refunds} onChange={setRefunds} error={errorFor(error, 'links')} />
        <fieldset className="case-open__party">
          <legend className="field__label">{t('cases.openDialog.counterparty')}</legend>
          <select
            className="input"
            aria-label={t('cases.openDialog.counterparty')}
            value={mode}
            onChange={(event) => setMode(event.target.value as CounterpartyMode)}
          >
            <option value="typed">{t('cases.openDialog.typed')}</option>
            <optgroup label={t('cases.openDialog.fromDirectory')}>
              {hotlines.map((hotline) => (
                <option key={hotline.id} value={hotline.id}>
                  {t(`reminders.hotline.${hotline.id}`)} {hotline.number}
                </option>
              ))}
            </optgroup>
          </select>
          {mode === 'typed' ? (
            <div className="case-open__typed">
              <label className="field">
                <span className="field__label">{t('cases.openDialog.counterpartyKind')}</span>
                <select className="input" value={typedKind} onChange={(event) => setTypedKind(event.target.value as CounterpartyKind)}>
                  {COUNTERPARTY_KINDS.map((option) => (
                    <option key={option} value={option}>
                      {t(`cases.counterpartyKind.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
              <Field path="counterparty.name" label={t('cases.openDialog.counterpartyName')} error={errorFor(error, 'counterparty.name')}>
                <input
                  id={fieldDomId('counterparty.name')}
                  className="input"
                  value={typedName}
                  maxLength={100}
                  placeholder={t('cases.openDialog.counterpartyNamePlaceholder')}
                  onChange={(event) => setTypedName(event.target.value)}
                />
              </Field>
              <Field path="counterparty.phone" label={t('cases.openDialog.counterpartyPhone')} optional error={errorFor(error, 'counterparty.phone')}>
                <input
                  id={fieldDomId('counterparty.phone')}
                  className="input"
                  value={typedPhone}
                  maxLength={40}
                  inputMode="tel"
                  onChange={(event) => setTypedPhone(event.target.value)}
                />
              </Field>
            </div>
          ) : null}
        </fieldset>
        <div className="case-open__row">
          <Field
            path="deadline"
            label={t('cases.openDialog.deadline')}
            optional={!deadlineRequired}
            hint={deadlineRequired ? t('cases.openDialog.deadlineHint') : t('cases.openDialog.deadlineOptional')}
            error={deadlineError}
          >
            <input
              id={fieldDomId('deadline')}
              type="date"
              className="input"
              value={deadline}
              // Not `required`: the browser's own bubble would stop the submit before the app's words could say why.
              aria-required={deadlineRequired}
              aria-describedby={describedBy('deadline', { hint: true, error: deadlineError !== undefined })}
              onChange={(event) => {
                setDeadline(event.target.value);
                setError(undefined);
              }}
            />
          </Field>
          <Field path="ticketNo" label={t('cases.openDialog.ticketNo')} optional error={errorFor(error, 'ticketNo')}>
            <input id={fieldDomId('ticketNo')} className="input" value={ticketNo} maxLength={64} onChange={(event) => setTicketNo(event.target.value)} />
          </Field>
        </div>
        {deadlineError?.code === 'required' ? (
          <p className="field__error" role="alert">
            {t('cases.openDialog.deadlineRequired')}
          </p>
        ) : null}
        <Field path="demand" label={t('cases.openDialog.demand')} optional error={errorFor(error, 'demand')}>
          <textarea
            id={fieldDomId('demand')}
            className="input input--note"
            rows={2}
            maxLength={1000}
            value={demand}
            placeholder={t('cases.openDialog.demandPlaceholder')}
            onChange={(event) => setDemand(event.target.value)}
          />
        </Field>
        {unplaced && error !== undefined ? <ErrorBanner error={error} /> : null}
        <div className="dialog__buttons">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('cases.openDialog.saving') : t('cases.openDialog.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
