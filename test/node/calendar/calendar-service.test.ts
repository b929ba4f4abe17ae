import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArrivalRefund } from '../../../electron/common/calendar/expected-arrival';
import { DomainError } from '../../../electron/common/domain/errors';
import { CalendarStore } from '../../../electron/node/calendar/calendar-store';
import { createCalendarService } from '../../../electron/node/calendar/calendar-service';
import type { CalendarService } from '../../../electron/node/calendar/calendar-service';
import { FixedClock } from '../../support/fixed-clock';
import { makeTempDir, removeTempDir } from '../../support/storage-temp-dir';
import { TEST_2027_FILE } from '../../fixtures/calendar/official-schedules';

const refund: ArrivalRefund = {
  type: 'card_refund',
  status: 'done',
  events: [{ kind: 'status_changed', to: 'done', at: '2026-12-29T07:00:00.000Z' }],
};

describe('calendar service on a real data folder', () => {
  let dir: string;
  let owner: boolean;
  const clock = new FixedClock('2026-11-22T04:00:00.000Z');

  async function open(): Promise<CalendarService> {
    const store = await CalendarStore.open({ dataDir: dir, now: () => clock.now() });
    return createCalendarService({
      store,
      clock,
      refundOf: (id) => {
        if (id !== 'r1') throw new DomainError('not_found', 'No such refund.');
        return { refund, payment: { channel: 'unionpay_debit' } };
      },
      requireOwner: () => {
        if (!owner) throw new DomainError('not_owner', 'Only an owner can do this.');
      },
    });
  }

  beforeEach(async () => {
    dir = await makeTempDir('refunddesk-calendar-');
    owner = true;
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  it('says 2027 is missing, then covers it after the owner loads a file, also after a restart', async () => {
    const service = await open();
    const before = await service.handlers['calendar.info']({});
    expect(before).toMatchObject({ builtin: { from: 2004, to: 2026 }, todayCoverage: 'covered', nextMissingYear: 2027, loadedYears: [] });
    expect(await service.handlers['refund.expectedArrival']({ id: 'r1' })).toMatchObject({ beyondCoverage: true });

    const after = await service.handlers['calendar.loadYear']({ fileName: '2027.json', text: TEST_2027_FILE });
    expect(after.loadedYears).toEqual([{ year: 2027, holidays: 14, workdays: 3, fileName: '2027.json', loadedAt: '2026-11-22T04:00:00.000Z' }]);
    expect(after.nextMissingYear).toBe(2028);
    expect(await service.handlers['refund.expectedArrival']({ id: 'r1' })).toMatchObject({ earliest: '2027-01-04', latest: '2027-01-06', beyondCoverage: false });

    const reopened = await open();
    expect(reopened.calendar().coverage('2027-03-01')).toBe('covered');
    expect(reopened.calendar().isWorkingDay('2027-01-01').working).toBe(false);
  });

  it('refuses a bad file and keeps what it had', async () => {
    const service = await open();
    await expect(service.handlers['calendar.loadYear']({ fileName: 'x.json', text: '{"year":2027}' })).rejects.toMatchObject({ code: 'calendar_file_invalid' });
    expect((await service.handlers['calendar.info']({})).loadedYears).toEqual([]);
  });

  it('lets only an owner change the calendar', async () => {
    owner = false;
    const service = await open();
    await expect(service.handlers['calendar.setClosures']({ dates: ['2026-12-01'] })).rejects.toMatchObject({ code: 'not_owner' });
    await expect(service.handlers['calendar.loadYear']({ fileName: 'x.json', text: TEST_2027_FILE })).rejects.toMatchObject({ code: 'not_owner' });
  });

  it('stores closures and table changes, and estimates follow the table at once', async () => {
    const service = await open();
    const closures = await service.handlers['calendar.setClosures']({ dates: ['2026-12-02', '2026-12-01', '2026-12-01'] });
    expect(closures.closures).toEqual(['2026-12-01', '2026-12-02']);
    expect(service.calendar().isWorkingDay('2026-12-01').reason).toBe('closure');

    const edited = await service.handlers['calendar.setArrivalTable']({
      overrides: [{ route: 'unionpay_refund', window: { unit: 'working_days', min: 1, max: 1 } }],
    });
    expect(edited.table.find((row) => row.route === 'unionpay_refund')).toMatchObject({ source: 'owner', isDefault: false });
    expect(await service.handlers['refund.expectedArrival']({ id: 'r1' })).toMatchObject({ earliest: '2026-12-30', latest: '2026-12-30' });

    const reopened = await open();
    expect(reopened.table().find((row) => row.route === 'unionpay_refund')?.window).toEqual({ unit: 'working_days', min: 1, max: 1 });
    await expect(reopened.handlers['refund.expectedArrival']({ id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps an estimate counted from the day a refund was done until the calendar changes; one not yet done follows the clock', async () => {
    const service = await open();
    const payment = { channel: 'unionpay_debit' as const };
    const first = service.expectedArrivalOf(refund, payment);
    expect(service.expectedArrivalOf(refund, payment)).toBe(first);

    await service.handlers['calendar.setArrivalTable']({ overrides: [{ route: 'unionpay_refund', window: { unit: 'working_days', min: 1, max: 1 } }] });
    const edited = service.expectedArrivalOf(refund, payment);
    expect(edited).toMatchObject({ earliest: '2026-12-30', latest: '2026-12-30' });
    // A different payment object (the record changed) is worked out again.
    expect(service.expectedArrivalOf(refund, { ...payment })).not.toBe(edited);

    const notDone: ArrivalRefund = { type: 'card_refund', status: 'approved', events: [] };
    const today = service.expectedArrivalOf(notDone, payment);
    clock.advance(7 * 86_400_000);
    const nextWeek = service.expectedArrivalOf(notDone, payment);
    expect(nextWeek.basis.fromAt).not.toBe(today.basis.fromAt);
    clock.set('2026-11-22T04:00:00.000Z');
  });
});
