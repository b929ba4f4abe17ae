import { describe, expect, it } from 'vitest';
import type { CounterSettings } from '../../../electron/common/domain/counter-settings';
import { adviseRoute, batchClosesAt } from '../../../electron/common/domain/refund-route';

const settings: CounterSettings = {
  terminals: [
    { terminalNo: '12345678', acquirer: '银联商务', cutoff: '23:00' },
    { terminalNo: '87654321', acquirer: '拉卡拉' },
  ],
  acquirers: [],
};

/** Local wall-clock time, so the test means the same in any time zone. */
const at = (day: number, hour: number, minute: number) => new Date(2026, 10, day, hour, minute);

function advise(paidAt: string, now: Date, terminalNo: string | undefined = '12345678', earlierRefunds = 0) {
  return adviseRoute({ channel: 'unionpay_debit', paidAt, terminalNo, now, settings, earlierRefunds });
}

describe('void or refund around the settlement cutoff', () => {
  it('proposes a void for a sale paid today before the cutoff while the batch is open', () => {
    expect(advise('2026-11-20T10:00', at(20, 15, 0))).toEqual({
      kind: 'void',
      reason: 'same_batch',
      cutoff: '23:00',
      closesAt: '2026-11-20T23:00',
    });
  });

  it('a sale at 22:59 seen at 23:01: the batch has settled, only a card refund', () => {
    expect(advise('2026-11-20T22:59', at(20, 23, 1))).toMatchObject({ kind: 'card_refund', reason: 'settled_today', cutoff: '23:00' });
  });

  it('a sale at 23:59 with cutoff 23:00 belongs to the next batch: a void is still possible the next day before 23:00', () => {
    expect(batchClosesAt(at(20, 23, 59), 23 * 60)).toEqual(at(21, 23, 0));
    expect(advise('2026-11-20T23:59', at(21, 9, 0))).toEqual({
      kind: 'void',
      reason: 'next_batch',
      cutoff: '23:00',
      closesAt: '2026-11-21T23:00',
    });
    expect(advise('2026-11-20T23:59', at(21, 23, 0))).toMatchObject({ kind: 'card_refund', reason: 'settled_today' });
  });

  it('a sale exactly at the cutoff is in the next batch', () => {
    expect(advise('2026-11-20T23:00', at(20, 23, 30))).toMatchObject({ kind: 'void', reason: 'next_batch' });
  });

  it('the next day, a sale from before yesterday’s cutoff can only be refunded', () => {
    expect(advise('2026-11-20T10:00', at(21, 9, 0))).toEqual({
      kind: 'card_refund',
      reason: 'settled_earlier',
      cutoff: '23:00',
      closedAt: '2026-11-20T23:00',
    });
  });

  it('after an earlier refund of the payment only a card refund is left', () => {
    expect(advise('2026-11-20T10:00', at(20, 11, 0), '12345678', 1)).toEqual({ kind: 'card_refund', reason: 'already_refunded' });
  });

  it('says so when the cutoff is unknown instead of guessing', () => {
    expect(advise('2026-11-20T10:00', at(20, 11, 0), '87654321')).toEqual({
      kind: 'unknown',
      reason: 'cutoff_unknown',
      terminalNo: '87654321',
    });
    expect(advise('2026-11-20T10:00', at(20, 11, 0), '99999999')).toEqual({
      kind: 'unknown',
      reason: 'terminal_unknown',
      terminalNo: '99999999',
    });
  });

  it('with an unknown cutoff, a sale more than 24 hours old is settled whatever the cutoff', () => {
    expect(advise('2026-11-18T10:00', at(20, 11, 0), '87654321')).toEqual({ kind: 'card_refund', reason: 'older_than_a_day' });
  });

  it('uses the only terminal when the terminal no. was not typed, and stays silent for QR payments', () => {
    const one: CounterSettings = { terminals: [{ terminalNo: '1', acquirer: 'A', cutoff: '22:00' }], acquirers: [] };
    expect(adviseRoute({ channel: 'unionpay_credit', paidAt: '2026-11-20T10:00', terminalNo: undefined, now: at(20, 12, 0), settings: one, earlierRefunds: 0 })).toMatchObject({ kind: 'void' });
    expect(adviseRoute({ channel: 'wechat', paidAt: '2026-11-20T10:00', terminalNo: undefined, now: at(20, 12, 0), settings: one, earlierRefunds: 0 })).toEqual({ kind: 'none' });
  });
});
