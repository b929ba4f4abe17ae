import { useTranslation } from 'react-i18next';
import type { SettlementMonth, SettlementTotals } from '../../../electron/common/ipc/contract';
import { yuan } from '../../lib/format';

/** The month at a glance: expected, received, outstanding, short, late days; then the same per account. */
export function SettlementTotalsPanel({ data }: { readonly data: SettlementMonth }) {
  const { t } = useTranslation();
  const { totals } = data;
  const tiles: readonly { readonly key: string; readonly label: string; readonly value: string; readonly alert: boolean }[] = [
    { key: 'expectedNet', label: t('settlements.totals.expectedNet'), value: yuan(totals.expectedNet), alert: false },
    { key: 'received', label: t('settlements.totals.received'), value: yuan(totals.received), alert: false },
    { key: 'outstanding', label: t('settlements.totals.outstanding'), value: yuan(totals.outstanding), alert: false },
    { key: 'short', label: t('settlements.totals.short'), value: yuan(totals.short), alert: totals.short > 0 },
    { key: 'lateDays', label: t('settlements.totals.lateDays'), value: String(totals.lateDays), alert: totals.lateDays > 0 },
  ];
  return (
    <section className="settlement-totals" aria-labelledby="settlement-totals-title">
      <h2 id="settlement-totals-title" className="visually-hidden">
        {t('settlements.totals.title')}
      </h2>
      <dl className="settlement-totals__tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className={`settlement-tile${tile.alert ? ' settlement-tile--alert' : ''}`} data-total={tile.key}>
            <dt>{tile.label}</dt>
            <dd>{tile.value}</dd>
          </div>
        ))}
      </dl>
      {data.byAccount.length < 2 ? null : (
        <table className="settlement-by-account">
          <caption>{t('settlements.totals.byAccount')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settlements.table.account')}</th>
              <th scope="col" className="num">
                {t('settlements.totals.expectedNet')}
              </th>
              <th scope="col" className="num">
                {t('settlements.totals.received')}
              </th>
              <th scope="col" className="num">
                {t('settlements.totals.outstanding')}
              </th>
              <th scope="col" className="num">
                {t('settlements.totals.short')}
              </th>
              <th scope="col" className="num">
                {t('settlements.totals.lateDays')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.byAccount.map((entry) => (
              <AccountRow key={entry.accountId} name={entry.accountName} totals={entry.totals} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function AccountRow({ name, totals }: { readonly name: string; readonly totals: SettlementTotals }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">
        {name} <small className="cell--muted">{t('settlements.totals.days', { days: totals.days })}</small>
      </th>
      <td className="num">{yuan(totals.expectedNet)}</td>
      <td className="num">{yuan(totals.received)}</td>
      <td className="num">{yuan(totals.outstanding)}</td>
      <td className={`num${totals.short > 0 ? ' text--danger' : ''}`}>{yuan(totals.short)}</td>
      <td className={`num${totals.lateDays > 0 ? ' text--danger' : ''}`}>{totals.lateDays}</td>
    </tr>
  );
}
