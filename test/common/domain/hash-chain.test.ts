import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/common/domain/canonical-json';
import { GENESIS_HASH, appendEvent, chainHead, verifyChain } from '../../../electron/common/domain/hash-chain';
import type { RefundEvent } from '../../../electron/common/domain/types';
import { nodeHasher } from '../../support/node-hasher';

function sampleChain(): RefundEvent[] {
  let events: RefundEvent[] = [];
  events = appendEvent(events, { at: '2026-11-01T02:00:00.000Z', actor: '店长', kind: 'created', to: 'recorded', note: '尺码不对' }, nodeHasher);
  events = appendEvent(events, { at: '2026-11-01T02:05:00.000Z', actor: '小王', kind: 'status_changed', from: 'recorded', to: 'done' }, nodeHasher);
  events = appendEvent(events, { at: '2026-11-03T02:00:00.000Z', actor: '小王', kind: 'status_changed', from: 'done', to: 'failed', note: '卡已注销' }, nodeHasher);
  events = appendEvent(events, { at: '2026-11-03T03:00:00.000Z', actor: '店长', kind: 'note_added', note: '已联系顾客' }, nodeHasher);
  return events;
}

describe('hash chain', () => {
  it('numbers events 1..n and links each to the previous hash', () => {
    const events = sampleChain();
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    for (let i = 1; i < events.length; i += 1) expect(events[i]?.prevHash).toBe(events[i - 1]?.hash);
    expect(chainHead(events)).toBe(events[3]?.hash);
    expect(chainHead([])).toBe(GENESIS_HASH);
  });

  it('hashes sha256(canonicalJson(event without hash) + prevHash)', () => {
    const [first] = sampleChain();
    if (first === undefined) throw new Error('no event');
    const { hash, ...rest } = first;
    expect(hash).toBe(nodeHasher.sha256Hex(canonicalJson(rest) + GENESIS_HASH));
  });

  it('does not change the array it appends to', () => {
    const events = sampleChain();
    const copy = structuredClone(events);
    appendEvent(events, { at: '2026-11-04T00:00:00.000Z', actor: '店长', kind: 'note_added', note: 'x' }, nodeHasher);
    expect(events).toEqual(copy);
  });

  it('verifies an intact chain, and an empty one', () => {
    expect(verifyChain(sampleChain(), nodeHasher)).toBe(true);
    expect(verifyChain([], nodeHasher)).toBe(true);
  });

  it.each([
    ['the note', (e: RefundEvent): RefundEvent => ({ ...e, note: '卡正常' })],
    ['the actor', (e: RefundEvent): RefundEvent => ({ ...e, actor: '小李' })],
    ['the time', (e: RefundEvent): RefundEvent => ({ ...e, at: '2026-11-02T02:00:00.000Z' })],
    ['the status', (e: RefundEvent): RefundEvent => ({ ...e, to: 'arrived' })],
    ['the hash', (e: RefundEvent): RefundEvent => ({ ...e, hash: e.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) })],
  ])('fails when %s of one event is changed', (_label, tamper) => {
    const events = sampleChain();
    const third = events[2];
    if (third === undefined) throw new Error('no event');
    events[2] = tamper(third);
    expect(verifyChain(events, nodeHasher)).toBe(false);
  });

  it('fails when events are reordered, even with seq renumbered', () => {
    const events = sampleChain();
    const swapped = [events[0], events[2], events[1], events[3]].filter((e): e is RefundEvent => e !== undefined);
    expect(verifyChain(swapped, nodeHasher)).toBe(false);
    expect(verifyChain(swapped.map((e, i) => ({ ...e, seq: i + 1 })), nodeHasher)).toBe(false);
  });

  it('fails when an event is removed or seq does not start at 1', () => {
    const events = sampleChain();
    expect(verifyChain([events[0], events[2]].filter((e): e is RefundEvent => e !== undefined), nodeHasher)).toBe(false);
    expect(verifyChain(events.slice(1), nodeHasher)).toBe(false);
  });

  it('still verifies when the clock went backwards: order is seq, not time', () => {
    let events = sampleChain();
    events = appendEvent(events, { at: '2020-01-01T00:00:00.000Z', actor: '店长', kind: 'note_added', note: '时钟被调回' }, nodeHasher);
    expect(verifyChain(events, nodeHasher)).toBe(true);
  });

  it('hashes every event kind as canonicalJson of the event without its hash', () => {
    for (const event of sampleChain()) {
      const { hash, ...rest } = event;
      expect(hash).toBe(nodeHasher.sha256Hex(canonicalJson(rest) + rest.prevHash));
    }
  });

  it('ignores properties that are not part of an event', () => {
    const [first] = sampleChain();
    if (first === undefined) throw new Error('no event');
    const extended = { ...first, extra: 'x' } as RefundEvent;
    expect(verifyChain([extended], nodeHasher)).toBe(true);
  });
});
