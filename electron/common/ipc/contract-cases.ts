/** Contract types of cases and evidence packets (cases/, electron/node/packets). Kept apart so contract.ts only gains method lines. */
import type { Attachment } from '../attachments/attachment';
import type { IsoDate } from '../calendar/iso-date';
import type { ContactEntry } from '../domain/misdirect';
import type { Payment } from '../domain/types';
import type {
  Case,
  CaseKind,
  CaseLink,
  CaseStatus,
  Counterparty,
  EvidenceItem,
  EvidenceState,
  PacketExport,
} from '../cases/case';
import type { RefundSummary } from './contract';
import type { SettlementView } from './contract-settlements';

export interface OpenCaseInput {
  /** A repeated submit returns the first case instead of opening a second. */
  readonly requestId: string;
  readonly kind: CaseKind;
  readonly links: readonly CaseLink[];
  readonly counterparty: Counterparty;
  /** Required for 调单 and 拒付, copied from the notice; optional otherwise. */
  readonly deadline?: IsoDate;
  readonly ticketNo?: string;
  readonly demand?: string;
  readonly actor: string;
}

export interface CaseSummary {
  readonly id: string;
  readonly number: string;
  readonly kind: CaseKind;
  readonly status: CaseStatus;
  readonly counterpartyName: string;
  readonly deadline?: IsoDate;
  /** Whole days from main's today to the deadline (negative once passed). */
  readonly daysLeft?: number;
  /** Checklist items still missing. */
  readonly missing: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CaseView {
  readonly case: Case;
  readonly summary: CaseSummary;
  /** The evidence checklist for the case's kind, in order, each item's state. */
  readonly checklist: readonly EvidenceState[];
  /** Files attached to the case (from its events), newest last. */
  readonly attachments: readonly (Attachment & { readonly evidence?: EvidenceItem })[];
  /** The records the case links, as the screens show them. */
  readonly linked: {
    readonly refunds: readonly RefundSummary[];
    readonly payments: readonly Payment[];
    readonly settlements: readonly SettlementView[];
  };
  readonly chainValid: boolean;
  /** The last export, and whether the case changed since (a new export would differ). */
  readonly lastPacket?: PacketExport & { readonly at: string; readonly stale: boolean };
}

export interface CaseListQuery {
  /** `open`: every status but resolved and lost (default). */
  readonly filter?: 'open' | 'all';
  /** Only cases linking this record. */
  readonly linkedTo?: CaseLink;
}

export interface SetCaseStatusInput {
  readonly id: string;
  readonly to: CaseStatus;
  readonly note?: string;
  readonly actor: string;
}

export interface LogCaseContactInput {
  readonly id: string;
  readonly contact: ContactEntry;
  readonly actor: string;
}

export interface AddCaseAttachmentInput {
  readonly id: string;
  /** The original file name: display text only. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Which checklist item this file answers, if the owner said. */
  readonly evidence?: EvidenceItem;
  readonly actor: string;
}

export interface MarkEvidenceInput {
  readonly id: string;
  readonly item: EvidenceItem;
  /** Why it cannot be had (e.g. "签购单已遗失，商户联未保存"). */
  readonly reason: string;
  readonly actor: string;
}

export interface UpdateCaseInput {
  readonly id: string;
  readonly deadline?: IsoDate;
  readonly ticketNo?: string;
  readonly note?: string;
  readonly actor: string;
}

export interface SaveCoverLetterInput {
  readonly id: string;
  readonly text: string;
  readonly actor: string;
}

export interface CoverLetterQuery {
  readonly id: string;
  readonly language: 'zh-CN' | 'en';
}

export interface PacketRequest {
  readonly id: string;
  /** The recipient's language. */
  readonly language: 'zh-CN' | 'en';
  /** Default true: names, phones and card numbers redacted (`张*`, `138****0000`, `**** 1234`). */
  readonly redact: boolean;
  readonly actor: string;
}

export type ExportPacketResult =
  | { readonly saved: false }
  | {
      readonly saved: true;
      /** The zip's file name (the PDF sits beside it and inside it). */
      readonly fileName: string;
      readonly pdfFileName: string;
      readonly manifestSha256: string;
      /** True when the last export had the same manifest: the case did not change. */
      readonly sameAsLast: boolean;
    };

export interface PrintPacketInput extends PacketRequest {
  readonly printerName?: string;
}
