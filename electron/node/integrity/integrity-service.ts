/**
 * Runs the self-check and keeps the last result in memory (a restart runs it again, so nothing on disk can
 * disagree with it). Runs never overlap: a run asked for while one is going waits for it, then starts afresh
 * (so "check now" after a file changed always sees the change).
 */
import { attachmentOwners, checkRecords } from '../../common/integrity/check-integrity';
import type { IntegritySnapshot, RecordsCheck } from '../../common/integrity/check-integrity';
import type { IntegrityProblem, IntegrityReport, IntegrityStatus } from '../../common/integrity/integrity-report';
import type { Clock, Hasher } from '../../common/ports';
import { errorCode } from '../storage/fs-errors';
import type { FileSystem } from '../storage/fs-port';
import { scanAttachments, yieldToEventLoop } from './attachment-scan';

export interface IntegrityServiceOptions {
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly hasher: Hasher;
  /** The records as the stores hold them now. */
  readonly snapshot: () => IntegritySnapshot;
}

/**
 * Refunds per synchronous slice of the records check. Verifying every chain of 50,000 refunds in one go held main
 * for seconds — every window message waited — so the check yields to the event loop between slices of ~10 ms.
 */
const REFUNDS_PER_SLICE = 250;

async function checkRecordsInSlices(snapshot: IntegritySnapshot, hasher: Hasher): Promise<RecordsCheck> {
  const problems: IntegrityProblem[] = [];
  for (let start = 0; start < snapshot.refunds.length; start += REFUNDS_PER_SLICE) {
    problems.push(...checkRecords({ refunds: snapshot.refunds.slice(start, start + REFUNDS_PER_SLICE), settlementDays: [], cases: [] }, hasher).problems);
    await yieldToEventLoop();
  }
  const rest = checkRecords({ refunds: [], settlementDays: snapshot.settlementDays, cases: snapshot.cases }, hasher);
  // Let the window's pending messages through before the files.
  await yieldToEventLoop();
  return { ...rest, refunds: snapshot.refunds.length, problems: [...problems, ...rest.problems] };
}

export class IntegrityService {
  private last: IntegrityReport | undefined;
  private lastError: string | undefined;
  private running = 0;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: IntegrityServiceOptions) {}

  status(): IntegrityStatus {
    return {
      running: this.running > 0,
      ...(this.last === undefined ? {} : { last: this.last }),
      ...(this.lastError === undefined ? {} : { lastError: this.lastError }),
    };
  }

  /** Never throws: a failed run is reported in status. */
  run(): Promise<IntegrityStatus> {
    this.running += 1;
    const next = this.tail.then(() => this.check()).finally(() => (this.running -= 1));
    this.tail = next;
    return next.then(() => this.status());
  }

  private async check(): Promise<void> {
    try {
      const snapshot = this.options.snapshot();
      const records = await checkRecordsInSlices(snapshot, this.options.hasher);
      const files = await scanAttachments(this.options.fs, this.options.dataDir, attachmentOwners(snapshot));
      this.last = {
        checkedAt: this.options.clock.now().toISOString(),
        refunds: records.refunds,
        settlementDays: records.settlementDays,
        cases: records.cases,
        attachments: files.attachments,
        problems: [...records.problems, ...files.problems],
      };
      this.lastError = undefined;
    } catch (error) {
      this.lastError = `${errorCode(error) ?? 'error'}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  idle(): Promise<unknown> {
    return this.tail;
  }
}
