/**
 * The receipt handlers ('receipt.preview', 'receipt.print', 'receipt.savePdf', 'printer.list'): gather what the
 * receipt says from the ledger, settings, calendar and install key; render the one HTML document; hand it to the
 * print engine; and only after the paper or the PDF exists, record a `receipt_issued` event on the refund.
 *
 * Copy numbers: the next copy is the count of recorded `receipt_issued` events + 1. If the event cannot be saved
 * after the printer already took the paper (disk full, EIO), the paper with copy N exists and nothing says so. We
 * then keep that issue PENDING in memory and (1) count it, so the next receipt of the refund is N+1 and two papers
 * never carry one number, (2) save it ahead of the next receipt's own event, in one commit, and (3) still fail the
 * call with the save error (params.copy = N) so the operator is told the receipt was printed but not recorded.
 * Retrying the print instead would waste paper; pretending success would hide a ledger that cannot save.
 */
import { basename } from 'node:path';
import type { ExpectedArrival } from '../../common/calendar/expected-arrival';
import { DomainError } from '../../common/domain/errors';
import { chainHead } from '../../common/domain/hash-chain';
import { formatLocalMinute } from '../../common/domain/local-time';
import type { Payment, ReceiptIssue, Refund } from '../../common/domain/types';
import type { Handlers, RefundDetail } from '../../common/ipc/contract';
import type { ReceiptRequest } from '../../common/ipc/contract-receipts';
import type { Clock, Hasher, SettingsStore } from '../../common/ports';
import { PAPER } from '../../common/receipts/receipt';
import type { PaperSpec, ReceiptInput, ReceiptPrefs } from '../../common/receipts/receipt';
import { approverOf, withReceiptIssued } from '../../common/receipts/receipt-records';
import { hotlineDirectory } from '../../common/reminders/hotlines';
import { hotlinesFor } from '../../common/reminders/reminder-steps';
import { SerialQueue } from '../storage/serial-queue';
import { viaEngine } from './receipt-engine';
import type { ReceiptEngine, SaveFileDialog } from './receipt-engine';

export type ReceiptMethods = 'receipt.preview' | 'receipt.print' | 'receipt.savePdf' | 'printer.list';

export interface ReceiptServiceDeps {
  readonly ledger: {
    get(id: string): RefundDetail;
    amend(id: string, change: (refund: Refund, now: Date, hasher: Hasher) => Refund): Promise<RefundDetail>;
  };
  readonly settings: SettingsStore;
  /** Throws `not_signed_in` (locked) or `invalid_argument` (not an operator): OperatorDirectory.requireSession. */
  readonly requireSession: (actor: string) => void;
  readonly clock: Clock;
  readonly arrivalOf: (refund: Refund, payment: Payment) => ExpectedArrival;
  /** The install key's fingerprint (keys/install-key.ts), printed on every receipt. */
  readonly keyFingerprint: string;
  /** ReceiptInput → the one HTML document (receipt-model.ts + receipt-html.ts). */
  readonly render: (input: ReceiptInput) => string;
  /** Absent in plain Node (no Chromium): every method answers `print_unavailable`. */
  readonly engine?: ReceiptEngine;
  readonly saveDialog?: SaveFileDialog;
  /** Durable write of an exported file (export-file.ts); throws a save error. */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  readonly log?: (message: string, error?: unknown) => void;
}

interface PendingIssue {
  readonly issue: ReceiptIssue;
  readonly actor: string;
  readonly at: Date;
}

