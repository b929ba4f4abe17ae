/**
 * Measurements through the handlers main registers (openAppServices): a saved change to a refund
 * (`refund.logContact`: appended, hash-chained, durably saved with fsync), list search and filters
 * (`refund.list`) and today's reminders (`reminder.list`). Run inside the bundled child (open-child.ts), so the
 * code measured is built the way main's bundle is, not through a TypeScript loader.
 */
import { addDays } from '../../../electron/common/calendar/iso-date';
import { formatLocalMinute } from '../../../electron/common/domain/local-time';
import type { RefundListQuery } from '../../../electron/common/ipc/contract';
import type { AppServices } from '../../../electron/node/app-services';
import { measure, timingOf } from './stats';
import type { Timing } from './stats';

export interface SearchQuery {
  readonly label: string;
  readonly query: RefundListQuery;
}

export interface SearchResult extends SearchQuery {
  readonly timing: Timing;
  readonly total: number;
}

export interface HandlerMeasures {
  readonly save: Timing;
  readonly search?: { readonly all: Timing; readonly queries: readonly SearchResult[] };
  /** `firstMs`: the first call after start, which reads the reminding refunds' records from their month files. */
  readonly reminders?: Timing & { readonly count: number; readonly firstMs: number };
}

/** A change at the counter: a call with the customer logged on the refund (an event, chained, durably saved). */
export async function measureSaves(services: AppServices, refundIds: readonly string[], runs: number, now: Date): Promise<Timing> {
  const at = formatLocalMinute(new Date(now.getTime() - 3_600_000));
  return measure(runs, async (run) => {
    const id = refundIds[(run + refundIds.length) % refundIds.length] ?? '';
    await services.handlers['refund.logContact']({ id, actor: '店长', contact: { at, channel: 'phone', party: 'customer', summary: '顾客来电询问到账时间，已告知预计日期' } });
  });
}

/** What the counter types: a phone tail, a refund number, a name, and the filters of the list's toolbar. */
async function typicalQueries(services: AppServices, now: Date): Promise<SearchQuery[]> {
  const first = await services.handlers['refund.list']({ offset: 0, limit: 1 });
  const sample = (await services.handlers['refund.list']({ offset: Math.floor(first.total / 3), limit: 200 })).items;
  const withPhone = sample.find((item) => item.customerPhone !== undefined);
  const withName = sample.find((item) => item.customerName !== undefined);
  const today = formatLocalMinute(now).slice(0, 10);
  const page = { offset: 0, limit: 50 };
  return [
    { label: 'phone tail', query: { text: (withPhone?.customerPhone ?? '8000').slice(-4), ...page } },
    { label: 'refund number', query: { text: sample[7]?.number ?? 'TK-', ...page } },
    { label: 'customer name', query: { text: withName?.customerName ?? '王芳', ...page } },
    { label: 'channel + status', query: { channel: 'wechat', status: 'arrived', ...page } },
    { label: 'last 30 days', query: { from: addDays(today, -30), to: today, ...page } },
    { label: 'status, deep page', query: { status: 'processing', offset: 100, limit: 50 } },
  ];
}

async function measureSearch(services: AppServices, runs: number, now: Date): Promise<NonNullable<HandlerMeasures['search']>> {
  const all: number[] = [];
  const queries: SearchResult[] = [];
  for (const entry of await typicalQueries(services, now)) {
    let total = 0;
    const timing = await measure(runs, async () => {
      total = (await services.handlers['refund.list'](entry.query)).total;
    });
    all.push(...timing.runs);
    queries.push({ ...entry, timing, total });
  }
  return { all: timingOf(all), queries };
}

export async function measureHandlers(services: AppServices, plan: { readonly saveIds: readonly string[]; readonly saveRuns: number; readonly queryRuns: number; readonly now: Date; readonly full: boolean }): Promise<HandlerMeasures> {
  const save = await measureSaves(services, plan.saveIds, plan.saveRuns, plan.now);
  if (!plan.full) return { save };
  const firstStarted = performance.now();
  await services.handlers['reminder.list']({});
  const firstMs = performance.now() - firstStarted;
  const search = await measureSearch(services, plan.queryRuns, plan.now);
  let count = 0;
  const reminders = await measure(plan.queryRuns, async () => {
    count = (await services.handlers['reminder.list']({})).items.length;
  });
  return { save, search, reminders: { ...reminders, count, firstMs } };
}
