/**
 * Every kind of file RefundDesk saves, behind one small interface, so the fault suite (test/node/faults) can run the
 * same fault at every step of a save of each: a ledger month, settings, a settlement year, a case year, the install
 * key, an attachment and the erasure log. A session is one store opened on a FaultFileSystem with a first save already on disk
 * (`before`); `save()` is the save under test (`after`); `disk()` classifies the file as a load would.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual as same } from 'node:util';
import { FsAttachmentStore } from '../../electron/node/attachments/fs-attachment-store';
import { FsCaseStore } from '../../electron/node/cases/case-store';
import { openInstallKey } from '../../electron/node/keys/install-key';
import { LowdbLedgerStore } from '../../electron/node/ledger-store';
import { ErasureLogStore } from '../../electron/node/privacy/erasure-log-store';
import { LowdbSettingsStore } from '../../electron/node/settings-store';
import { FsSettlementStore } from '../../electron/node/settlements/settlement-store';
import { sha256Hex } from '../../electron/node/storage/envelope';
import type { FaultFileSystem } from './fault-fs';
import { caseRecord, settlementDay } from './fault-records';
import { partition, payment, steppingClock } from './storage-records';
import { diskState } from './storage-temp-dir';

export type DiskVerdict = 'before' | 'after' | 'torn';

export interface Session {
  save(): Promise<unknown>;
  /** What the running app holds in memory; a failed save must leave it exactly as it was. */
  memory(): Promise<unknown>;
  disk(): Promise<DiskVerdict>;
}

export interface StoreKind {
  readonly name: string;
  open(dataDir: string, fs: FaultFileSystem): Promise<Session>;
}

/** The verdict for a file whose verified data must equal `before` or `after` (an absent file counts as `before` if expected). */
async function judge(path: string, before: unknown, after: unknown): Promise<DiskVerdict> {
  const state = await diskState(path);
  if (same(state, after)) return 'after';
  if (same(state, before)) return 'before';
  return 'torn';
}

const ids = (records: readonly { readonly id: string }[]) => records.map((r) => r.id);

const ledgerMonth: StoreKind = {
  name: 'ledger month file',
  async open(dataDir, fs) {
    const store = await LowdbLedgerStore.open({ dataDir, fs, now: steppingClock() });
    await store.loadAll();
    await store.commit({ month: '2026-11', payments: [payment('p-1')] });
    return {
      save: () => store.commit({ month: '2026-11', payments: [payment('p-2')] }),
      memory: async () => (await store.loadAll()).get('2026-11'),
      disk: () => judge(join(dataDir, 'ledger', '2026-11.json'), partition([payment('p-1')]), partition([payment('p-1'), payment('p-2')])),
    };
  },
};

const settings: StoreKind = {
  name: 'settings',
  async open(dataDir, fs) {
    const store = await LowdbSettingsStore.open({ dataDir, fs, now: steppingClock() });
    await store.update({ shopName: '张记' });
    const shopName = async () => {
      const state = await diskState(join(dataDir, 'settings.json'));
      return typeof state === 'object' && state !== null && 'shopName' in state ? state.shopName : state;
    };
    return {
      save: () => store.update({ shopName: '张记二店' }),
      memory: () => Promise.resolve(store.get()),
      disk: async () => {
        const name = await shopName();
        return name === '张记二店' ? 'after' : name === '张记' ? 'before' : 'torn';
      },
    };
  },
};

const settlementYear: StoreKind = {
  name: 'settlements year file',
  async open(dataDir, fs) {
    const store = await FsSettlementStore.open({ dataDir, fs, now: steppingClock() });
    await store.saveDay(settlementDay('d-1', '2026-11-19'));
    const d1 = settlementDay('d-1', '2026-11-19');
    const d2 = settlementDay('d-2', '2026-11-20');
    return {
      save: () => store.saveDay(d2),
      memory: () => Promise.resolve(ids(store.days())),
      disk: () => judge(join(dataDir, 'settlements', '2026.json'), { days: [d1] }, { days: [d1, d2] }),
    };
  },
};

const caseYear: StoreKind = {
  name: 'cases year file',
  async open(dataDir, fs) {
    const store = await FsCaseStore.open({ dataDir, fs, now: steppingClock() });
    const c1 = caseRecord('c-1');
    const c2 = caseRecord('c-2');
    await store.saveCase(c1);
    return {
      save: () => store.saveCase(c2),
      memory: () => Promise.resolve(ids(store.cases())),
      disk: () => judge(join(dataDir, 'cases', '2026.json'), { cases: [c1] }, { cases: [c1, c2] }),
    };
  },
};

/** The key is made once, at first start: that save is the one under test, and "before" is no key file at all. */
const installKey: StoreKind = {
  name: 'install key',
  open(dataDir, fs) {
    const now = () => new Date('2026-11-20T02:00:00.000Z');
    return Promise.resolve({
      save: () => openInstallKey({ dataDir, fs, now }),
      memory: () => Promise.resolve(null),
      disk: async () => {
        let text: string;
        try {
          text = await readFile(join(dataDir, 'keys', 'install-ed25519.json'), 'utf8');
        } catch {
          return 'before';
        }
        try {
          const parsed = JSON.parse(text) as { privateKey?: unknown; publicKey?: unknown };
          return typeof parsed.privateKey === 'string' && typeof parsed.publicKey === 'string' ? 'after' : 'torn';
        } catch {
          return 'torn';
        }
      },
    });
  },
};

const attachment: StoreKind = {
  name: 'attachments',
  async open(dataDir, fs) {
    const store = await FsAttachmentStore.open({ dataDir, fs });
    await store.put(Buffer.from('%PDF-1.4 first evidence file\n'));
    // Over 4 KiB so the write is several calls' worth of bytes for the disk-full cases.
    const bytes = Buffer.from(`%PDF-1.4 ${'second evidence file '.repeat(300)}\n`);
    const hash = sha256Hex(bytes.toString('utf8'));
    const path = join(dataDir, 'attachments', hash.slice(0, 2), hash.slice(2));
    return {
      save: () => store.put(bytes),
      memory: () => Promise.resolve(null),
      disk: async () => {
        const stored = await readFile(path).catch(() => undefined);
        if (stored === undefined) return 'before';
        return stored.equals(bytes) ? 'after' : 'torn';
      },
    };
  },
};

const erasureLog: StoreKind = {
  name: 'erasure log',
  async open(dataDir, fs) {
    const store = await ErasureLogStore.open({ dataDir, fs, now: steppingClock() });
    const first = { at: '2026-11-19T02:00:00.000Z', refundIds: ['r-1'] };
    const second = { at: '2026-11-20T02:00:00.000Z', refundIds: ['r-2', 'r-3'] };
    await store.append(first);
    return {
      save: () => store.append(second),
      memory: () => Promise.resolve(store.entries()),
      disk: () => judge(join(dataDir, 'privacy', 'erasures.json'), { entries: [first] }, { entries: [first, second] }),
    };
  },
};

export const STORE_KINDS: readonly StoreKind[] = [ledgerMonth, settings, settlementYear, caseYear, installKey, attachment, erasureLog];
