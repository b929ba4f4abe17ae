/**
 * The packet handlers: 'case.previewPacket' (a PNG of the cover page), 'case.exportPacket' (save dialog → the zip
 * and the PDF beside it, then a `packet_exported` event on the case) and 'case.printPacket' (the HTML part on A4).
 *
 * Printing attached PDFs: the print engine prints one HTML document, and Chromium cannot draw a PDF inside
 * one (the print window runs no plugins). The printed copy therefore carries each attached PDF's page saying
 * "print the original separately", and the saved packet.pdf is the complete one; we do not rasterise PDFs.
 * A print is not a disclosure record the way an export is (nothing leaves the machine as a file), so only
 * exports are recorded as events.
 */
import { basename } from 'node:path';
import { DomainError } from '../../common/domain/errors';
import type { Handlers } from '../../common/ipc/contract';
import type { CaseView, PacketRequest } from '../../common/ipc/contract-cases';
import type { PacketExport } from '../../common/cases/case';
import { packetPrintDocument, packetSections } from '../../common/packets/packet-html';
import { PAPER } from '../../common/receipts/receipt';
import { SerialQueue } from '../storage/serial-queue';
import { viaEngine } from '../receipts/receipt-engine';
import type { ReceiptEngine } from '../receipts/receipt-engine';
import { buildPacket, gatherPacket, withFingerprint } from './packet-builder';
import type { PacketSource } from './packet-builder';
import { withInlineImages } from './inline-images';
import type { PacketSigner } from './packet-zip';

export type PacketMethods = 'case.previewPacket' | 'case.exportPacket' | 'case.printPacket';

/** The save dialog for a zip (the receipts' SaveFileDialog is PDF-only). */
export interface PacketSaveDialog {
  /** Absolute path ending in `.zip`, or undefined when the person cancelled. */
  chooseZipPath(defaultFileName: string): Promise<string | undefined>;
}

export interface PacketHandlerDeps {
  readonly source: PacketSource;
  /** Appends the case's `packet_exported` event (cases service); returns the updated view. */
  readonly recordExport: (id: string, packet: PacketExport, actor: string) => Promise<CaseView>;
  /** Throws `not_signed_in` (locked) or `invalid_argument` (not an operator): OperatorDirectory.requireSession. */
  readonly requireSession: (actor: string) => void;
  /** The install key (keys/install-key.ts): fingerprint, public key PEM, Ed25519 sign. */
  readonly key: PacketSigner;
  /** Absent in plain Node (no Chromium): every method answers `print_unavailable`. */
  readonly engine?: ReceiptEngine;
  readonly saveDialog?: PacketSaveDialog;
  /** Durable write of an exported file (receipts/export-file.ts); throws a save error. */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  readonly log?: (message: string, error?: unknown) => void;
}

export function packetFileName(caseNumber: string, language: PacketRequest['language']): string {
  const safe = caseNumber.replace(/[\\/:*?"<>|\s]+/gu, '-');
  return language === 'en' ? `evidence-packet-${safe}.zip` : `证据包-${safe}.zip`;
}

export function pdfBeside(zipPath: string): string {
  return zipPath.replace(/\.zip$/iu, '') + '.pdf';
}

function lastExport(view: CaseView): PacketExport | undefined {
  return view.case.events.filter((event) => event.kind === 'packet_exported').at(-1)?.packet;
}

export function createPacketHandlers(deps: PacketHandlerDeps): Pick<Handlers, PacketMethods> {
  const log = deps.log ?? ((message, error) => console.error(`[packets] ${message}`, error));
  // One export at a time: two overlapping exports of one case would race on the event and on the files.
  const queue = new SerialQueue();

  function engineOrThrow(): ReceiptEngine {
    if (deps.engine === undefined) throw new DomainError('print_unavailable', 'No print engine in this environment.');
    return deps.engine;
  }

  const run = <T,>(what: string, work: () => Promise<T>): Promise<T> => viaEngine(what, work, log);

  const options = (request: PacketRequest) => ({ language: request.language, redact: request.redact });

  return {
    'case.previewPacket': async (request) => {
      const engine = engineOrThrow();
      const gathered = withFingerprint(await gatherPacket(deps.source, request.id, options(request)), deps.key.fingerprint);
      const cover = packetSections(gathered.render)[0];
      if (cover === undefined) throw new DomainError('internal', 'A packet has no pages.');
      const page = await run('preview', () => engine.png(cover.html, PAPER.a4));
      const exports = gathered.view.case.events.filter((event) => event.kind === 'packet_exported').length;
      return { image: `data:image/png;base64,${Buffer.from(page.bytes).toString('base64')}`, widthMm: PAPER.a4.widthMm, heightMm: page.heightMm, copy: exports + 1 };
    },
    'case.exportPacket': (request) =>
      queue.run(async () => {
        deps.requireSession(request.actor);
        const engine = engineOrThrow();
        if (deps.saveDialog === undefined) throw new DomainError('print_unavailable', 'No save dialog in this environment.');
        const dialog = deps.saveDialog;
        const gathered = await gatherPacket(deps.source, request.id, options(request));
        const path = await run('save dialog', () => dialog.chooseZipPath(packetFileName(gathered.view.case.number, request.language)));
        if (path === undefined) return { saved: false };
        const built = await run('packet', () => buildPacket(gathered, engine, deps.key));
        const pdfPath = pdfBeside(path);
        await deps.writeFile(path, built.zip);
        await deps.writeFile(pdfPath, built.pdf);
        const sameAsLast = lastExport(gathered.view)?.manifestSha256 === built.manifestSha256;
        const fileName = basename(path);
        // Every export is recorded, the same packet again too: each is a disclosure of the case to someone.
        await deps.recordExport(request.id, { manifestSha256: built.manifestSha256, language: request.language, redacted: request.redact, fileName }, request.actor.trim());
        return { saved: true, fileName, pdfFileName: basename(pdfPath), manifestSha256: built.manifestSha256, sameAsLast };
      }),
    'case.printPacket': (request) =>
      queue.run(async () => {
        deps.requireSession(request.actor);
        const engine = engineOrThrow();
        const gathered = withFingerprint(await gatherPacket(deps.source, request.id, options(request)), deps.key.fingerprint);
        // The printer gets one HTML document: Chromium draws the images there, as it always did.
        await run('print', () => engine.print(packetPrintDocument(withInlineImages(gathered)), PAPER.a4, request.printerName));
        return deps.source.view(request.id);
      }),
  };
}
