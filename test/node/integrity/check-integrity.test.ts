import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRecords } from '../../../electron/common/integrity/check-integrity';
import type { IntegritySnapshot } from '../../../electron/common/integrity/check-integrity';
import { nodeHasher } from '../../support/node-hasher';
import { openShop, setUpDemoShop } from '../backups/backup-test-kit';
import { snapshotOnDisk } from './integrity-test-kit';

// The tampering is done on a deep copy of the demo shop's records, exactly as they are stored.
const copy = <T>(value: T): T => structuredClone(value);

describe('checkRecords (the records half of the self-check)', () => {
  let dir = '';
  let clean: IntegritySnapshot;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'refunddesk-integrity-'));
    await setUpDemoShop(dir);
    clean = await snapshotOnDisk(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds nothing wrong in a clean demo shop', () => {
    const result = checkRecords(clean, nodeHasher);
    expect(result.refunds).toBeGreaterThan(10);
    expect(result.settlementDays).toBeGreaterThan(0);
    expect(result.cases).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
  });

  it('reports a refund whose amount was edited, by its number', () => {
    const snapshot = copy(clean);
    const target = snapshot.refunds[3];
    if (target === undefined) throw new Error('demo shop too small');
    (target.refund as { amount: number }).amount += 100;
    expect(checkRecords(snapshot, nodeHasher).problems).toEqual([{ kind: 'refund', id: target.refund.id, number: target.refund.number, what: 'facts_changed' }]);
  });

  it('reports a refund with an event removed', () => {
    const snapshot = copy(clean);
    const target = snapshot.refunds.find((entry) => entry.refund.events.length > 2);
    if (target === undefined) throw new Error('no refund with history');
    (target.refund.events as unknown as unknown[]).splice(1, 1);
    expect(checkRecords(snapshot, nodeHasher).problems).toEqual([{ kind: 'refund', id: target.refund.id, number: target.refund.number, what: 'chain_broken' }]);
  });

  it('reports a settlement day whose received amount was edited', () => {
    const snapshot = copy(clean);
    const day = snapshot.settlementDays.find((entry) => entry.received !== undefined);
    if (day?.received === undefined) throw new Error('no received day in the demo shop');
    (day.received as { amount: number }).amount += 1;
    expect(checkRecords(snapshot, nodeHasher).problems).toEqual([
      { kind: 'settlement_day', id: day.id, number: `${day.accountId} ${day.businessDate}`, what: 'replay_mismatch' },
    ]);
  });

  it('reports a case with an edited field', () => {
    const snapshot = copy(clean);
    const kase = snapshot.cases[0];
    if (kase === undefined) throw new Error('no case');
    (kase.counterparty as { name: string }).name = '别的银行';
    expect(checkRecords(snapshot, nodeHasher).problems).toEqual([{ kind: 'case', id: kase.id, number: kase.number, what: 'replay_mismatch' }]);
  });

  it('runs through the integrity.run handler on a real shop', async () => {
    const services = await openShop(dir);
    try {
      const status = await services.handlers['integrity.run']({});
      expect(status.running).toBe(false);
      expect(status.last?.problems).toEqual([]);
      expect(status.last?.refunds).toBe(clean.refunds.length);
      expect((await services.handlers['integrity.status']({})).last?.checkedAt).toBe(status.last?.checkedAt);
    } finally {
      await services.close();
    }
  });
});
