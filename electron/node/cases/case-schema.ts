/**
 * The stored shape of cases, checked on every load and before every save (like settlement-schema.ts). No text
 * limits here: storage must load anything it was ever allowed to save.
 */
import { z } from 'zod';
import {
  CASE_EVENT_KINDS,
  CASE_KINDS,
  CASE_LINK_TYPES,
  CASE_STATUSES,
  COUNTERPARTY_KINDS,
  EVIDENCE_ITEMS,
} from '../../common/cases/case';
import type { Case, CaseEvent, CaseOpening, Counterparty, PacketExport } from '../../common/cases/case';
import { HOTLINE_IDS } from '../../common/reminders/hotlines';
import { CASE_REMINDER_KINDS } from '../../common/reminders/reminder-kinds';
import { attachmentRefSchema } from '../attachments/attachment-schema';
import { contactEntrySchema } from '../counter-schema';
import type { Expect, Mirrors } from '../ledger-schema';

const linkSchema = z.object({ type: z.enum(CASE_LINK_TYPES), id: z.string() });
const counterpartySchema = z.object({
  kind: z.enum(COUNTERPARTY_KINDS),
  name: z.string(),
  hotlineId: z.enum(HOTLINE_IDS).optional(),
  phone: z.string().optional(),
});
const openingSchema = z.object({
  number: z.string().optional(),
  kind: z.enum(CASE_KINDS),
  links: z.array(linkSchema),
  counterparty: counterpartySchema,
  deadline: z.string().optional(),
  ticketNo: z.string().optional(),
  demand: z.string().optional(),
});
const packetSchema = z.object({ manifestSha256: z.string(), language: z.enum(['zh-CN', 'en']), redacted: z.boolean(), fileName: z.string() });

const eventSchema = z.object({
  seq: z.int().min(1),
  at: z.string(),
  actor: z.string(),
  kind: z.enum(CASE_EVENT_KINDS),
  from: z.enum(CASE_STATUSES).optional(),
  to: z.enum(CASE_STATUSES).optional(),
  note: z.string().optional(),
  opened: openingSchema.optional(),
  contact: contactEntrySchema.optional(),
  attachment: attachmentRefSchema.extend({ evidence: z.enum(EVIDENCE_ITEMS).optional() }).optional(),
  evidence: z.object({ item: z.enum(EVIDENCE_ITEMS), reason: z.string() }).optional(),
  deadline: z.string().optional(),
  ticketNo: z.string().optional(),
  coverLetter: z.string().optional(),
  packet: packetSchema.optional(),
  reminder: z.object({ kind: z.enum(CASE_REMINDER_KINDS), until: z.string().optional(), reason: z.string() }).optional(),
  erasedSeqs: z.array(z.int().min(1)).optional(),
  erased: z.literal(true).optional(),
  prevHash: z.string(),
  hash: z.string(),
});

const caseSchema = z.object({
  id: z.string(),
  number: z.string(),
  requestId: z.string(),
  kind: z.enum(CASE_KINDS),
  status: z.enum(CASE_STATUSES),
  links: z.array(linkSchema),
  counterparty: counterpartySchema,
  deadline: z.string().optional(),
  ticketNo: z.string().optional(),
  demand: z.string().optional(),
  coverLetter: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(eventSchema),
});

export interface CaseYearFile {
  readonly cases: readonly Case[];
}

const yearFileSchema = z.object({ cases: z.array(caseSchema) });

export function parseCaseYearFile(data: unknown): CaseYearFile {
  return yearFileSchema.parse(data);
}

/** Compile-time: each schema has exactly its interface's fields, so a new field cannot be dropped on load. */
export type CaseSchemaMirrorsTypes = [
  Expect<Mirrors<z.output<typeof counterpartySchema>, Counterparty>>,
  Expect<Mirrors<z.output<typeof openingSchema>, CaseOpening>>,
  Expect<Mirrors<z.output<typeof packetSchema>, PacketExport>>,
  Expect<Mirrors<z.output<typeof eventSchema>, CaseEvent>>,
  Expect<Mirrors<z.output<typeof caseSchema>, Case>>,
];
