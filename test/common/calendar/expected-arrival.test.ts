import { describe, expect, it } from 'vitest';
import { arrivalTable } from '../../../electron/common/calendar/arrival-windows';
import { doneAt, expectedArrival } from '../../../electron/common/calendar/expected-arrival';
import type { ArrivalRefund } from '../../../electron/common/calendar/expected-arrival';
import { createWorkingCalendar } from '../../../electron/common/calendar/working-calendar';
import { parseScheduleFile } from '../../../electron/common/calendar/year-schedule';
import type { Channel, RefundType } from '../../../electron/common/domain/types';
import { OFFICIAL_2025, OFFICIAL_2026, TEST_2027_FILE } from '../../fixtures/calendar/official-schedules';

const calendar = createWorkingCalendar({ schedules: [OFFICIAL_2025, OFFICIAL_2026], closures: ['2026-10-12'] });
const table = arrivalTable([]);
const NOW = new Date('2026-11-20T02:00:00.000Z'); // Friday 10:00 in Shanghai

/** Done at 15:00 Shanghai on the given day. */
function doneRefund(type: RefundType, day: string): ArrivalRefund {
  return {
    type,
    status: 'done',
    events: [
      { kind: 'created', at: `${day}T01:00:00.000Z` },
      { kind: 'status_changed', to: 'done', at: `${day}T07:00:00.000Z` },
    ],
  };
}

const arrival = (channel: Channel, type: RefundType, day = '2026-11-20') => expectedArrival(doneRefund(type, day), { channel }, table, calendar, NOW);

