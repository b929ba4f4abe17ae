/**
 * What an evidence packet (DOMAIN §1 job 4, RELIABILITY §5) is made from: the case, its linked records and
 * files, the shop, the cover letter text. Gathered by electron/node/packets from the case service and the
 * ledger; everything after that (redaction, HTML, manifest, SHA256SUMS, event files) is pure and lives here.
 */
import type { Attachment } from '../attachments/attachment';
import type { Case, EvidenceItem, EvidenceState } from '../cases/case';
import type { Payment, Refund } from '../domain/types';
import type { Fen } from '../domain/money';
import type { IsoDate } from '../calendar/iso-date';

export type PacketLanguage = 'zh-CN' | 'en';

export type PacketAttachment = Attachment & { readonly evidence?: EvidenceItem };

/** A linked settlement day as facts only: no "late"/"waiting" judgement, which depends on today's date. */
export interface PacketSettlement {
  readonly accountName: string;
  readonly businessDate: IsoDate;
  readonly batchNo?: string;
  readonly salesAmount: Fen;
  readonly refundsAmount: Fen;
  readonly expectedNet: Fen;
  readonly expectedBy: IsoDate;
  readonly received?: { readonly amount: Fen; readonly date: IsoDate };
}

export interface PacketShop {
  readonly name: string;
  readonly address?: string;
  /** The sender's contact: kept in redacted packets, since the recipient must be able to reply. */
  readonly phone?: string;
}

export interface PacketData {
  /** The case with its events trimmed of trailing `packet_exported` events (packet-events.ts). */
  readonly case: Case;
  readonly checklist: readonly EvidenceState[];
  readonly attachments: readonly PacketAttachment[];
  /** Linked refunds with their payments and full event chains. */
  readonly refunds: readonly { readonly refund: Refund; readonly payment: Payment }[];
  /** Payments linked directly (not only through a refund). */
  readonly payments: readonly Payment[];
  readonly settlements: readonly PacketSettlement[];
  readonly shop: PacketShop;
  /** The saved cover letter, or the draft for this language. */
  readonly coverLetter: string;
  readonly keyFingerprint: string;
}

/** What redaction masked, for the manifest: where (a field path) and what kind of data. Never the value. */
export interface RedactionEntry {
  readonly path: string;
  readonly kind: 'name' | 'phone' | 'card' | 'account' | 'text';
}
