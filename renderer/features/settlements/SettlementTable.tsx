import { useTranslation } from 'react-i18next';
import { fen } from '../../../electron/common/domain/money';
import type { Fen } from '../../../electron/common/domain/money';
import type { SettlementView } from '../../../electron/common/ipc/contract';
import { yuan } from '../../lib/format';
import { SettlementStateBadge } from './SettlementStateBadge';

interface SettlementTableProps {
  readonly caption: string;
  readonly rows: readonly SettlementView[];
  readonly onReceive: (view: SettlementView) => void;
  readonly onCorrect: (view: SettlementView) => void;
  /** Late or short days only: open a case (S4 paid but not received) about this day. */
  readonly onOpenCase: (view: SettlementView) => void;
}

const STANDS_OUT = new Set(['late', 'short']);

/** `-¥79.26` / `+¥0.50` / `¥0.00`: the sign before the currency, as a statement prints it. */
function signedYuan(amount: Fen): string {
  if (amount === 0) return yuan(amount);
  return `${amount < 0 ? '-' : '+'}${yuan(fen(Math.abs(amount)))}`;
}

/** A month's days, one row per account and business day: what should come, by when, and what came. */
export function SettlementTable({ caption, rows, onReceive, onCorrect, onOpenCase }: SettlementTableProps) {
  const { t } = useTranslation();
  return (
    <div className="settlement-table__wrap">
      <table className="settlement-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settlements.table.businessDate')}</th>
            <th scope="col">{t('settlements.table.account')}</th>
            <th scope="col" className="num">
              {t('settlements.table.sales')}
            </th>
            <th scope="col" className="num">
              {t('settlements.table.refunds')}
            </th>
            <th scope="col" className="num">
              {t('settlements.table.fee')}
            </th>
            <th scope="col" className="num">
              {t('settlements.table.expectedNet')}
            </th>
            <th scope="col">{t('settlements.table.expectedBy')}</th>
            <th scope="col" className="num">
              {t('settlements.table.received')}
            </th>
            <th scope="col" className="num">
              {t('settlements.table.difference')}
            </th>
            <th scope="col">{t('settlements.table.state')}</th>
            <th scope="col">{t('settlements.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((view) => (
            <SettlementRow key={view.day.id} view={view} onReceive={() => onReceive(view)} onCorrect={() => onCorrect(view)} onOpenCase={() => onOpenCase(view)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface SettlementRowProps {
  readonly view: SettlementView;
  readonly onReceive: () => void;
  readonly onCorrect: () => void;
  readonly onOpenCase: () => void;
}

function SettlementRow({ view, onReceive, onCorrect, onOpenCase }: SettlementRowProps) {
  const { t } = useTranslation();
  const { day } = view;
  const difference = view.difference;
  return (
    <tr className={`settlement-row settlement-row--${view.state}${STANDS_OUT.has(view.state) ? ' settlement-row--alert' : ''}`} data-settlement-id={day.id}>
      <th scope="row" className="cell--mono">
        {day.businessDate}
        {day.batchNo === undefined ? null : <small className="settlement-row__sub">{t('settlements.table.batch', { batchNo: day.batchNo })}</small>}
      </th>
      <td>{view.accountName}</td>
      <td className="num">
        {yuan(day.takings.salesAmount)}
        <small className="settlement-row__sub">{t('settlements.table.count', { n: day.takings.salesCount })}</small>
      </td>
      <td className="num">
        {day.takings.refundsAmount === 0 ? <span className="cell--muted">{t('common.none')}</span> : yuan(day.takings.refundsAmount)}
        {day.takings.refundsCount === 0 ? null : <small className="settlement-row__sub">{t('settlements.table.count', { n: day.takings.refundsCount })}</small>}
      </td>
      <td className="num">{yuan(day.expectedFee)}</td>
      <td className="num settlement-row__net">{yuan(day.expectedNet)}</td>
      <td className="cell--mono">
        {view.expectedBy}
        {view.beyondCoverage ? (
          <small className="settlement-row__coverage" title={t('settlements.table.beyondCoverageHint')}>
            {t('settlements.table.beyondCoverage')}*
          </small>
        ) : null}
      </td>
      <td className="num">
        {day.received === undefined ? (
          <span className="cell--muted">{t('settlements.table.notYet')}</span>
        ) : (
          <>
            {yuan(day.received.amount)}
            <small className="settlement-row__sub cell--mono">{day.received.date}</small>
          </>
        )}
      </td>
      <td className={`num${view.state === 'short' ? ' text--danger' : view.state === 'received' ? ' cell--muted' : ''}`}>
        {difference === undefined ? <span className="cell--muted">{t('common.none')}</span> : signedYuan(difference)}
      </td>
      <td>
        <SettlementStateBadge state={view.state} />
        {view.state === 'late' && view.lateWorkingDays !== undefined ? (
          <small className="settlement-row__sub text--danger">{t('settlements.table.lateBy', { days: view.lateWorkingDays })}</small>
        ) : null}
      </td>
      <td>
        <div className="settlement-row__actions">
          <button type="button" className="button button--small" onClick={onReceive}>
            {t('settlements.received.action')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onCorrect}>
            {t('settlements.correct.action')}
          </button>
          {STANDS_OUT.has(view.state) ? (
            <button type="button" className="button button--small button--quiet" onClick={onOpenCase}>
              {t('settlements.openCase')}
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
