/**
 * Wires the privacy use cases (common/privacy/privacy-service.ts) to the ledger, settings, operators, cases,
 * the erasure log and the evidence folder; re-applies logged erasures and runs the retention rule at start-up,
 * and the retention rule once a day. Kept here so app-services.ts needs one spread line.
 */
import { join } from 'node:path';
import type { CaseService } from '../../common/cases/case-service';
import type { Handlers } from '../../common/ipc/contract';
import type { RefundLedger } from '../../common/ledger/refund-ledger';
import type { OperatorDirectory } from '../../common/operators/operator-directory';
import type { Clock, SettingsStore } from '../../common/ports';
import { createPrivacyService } from '../../common/privacy/privacy-service';
import { isSha256Hex } from '../../common/attachments/attachment';
import { ErasureLogStore } from './erasure-log-store';
import type { FileSystem } from '../storage/fs-port';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AppPrivacyDeps {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly ledger: RefundLedger;
  readonly settings: SettingsStore;
  readonly directory: OperatorDirectory;
  readonly cases: Pick<CaseService, 'records' | 'amend'>;
}

type PrivacyMethods = 'privacy.update' | 'privacy.previewCustomer' | 'privacy.eraseCustomer';

export async function openAppPrivacy(deps: AppPrivacyDeps): Promise<Pick<Handlers, PrivacyMethods>> {
  const service = createPrivacyService({
    refunds: () => deps.ledger.records().map((record) => record.refund),
    refundsWithCustomer: () => deps.ledger.recordsWithCustomer().map((record) => record.refund),
    amend: (id, change) => deps.ledger.amend(id, change),
    settings: deps.settings,
    clock: deps.clock,
    requireOwner: () => deps.directory.requireOwnerSession(),
    verifyPin: (operator, pin) => deps.directory.verifyPin(operator, pin),
    cases: () => deps.cases.records(),
    amendCase: (id, change) => deps.cases.amend(id, change),
    erasureLog: await ErasureLogStore.open({ dataDir: deps.dataDir, fs: deps.fs, now: () => deps.clock.now() }),
    deleteFile: (sha256) => deleteEvidence(deps, sha256),
  });
  // Awaited at start-up so every erasure is saved before the window shows the list (and before close can run):
  // first the owner's earlier requests (after a restore, or a crash halfway), then the retention rule.
  await service.reapplyLogged();
  await service.runRetention();
  // Daily while the app stays open; unref'd so it never keeps a process alive. A failed run (disk full) is
  // simply tried again the next day: nothing is half-erased, each refund is one durable save.
  const timer = setInterval(() => void service.runRetention().catch(() => undefined), DAY_MS);
  timer.unref();
  return service.handlers;
}

/** Same layout as FsAttachmentStore (`attachments/ab/cdef…`); a file already gone is fine. */
async function deleteEvidence(deps: AppPrivacyDeps, sha256: string): Promise<void> {
  if (!isSha256Hex(sha256)) return;
  try {
    await deps.fs.unlink(join(deps.dataDir, 'attachments', sha256.slice(0, 2), sha256.slice(2)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