describe('expectedArrival', () => {
  it('counts a card refund done on the eve of National Day 2026 as 3–5 working days on the banks’ calendar', () => {
    const result = arrival('unionpay_debit', 'card_refund', '2026-09-30');
    // 10-12 is a shop closure: banks still work, so it counts.
    expect(result).toEqual({
      precision: 'date',
      earliest: '2026-10-10',
      latest: '2026-10-13',
      beyondCoverage: false,
      basis: {
        rows: [{ route: 'unionpay_refund', window: { unit: 'working_days', min: 3, max: 5 }, source: 'agent' }],
        from: 'done',
        fromAt: '2026-09-30T07:00:00.000Z',
      },
    });
  });

  it('gives minutes as instants for a void, WeChat 零钱 and cash', () => {
    const voided = arrival('unionpay_debit', 'void');
    expect(voided).toMatchObject({ precision: 'instant', earliest: '2026-11-20T07:00:00.000Z', latest: '2026-11-20T07:10:00.000Z' });
    expect(expectedArrival(doneRefund('qr_refund', '2026-11-20'), { channel: 'wechat', funding: 'balance' }, table, calendar, NOW)).toMatchObject({
      precision: 'instant',
      latest: '2026-11-20T07:05:00.000Z',
    });
    expect(arrival('cash', 'cash_refund')).toMatchObject({ earliest: '2026-11-20T07:00:00.000Z', latest: '2026-11-20T07:00:00.000Z' });
  });

  it('spans both WeChat routes when how the customer paid is not known', () => {
    const result = arrival('wechat', 'qr_refund');
    expect(result).toMatchObject({ precision: 'date', earliest: '2026-11-20', latest: '2026-11-25' });
    expect(result.basis.rows.map((row) => row.route)).toEqual(['wechat_balance', 'wechat_card']);
  });

  it('uses 1–3 working days for 云闪付 and WeChat paid by card', () => {
    expect(arrival('unionpay_qr', 'qr_refund')).toMatchObject({ earliest: '2026-11-23', latest: '2026-11-25' });
    expect(expectedArrival(doneRefund('qr_refund', '2026-11-20'), { channel: 'wechat', funding: 'debit_card' }, table, calendar, NOW)).toMatchObject({
      earliest: '2026-11-23',
      latest: '2026-11-25',
    });
  });

  it('says unknown instead of guessing for a credit card, Alipay by card and the other channel', () => {
    expect(arrival('unionpay_credit', 'card_refund')).toMatchObject({ unknown: true, basis: { rows: [{ route: 'credit_card', source: 'unverified' }] } });
    expect(arrival('alipay', 'qr_refund').unknown).toBe(true);
    expect(expectedArrival(doneRefund('qr_refund', '2026-11-20'), { channel: 'alipay', funding: 'balance' }, table, calendar, NOW)).toMatchObject({
      precision: 'instant',
      earliest: '2026-11-20T07:00:00.000Z',
    });
    expect(arrival('other', 'other').unknown).toBe(true);
  });

  it('counts from now before the refund is done, and says so', () => {
    const recorded: ArrivalRefund = { type: 'card_refund', status: 'recorded', events: [{ kind: 'created', at: '2026-11-19T01:00:00.000Z' }] };
    const result = expectedArrival(recorded, { channel: 'unionpay_debit' }, table, calendar, NOW);
    expect(result).toMatchObject({ earliest: '2026-11-25', latest: '2026-11-27', basis: { from: 'now', fromAt: NOW.toISOString() } });
  });

  it('counts from the latest done event of a retried refund', () => {
    const retried: ArrivalRefund = {
      type: 'card_refund',
      status: 'done',
      events: [
        { kind: 'status_changed', to: 'done', at: '2026-11-02T07:00:00.000Z' },
        { kind: 'status_changed', to: 'failed', at: '2026-11-09T07:00:00.000Z' },
        { kind: 'status_changed', to: 'done', at: '2026-11-16T07:00:00.000Z' },
      ],
    };
    expect(doneAt(retried)).toBe('2026-11-16T07:00:00.000Z');
  });

  it('flags a window that reaches into 2027 until the owner loads the year', () => {
    const late = arrival('unionpay_debit', 'card_refund', '2026-12-29');
    expect(late).toMatchObject({ earliest: '2027-01-01', latest: '2027-01-05', beyondCoverage: true });
    const loaded = createWorkingCalendar({ schedules: [OFFICIAL_2026, parseScheduleFile(TEST_2027_FILE)] });
    expect(expectedArrival(doneRefund('card_refund', '2026-12-29'), { channel: 'unionpay_debit' }, table, loaded, NOW)).toMatchObject({
      earliest: '2027-01-04',
      latest: '2027-01-06',
      beyondCoverage: false,
    });
  });

  it('follows the owner’s table, recomputed when it changes', () => {
    const edited = arrivalTable([{ route: 'unionpay_refund', window: { unit: 'working_days', min: 1, max: 2 } }, { route: 'cash' }]);
    const result = expectedArrival(doneRefund('card_refund', '2026-09-30'), { channel: 'unionpay_debit' }, edited, calendar, NOW);
    expect(result).toMatchObject({ earliest: '2026-10-08', latest: '2026-10-09', basis: { rows: [{ source: 'owner' }] } });
    expect(expectedArrival(doneRefund('cash_refund', '2026-09-30'), { channel: 'cash' }, edited, calendar, NOW).unknown).toBe(true);
  });
});

describe('arrivalTable defaults', () => {
  it('carries DOMAIN §3.2 with a source on every row', () => {
    const byRoute = Object.fromEntries(table.map((row) => [row.route, row]));
    expect(byRoute['wechat_balance']).toMatchObject({ window: { unit: 'minutes', min: 0, max: 5 }, source: 'official', isDefault: true });
    expect(byRoute['wechat_card']).toMatchObject({ window: { unit: 'working_days', min: 1, max: 3 }, source: 'official' });
    expect(byRoute['alipay_balance']).toMatchObject({ window: { unit: 'minutes', min: 0, max: 0 }, source: '3rd' });
    expect(byRoute['alipay_card']?.window).toBeUndefined();
    expect(byRoute['unionpay_void']).toMatchObject({ window: { unit: 'minutes', min: 0, max: 10 }, source: 'agent' });
    expect(byRoute['unionpay_refund']).toMatchObject({ window: { unit: 'working_days', min: 3, max: 5 }, source: 'agent' });
    expect(byRoute['unionpay_qr']).toMatchObject({ window: { unit: 'working_days', min: 1, max: 3 }, source: '3rd' });
    expect(byRoute['credit_card']).toMatchObject({ source: 'unverified' });
    expect(byRoute['credit_card']?.window).toBeUndefined();
    expect(byRoute['huabei']?.window).toBeUndefined();
    expect(byRoute['cash']).toMatchObject({ window: { unit: 'minutes', min: 0, max: 0 } });
  });
});
