/**
 * A plausible history for one demo refund: recorded, done on the terminal or platform, then arrived —
 * or failed with a reason, sometimes retried. Steps that would lie after "now" are cut off, so recent
 * refunds are naturally still recorded or done, exactly like a real shop's ledger on any given morning.
 */
import { appendEvent } from '../domain/hash-chain';
import type { RefundEventDraft } from '../domain/hash-chain';
import type { ChannelKind } from '../domain/channels';
import type { RefundEvent, RefundStatus, RefundType } from '../domain/types';
import type { Hasher } from '../ports';
import { ARRIVED_NOTES, FAILURE_REASONS, FOLLOW_UP_NOTES, RETRY_NOTES } from './demo-catalog';
import type { Random } from './prng';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DemoHistoryInput {
  readonly createdAt: Date;
  readonly now: Date;
  readonly type: RefundType;
  readonly kind: ChannelKind;
  readonly operator: string;
  readonly note: string | undefined;
  /** The refund's facts hash for its `created` event (refund-facts.ts). */
  readonly facts: string;
}

export interface DemoHistory {
  readonly events: RefundEvent[];
  readonly status: RefundStatus;
  readonly failureReason: string | undefined;
}

function doneNote(type: RefundType, kind: ChannelKind): string {
  if (type === 'void') return '已在 POS 上撤销原交易';
  if (kind === 'card') return '已在 POS 上完成退货，主管密码已输入';
  if (kind === 'qr') return '已在商户平台发起退款';
  if (kind === 'cash') return '已当面退还现金';
  return '已转账退回';
}

/** How long after "done" the customer typically sees the money (DOMAIN §3.2). */
function arrivalDelay(random: Random, type: RefundType, kind: ChannelKind): number {
  if (type === 'void') return random.int(1, 10) * MINUTE;
  if (kind === 'cash') return random.int(0, 2) * MINUTE;
  if (kind === 'card') return random.int(3, 5) * DAY + random.int(0, 8) * HOUR;
  if (kind === 'qr') return random.chance(0.6) ? random.int(5, 90) * MINUTE : random.int(1, 3) * DAY;
  return random.int(1, 5) * DAY;
}

interface Step {
  readonly at: number;
  readonly draft: Omit<RefundEventDraft, 'at'>;
}

export function buildDemoHistory(random: Random, input: DemoHistoryInput, hasher: Hasher): DemoHistory {
  const { type, kind, operator } = input;
  const start = input.createdAt.getTime();
  const steps: Step[] = [
    {
      at: start,
      draft: {
        actor: operator,
        kind: 'created',
        to: 'recorded',
        ...(input.note === undefined ? {} : { note: input.note }),
        facts: input.facts,
      },
    },
  ];
  const move = (at: number, from: RefundStatus, to: RefundStatus, note: string, actor = operator): number => {
    steps.push({ at, draft: { actor, kind: 'status_changed', from, to, note } });
    return at;
  };
  const canFail = kind !== 'cash' && type !== 'void';
  // 'unconfirmed': done, but nobody asked the customer afterwards — the refunds a morning check should chase.
  const fate = random.weighted<'normal' | 'unconfirmed' | 'forgotten' | 'fail' | 'retry'>([
    ['normal', 70],
    ['unconfirmed', kind === 'cash' ? 0 : 16],
    ['forgotten', 3],
    ['fail', canFail ? 7 : 0],
    ['retry', canFail ? 4 : 0],
  ]);
  if (fate !== 'forgotten') {
    let at = move(start + random.int(1, type === 'void' ? 5 : 30) * MINUTE, 'recorded', 'done', doneNote(type, kind));
    if (fate === 'fail' || fate === 'retry') {
      at = move(at + random.int(20, 96) * HOUR, 'done', 'failed', random.pick(FAILURE_REASONS));
      if (fate === 'retry') {
        at = move(at + random.int(8, 48) * HOUR, 'failed', 'recorded', random.pick(RETRY_NOTES));
        at = move(at + random.int(10, 60) * MINUTE, 'recorded', 'done', doneNote(type, kind));
      }
    }
    if (fate !== 'fail' && fate !== 'unconfirmed') move(at + arrivalDelay(random, type, kind), 'done', 'arrived', random.pick(ARRIVED_NOTES));
  }
  if (random.chance(0.15)) {
    const last = steps.at(-1)?.at ?? start;
    const at = start + MINUTE + Math.floor(random.next() * (last - start + 2 * DAY));
    steps.push({ at, draft: { actor: operator, kind: 'note_added', note: random.pick(FOLLOW_UP_NOTES) } });
  }
  return chain(steps, input.now.getTime(), hasher);
}

function chain(steps: readonly Step[], now: number, hasher: Hasher): DemoHistory {
  // Stable sort by time keeps the planned order of simultaneous steps; what lies ahead of "now" has not happened.
  const happened = [...steps].sort((a, b) => a.at - b.at).filter((step) => step.at <= now);
  let events: RefundEvent[] = [];
  let status: RefundStatus = 'recorded';
  for (const step of happened) {
    events = appendEvent(events, { ...step.draft, at: new Date(step.at).toISOString() }, hasher);
    if (step.draft.to !== undefined) status = step.draft.to;
  }
  const last = happened.findLast((step) => step.draft.kind === 'status_changed' && step.draft.to === 'failed');
  return { events, status, failureReason: status === 'failed' ? last?.draft.note : undefined };
}
