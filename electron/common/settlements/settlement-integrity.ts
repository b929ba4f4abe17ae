/**
 * Is a settlement day what its events say? The chain proves the events were not edited; replaying them proves
 * the day's own fields (takings, fee, net, batch no., terms, what was received) were not edited either —
 * a received amount changed on disk is caught here, not only a changed event.
 */
import { canonicalJson } from '../domain/canonical-json';
import type { Hasher } from '../ports';
import { verifySettlementChain } from './settlement-chain';
import { expectedNetOf } from './settlement-math';
import type { SettlementDay } from './settlement';

/** The day's facts as its events state them; undefined when the first event is not `recorded`. */
function replay(day: SettlementDay): unknown {
  const [first, ...rest] = day.events;
  if (first?.kind !== 'recorded' || first.takings === undefined || first.expectedFee === undefined || first.terms === undefined) return undefined;
  let { takings, expectedFee, batchNo } = first;
  let received = undefined as SettlementDay['received'];
  for (const event of rest) {
    if (event.kind === 'corrected' && event.takings !== undefined && event.expectedFee !== undefined) {
      ({ takings, expectedFee, batchNo } = event);
    }
    if (event.kind === 'received' && event.received !== undefined) received = event.received;
  }
  return { takings, expectedFee, expectedNet: expectedNetOf(takings, expectedFee), batchNo, ...first.terms, received };
}

function factsOf(day: SettlementDay): unknown {
  const { takings, expectedFee, expectedNet, batchNo, cycle, feeRateBp, feeReturnedOnRefund, toleranceFen, received } = day;
  return { takings, expectedFee, expectedNet, batchNo, cycle, feeRateBp, feeReturnedOnRefund, toleranceFen, received };
}

export function verifySettlementDay(day: SettlementDay, hasher: Hasher): boolean {
  if (!verifySettlementChain(day.events, hasher)) return false;
  const replayed = replay(day);
  return replayed !== undefined && canonicalJson(replayed) === canonicalJson(factsOf(day));
}
