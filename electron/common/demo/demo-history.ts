/**
 * A plausible history for one demo refund: recorded, approved by the owner when it needed approval (some still
 * waiting, a few refused), done on the terminal or platform, processing for card refunds, then arrived — or failed
 * with a reason and sometimes retried, closed by WeChat, or abnormal and re-routed. Steps that would lie after "now" are cut off, so recent
 * refunds are naturally still recorded or done, exactly like a real shop's ledger on any given morning.
 */
import { appendEvent } from '../domain/hash-chain';
import type { RefundEventDraft } from '../domain/hash-chain';
import type { ChannelKind } from '../domain/channels';
import type { RefundEvent, RefundStatus, RefundType } from '../domain/types';
import type { Hasher } from '../ports';
import { ARRIVED_NOTES, FAILURE_REASONS, FOLLOW_UP_NOTES, REROUTE_DESTINATIONS, RETRY_NOTES } from './demo-catalog';
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
  /** The refund needed an owner's approval when it was recorded (approval.ts, default policy). */
  readonly needsApproval?: boolean;
  /** The refund's facts hash for its `created` event (refund-facts.ts). */
  readonly facts: string;
}

export interface DemoHistory {
  readonly events: RefundEvent[];
  readonly status: RefundStatus;
  readonly failureReason: string | undefined;
  /** Set when the refund ended abnormal: where the platform re-routed the money. */
  readonly reroutedTo: string | undefined;
}

/** The demo shop has one owner, 店长 (DEMO_OPERATORS). */
const DEMO_OWNER = '店长';
const REFUSAL_NOTE = '顾客改为换货，不退款';
const CLOSED_NOTE = '超过 7 天未到账，平台已关闭（商户余额不足），需新建退款';

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
  // Voids need an owner's approval (approval.ts). Forgotten ones still wait for it; the others were approved at
  // once — as an override when the owner recorded the void, because the demo shop has only one owner.
  const approves = input.needsApproval ?? type === 'void';
  if (approves) {
    steps.push({ at: start, draft: { actor: operator, kind: 'status_changed', from: 'recorded', to: 'awaiting_approval' } });
  }
  // 'unconfirmed': done, but nobody asked the customer afterwards — the refunds a morning check should chase.
  const fate = random.weighted<'normal' | 'unconfirmed' | 'forgotten' | 'fail' | 'retry'>([
    ['normal', 70],
    ['unconfirmed', kind === 'cash' ? 0 : 16],
    ['forgotten', 3],
    ['fail', canFail ? 7 : 0],
    ['retry', canFail ? 4 : 0],
  ]);
  // A few voids are still waiting for the owner, or approved but not yet done on the terminal.
  const pending = approves
    ? random.weighted<'none' | 'waiting' | 'approved'>([
        ['none', 80],
        ['waiting', 10],
        ['approved', 10],
      ])
    : 'none';
  const decision = operator === DEMO_OWNER ? 'override' : 'approved';
  if (approves && pending === 'approved') {
    // Approved, then nobody did it on the terminal yet: the morning check should find it.
    steps.push({ at: start, draft: { actor: DEMO_OWNER, kind: decision, from: 'awaiting_approval', to: 'approved' } });
  } else if (approves && fate === 'unconfirmed' && pending === 'none') {
    // The owner said no (the customer took an exchange instead): refused is final.
    steps.push({ at: start + MINUTE, draft: { actor: DEMO_OWNER, kind: 'refused', from: 'awaiting_approval', to: 'refused', note: REFUSAL_NOTE } });
  } else if (fate !== 'forgotten' && pending === 'none') {
    if (approves) {
      steps.push({ at: start, draft: { actor: DEMO_OWNER, kind: decision, from: 'awaiting_approval', to: 'approved' } });
    }
    let at = move(start + random.int(1, type === 'void' ? 5 : 30) * MINUTE, approves ? 'approved' : 'recorded', 'done', doneNote(type, kind));
    // Card refunds (退货) go through clearing: the bank is processing them for days (DOMAIN §3.2).
    const processing = kind === 'card' && type !== 'void';
    if (processing) at = move(at + HOUR, 'done', 'processing', '收单机构处理中');
    const settled = processing ? 'processing' : 'done';
    if (fate === 'fail' && kind === 'qr') {
      // WeChat ABNORMAL: the payer's card was frozen; the platform re-routed the money (same one draw as a failure).
      at = move(at + random.int(20, 96) * HOUR, 'done', 'abnormal', random.pick(REROUTE_DESTINATIONS));
    } else if (fate === 'fail' || fate === 'retry') {
      at = move(at + random.int(20, 96) * HOUR, settled, 'failed', random.pick(FAILURE_REASONS));
      if (fate === 'retry') {
        at = move(at + random.int(8, 48) * HOUR, 'failed', 'recorded', random.pick(RETRY_NOTES));
        at = move(at + random.int(10, 60) * MINUTE, 'recorded', 'done', doneNote(type, kind));
      }
    }
    if (fate === 'unconfirmed' && kind === 'qr') {
      // WeChat CLOSED: stuck over 7 days for lack of merchant balance; paying again needs a NEW refund.
      move(at + 8 * DAY, 'done', 'closed', CLOSED_NOTE);
    }
    if (fate !== 'fail' && fate !== 'unconfirmed') {
      const from = processing && fate !== 'retry' ? 'processing' : 'done';
      move(at + arrivalDelay(random, type, kind), from, 'arrived', random.pick(ARRIVED_NOTES));
    }
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
  const last = happened.findLast((step) => step.draft.kind === 'status_changed' && step.draft.to === status);
  return {
    events,
    status,
    failureReason: status === 'failed' ? last?.draft.note : undefined,
    reroutedTo: status === 'abnormal' ? last?.draft.note : undefined,
  };
}