export function receiptFileName(number: string, language: ReceiptRequest['language']): string {
  // The refund number is ours (R-YYYYMMDD-NNN), but a file name is no place to trust that.
  const safe = number.replace(/[\\/:*?"<>|\s]+/g, '-');
  return language === 'en' ? `refund-receipt-${safe}.pdf` : `退款凭证-${safe}.pdf`;
}

export function createReceiptHandlers(deps: ReceiptServiceDeps): Pick<Handlers, ReceiptMethods> {
  const log = deps.log ?? ((message, error) => console.error(`[receipts] ${message}`, error));
  // One receipt at a time: the copy number is decided before printing and recorded after, so two overlapping
  // prints of one refund would otherwise both be copy N.
  const queue = new SerialQueue();
  const pending = new Map<string, PendingIssue[]>();

  function engineOrThrow(): ReceiptEngine {
    if (deps.engine === undefined) throw new DomainError('print_unavailable', 'No print engine in this environment.');
    return deps.engine;
  }

  function prepare(request: ReceiptRequest): { html: string; paper: PaperSpec; copy: number; head: string; refund: Refund } {
    const { refund, payment } = deps.ledger.get(request.refundId);
    const settings = deps.settings.get();
    const paper = PAPER[request.size];
    const copy = refund.events.filter((event) => event.kind === 'receipt_issued').length + (pending.get(refund.id)?.length ?? 0) + 1;
    // The head of the chain as saved now: the customer's paper anchors history up to here.
    const head = chainHead(refund.events);
    const approver = approverOf(refund);
    const input: ReceiptInput = {
      refund,
      payment,
      shop: { name: settings.shopName, ...settings.shop },
      language: request.language,
      paper,
      ...(approver === undefined ? {} : { approver }),
      // The copy kept with the refund wins inside the model; the current policy covers refunds recorded before one was set.
      ...(settings.counter?.refundPolicy === undefined ? {} : { policyText: settings.counter.refundPolicy }),
      arrival: deps.arrivalOf(refund, payment),
      hotlines: hotlinesFor(payment.channel, hotlineDirectory(settings.hotlines)),
      copy,
      chainHead: head,
      keyFingerprint: deps.keyFingerprint,
      printedAt: formatLocalMinute(deps.clock.now()).replace('T', ' '),
    };
    return { html: deps.render(input), paper, copy, head, refund };
  }

  const run = <T,>(what: string, work: () => Promise<T>): Promise<T> => viaEngine(what, work, log);

  /** Saves the pending issues of this refund and then this one, in one commit (see the header for why). */
  async function record(refundId: string, entry: PendingIssue): Promise<RefundDetail> {
    const before = pending.get(refundId) ?? [];
    const all = [...before, entry];
    try {
      const detail = await deps.ledger.amend(refundId, (refund, _now, hasher) =>
        all.reduce((current, item) => withReceiptIssued(current, item.issue, item.actor, item.at, hasher), refund),
      );
      pending.delete(refundId);
      return detail;
    } catch (error) {
      pending.set(refundId, all);
      log(`receipt copy ${String(entry.issue.copy)} of ${refundId} was issued but its event could not be saved`, error);
      if (error instanceof DomainError) {
        throw new DomainError(error.code, `The receipt (copy ${String(entry.issue.copy)}) was issued but not recorded: ${error.message}`, {
          ...(error.field === undefined ? {} : { field: error.field }),
          params: { ...error.params, copy: entry.issue.copy },
        });
      }
      throw error;
    }
  }

  /** Remembered for the next receipt dialog. A convenience: failing to save it must not fail a receipt already out. */
  async function rememberPrefs(prefs: ReceiptPrefs): Promise<void> {
    try {
      await deps.settings.update({ receipt: prefs });
    } catch (error) {
      log('could not remember the receipt settings', error);
    }
  }

  function issueOf(request: ReceiptRequest, copy: number, head: string, via: ReceiptIssue['via'], printerName?: string): ReceiptIssue {
    return {
      copy,
      size: request.size,
      language: request.language,
      via,
      ...(printerName === undefined ? {} : { printerName }),
      chainHead: head,
    };
  }

  return {
    'receipt.preview': async (request) => {
      const engine = engineOrThrow();
      const { html, paper, copy } = prepare(request);
      const page = await run('preview', () => engine.png(html, paper));
      return {
        image: `data:image/png;base64,${Buffer.from(page.bytes).toString('base64')}`,
        widthMm: paper.widthMm,
        heightMm: page.heightMm,
        copy,
      };
    },
    'receipt.print': (request) =>
      queue.run(async () => {
        deps.requireSession(request.actor);
        const engine = engineOrThrow();
        const { html, paper, copy, head } = prepare(request);
        await run('print', () => engine.print(html, paper, request.printerName));
        const at = deps.clock.now();
        const detail = await record(request.refundId, { issue: issueOf(request, copy, head, 'printer', request.printerName), actor: request.actor.trim(), at });
        await rememberPrefs({ size: request.size, language: request.language, ...(request.printerName === undefined ? {} : { printerName: request.printerName }) });
        return detail;
      }),
    'receipt.savePdf': (request) =>
      queue.run(async () => {
        deps.requireSession(request.actor);
        const engine = engineOrThrow();
        if (deps.saveDialog === undefined) throw new DomainError('print_unavailable', 'No save dialog in this environment.');
        const dialog = deps.saveDialog;
        const { html, paper, copy, head, refund } = prepare(request);
        const path = await run('save dialog', () => dialog.choosePdfPath(receiptFileName(refund.number, request.language)));
        if (path === undefined) return { saved: false };
        const page = await run('PDF', () => engine.pdf(html, paper));
        await deps.writeFile(path, page.bytes);
        await record(request.refundId, { issue: issueOf(request, copy, head, 'pdf'), actor: request.actor.trim(), at: deps.clock.now() });
        const printerName = deps.settings.get().receipt?.printerName;
        await rememberPrefs({ size: request.size, language: request.language, ...(printerName === undefined ? {} : { printerName }) });
        return { saved: true, fileName: basename(path) };
      }),
    'printer.list': async () => {
      const engine = engineOrThrow();
      return run('printer list', () => engine.printers());
    },
  };
}
