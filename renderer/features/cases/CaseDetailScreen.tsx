import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_TRANSITIONS, caseStatusNeedsNote } from '../../../electron/common/cases/case-status';
import type { Case, CaseStatus } from '../../../electron/common/cases/case';
import type { WireError } from '../../../electron/common/domain/errors';
import type { Hotline } from '../../../electron/common/reminders/hotlines';
import { call } from '../../bridge';
import { errorMessage } from '../../i18n/error-message';
import { formatInstant } from '../../lib/format';
import { currentOperator, operatorNames, useApp } from '../app/app-context';
import { ContactLogForm } from '../refunds/detail/ContactLogForm';
import { CaseEvidence } from './CaseEvidence';
import { CaseContacts, CaseLinked, CaseTimeline } from './CaseHistory';
import { CaseStatusBadge } from './CaseStatusBadge';
import { PacketPanel } from './PacketPanel';
import { daysLeftText, isDeadlineUrgent, missingText } from './case-text';
import { useCaseDetail } from './use-case-detail';
import '../../styles/cases.css';
import '../../styles/detail.css';
import { DetailPlaceholder } from '../../components/DetailPlaceholder';

/** One case: who, what, by when; the evidence and what is missing; the contacts; the packet. */
export function CaseDetailScreen({ id }: { readonly id: string }) {
  const { t, i18n } = useTranslation();
  const { settings, navigate } = useApp();
  const { state, change, reload, busy } = useCaseDetail(id);
  const [actor, setActor] = useState(() => currentOperator(settings));
  const [hotlines, setHotlines] = useState<readonly Hotline[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = state.kind === 'ready';

  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

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

  const backButton = (
    <button type="button" className="button button--quiet" onClick={() => navigate({ name: 'cases' })}>
      ← {t('cases.detail.back')}
    </button>
  );
  if (state.kind !== 'ready') {
    return <DetailPlaceholder back={backButton} loadingText={t('cases.loading')} {...(state.kind === 'failed' ? { error: state.error } : {})} />;
  }

  const { view } = state;
  const kase = view.case;
  const hotline = kase.counterparty.hotlineId === undefined ? undefined : hotlines.find((entry) => entry.id === kase.counterparty.hotlineId);
  const phone = hotline?.number ?? kase.counterparty.phone;
  return (
    <main className="screen screen--case" aria-labelledby="case-title">
      <div className="screen__header">
        {backButton}
        <h1 id="case-title" className="screen__title" tabIndex={-1} ref={headingRef}>
          {t('cases.detail.title', { number: kase.number })}
        </h1>
        <span className="case-kind-tag">{t(`cases.kind.${kase.kind}`)}</span>
        <CaseStatusBadge status={kase.status} />
      </div>
      <div className="detail">
        <div className="detail__main">
          <section className="card case-facts" aria-labelledby="case-facts-title">
            <h2 id="case-facts-title" className="visually-hidden">
              {t('cases.detail.title', { number: kase.number })}
            </h2>
            <dl className="case-facts__list">
              <div>
                <dt>{t('cases.detail.kind')}</dt>
                <dd>
                  {t(`cases.kind.${kase.kind}`)}
                  <small className="case-facts__hint">{t(`cases.kindHint.${kase.kind}`)}</small>
                </dd>
              </div>
              <div>
                <dt>{t('cases.detail.counterparty')}</dt>
                <dd>
                  {kase.counterparty.name} <small>({t(`cases.counterpartyKind.${kase.counterparty.kind}`)})</small>
                  {phone === undefined ? null : <strong className="cell--mono case-facts__phone">{t('cases.detail.hotline', { number: phone })}</strong>}
                </dd>
              </div>
              <div>
                <dt>{t('cases.detail.deadline')}</dt>
                <dd className={isDeadlineUrgent(view.summary.daysLeft) ? 'case-deadline case-deadline--urgent' : 'case-deadline'} data-testid="case-deadline">
                  {kase.deadline === undefined ? (
                    t('cases.days.none')
                  ) : (
                    <>
                      <span className="cell--mono">{kase.deadline}</span> <span className="case-deadline__days">{daysLeftText(i18n, view.summary.daysLeft)}</span>
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('cases.detail.ticketNo')}</dt>
                <dd className="cell--mono">{kase.ticketNo ?? t('cases.detail.ticketNone')}</dd>
              </div>
              {kase.demand === undefined ? null : (
                <div>
                  <dt>{t('cases.detail.demand')}</dt>
                  <dd className="case-facts__demand">{kase.demand}</dd>
                </div>
              )}
              <div>
                <dt>{t('cases.column.missing')}</dt>
                <dd className={view.summary.missing > 0 ? 'text--danger' : 'text--ok'}>{missingText(i18n, view.summary.missing)}</dd>
              </div>
            </dl>
            <p className="field__hint">{t('cases.detail.openedAt', { when: formatInstant(kase.createdAt) })}</p>
          </section>
          <CaseEvidence
            caseId={kase.id}
            checklist={view.checklist}
            attachments={view.attachments}
            busy={busy}
            onAdd={(file, evidence) =>
              change(() => call('case.addAttachment', { id: kase.id, name: file.name, bytes: file.bytes, actor, ...(evidence === undefined ? {} : { evidence }) }))
            }
            onMark={(item, reason) => change(() => call('case.markEvidence', { id: kase.id, item, reason, actor }))}
          />
          <PacketPanel key={kase.id} view={view} actor={actor} change={change} reload={reload} />
        </div>
        <div className="detail__side">
          <section className="card card--actions" aria-labelledby="case-actions-title">
            <div className="card__header">
              <h2 id="case-actions-title" className="card__title">
                {t('detail.actions')}
              </h2>
              <label className="actor">
                <span className="toolbar__label">{t('cases.detail.actingAs')}</span>
                <select className="input input--small" value={actor} onChange={(event) => setActor(event.target.value)}>
                  {operatorNames(settings).map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <StatusChange
              kase={kase}
              busy={busy}
              onChange={(to, note) => change(() => call('case.setStatus', { id: kase.id, to, actor, ...(note === '' ? {} : { note }) }))}
            />
            <CaseEdit
              kase={kase}
              busy={busy}
              onSave={(patch) => change(() => call('case.update', { id: kase.id, actor, ...patch }))}
            />
          </section>
          <section className="card" aria-labelledby="case-contacts-title">
            <h2 id="case-contacts-title" className="card__title">
              {t('cases.contacts.title')}
            </h2>
            <CaseContacts events={kase.events} />
            <ContactLogForm busy={busy} onLog={(contact) => change(() => call('case.logContact', { id: kase.id, contact, actor }))} />
          </section>
          <CaseLinked linked={view.linked} onOpenRefund={(refundId) => navigate({ name: 'detail', id: refundId })} />
          <CaseTimeline events={kase.events} chainValid={view.chainValid} />
        </div>
      </div>
    </main>
  );
}

/** 改为: exactly the moves CASE_TRANSITIONS allows; closing or reopening asks why. */
function StatusChange({
  kase,
  busy,
  onChange,
}: {
  readonly kase: Case;
  readonly busy: boolean;
  readonly onChange: (to: CaseStatus, note: string) => Promise<WireError | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const allowed = CASE_TRANSITIONS[kase.status];
  const [to, setTo] = useState<CaseStatus | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<WireError | undefined>(undefined);
  const needsNote = to !== '' && caseStatusNeedsNote(kase.status, to);
  return (
    <div className="case-status-change">
      <label className="field">
        <span className="field__label">{t('cases.detail.changeStatus')}</span>
        <select className="input" value={to} onChange={(event) => setTo(event.target.value as CaseStatus | '')}>
          <option value="">—</option>
          {allowed.map((status) => (
            <option key={status} value={status}>
              {t(`cases.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {to === '' ? null : (
        <>
          <label className="field__label" htmlFor="case-status-note">
            {t('cases.detail.statusNote')}
            {needsNote ? null : <span className="field__optional">（{t('common.optional')}）</span>}
          </label>
          <textarea
            id="case-status-note"
            className="input input--note"
            rows={2}
            maxLength={2000}
            value={note}
            placeholder={t('cases.detail.statusNotePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
          {needsNote ? <p className="field__hint">{t('cases.detail.statusNoteRequired')}</p> : null}
          {error === undefined ? null : (
            <p className="field__error" role="alert">
              {errorMessage(i18n, error)}
            </p>
          )}
          <button
            type="button"
            className="button"
            disabled={busy || (needsNote && note.trim() === '')}
            onClick={() => {
              void onChange(to, note.trim()).then((problem) => {
                setError(problem);
                if (problem === undefined) {
                  setTo('');
                  setNote('');
                }
              });
            }}
          >
            {t('cases.detail.applyStatus')}
          </button>
        </>
      )}
    </div>
  );
}

/** The deadline (a new notice moves it) and the ticket number the counterparty gave. */
function CaseEdit({
  kase,
  busy,
  onSave,
}: {
  readonly kase: Case;
  readonly busy: boolean;
  readonly onSave: (patch: { deadline?: string; ticketNo?: string }) => Promise<WireError | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [deadline, setDeadline] = useState(kase.deadline ?? '');
  const [ticketNo, setTicketNo] = useState(kase.ticketNo ?? '');
  const [error, setError] = useState<WireError | undefined>(undefined);
  if (!open) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t('cases.detail.edit')}
      </button>
    );
  }
  const patch = {
    ...(deadline !== '' && deadline !== kase.deadline ? { deadline } : {}),
    ...(ticketNo.trim() !== '' && ticketNo.trim() !== kase.ticketNo ? { ticketNo: ticketNo.trim() } : {}),
  };
  return (
    <div className="case-edit">
      <label className="field">
        <span className="field__label">{t('cases.openDialog.deadline')}</span>
        <input type="date" className="input" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        <span className="field__hint">{t('cases.openDialog.deadlineHint')}</span>
      </label>
      <label className="field">
        <span className="field__label">{t('cases.openDialog.ticketNo')}</span>
        <input className="input" value={ticketNo} maxLength={64} onChange={(event) => setTicketNo(event.target.value)} />
      </label>
      {error === undefined ? null : (
        <p className="field__error" role="alert">
          {errorMessage(i18n, error)}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={busy || Object.keys(patch).length === 0}
        onClick={() => {
          void onSave(patch).then((problem) => {
            setError(problem);
            if (problem === undefined) setOpen(false);
          });
        }}
      >
        {t('cases.detail.saveEdit')}
      </button>
    </div>
  );
}
