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
  /** The records as the stores hold them now; refunds read one at a time as the check goes. */
  readonly snapshot: () => IntegrityRecords;
}

export interface IntegrityRecords extends Omit<IntegritySnapshot, 'refunds'> {
  readonly refunds: AsyncIterable<IntegritySnapshot['refunds'][number]> | Iterable<IntegritySnapshot['refunds'][number]>;
}

/**
 * The records check runs beside the counter, never in its way. Verifying every chain of 50,000 refunds takes
 * seconds of CPU (measured: ~4.4 s here); in one go it held main and every window message waited. In slices
 * yielded with setImmediate it still took the event loop most of the time, so a receipt printed in the first
 * seconds after start waited a slice at each of its few dozen engine round trips (1.7 s instead of 0.6 s). So the
 * check works in short slices and then rests as long as it worked: at most half of main's time, about twice as
 * long in all, and a foreground call waits a few milliseconds at most.
 */
const REFUNDS_PER_SLICE = 25;
const WORK_MS = 4;

const rest = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One pass over the refunds in slices: each slice's chains checked, its attachments' owners noted. Five years of
 * refunds are read from the ledger one at a time and dropped after their slice (never all in memory at once).
 */
async function checkRecordsInSlices(records: IntegrityRecords, hasher: Hasher): Promise<{ check: RecordsCheck; owners: Map<string, string> }> {
  const problems: IntegrityProblem[] = [];
  const owners = new Map<string, string>();
  let count = 0;
  let slice: IntegritySnapshot['refunds'][number][] = [];
  let sliceStarted = performance.now();
  const checkSlice = async (): Promise<void> => {
    const partial: IntegritySnapshot = { refunds: slice, settlementDays: [], cases: [] };
    problems.push(...checkRecords(partial, hasher).problems);
    for (const [sha, owner] of attachmentOwners(partial)) if (!owners.has(sha)) owners.set(sha, owner);
    slice = [];
    const worked = performance.now() - sliceStarted;
    if (worked >= WORK_MS) {
      await rest(worked);
      sliceStarted = performance.now();
    }
  };
  for await (const record of records.refunds) {
    count += 1;
    slice.push(record);
    if (slice.length === REFUNDS_PER_SLICE) await checkSlice();
  }
  if (slice.length > 0) await checkSlice();
  const beyondRefunds = { refunds: [], settlementDays: records.settlementDays, cases: records.cases };
  const others = checkRecords(beyondRefunds, hasher);
  for (const [sha, owner] of attachmentOwners(beyondRefunds)) if (!owners.has(sha)) owners.set(sha, owner);
  // Let the window's pending messages through before the files.
  await yieldToEventLoop();
  return { check: { ...others, refunds: count, problems: [...problems, ...others.problems] }, owners };
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
      const { check: records, owners } = await checkRecordsInSlices(this.options.snapshot(), this.options.hasher);
      const files = await scanAttachments(this.options.fs, this.options.dataDir, owners);
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
