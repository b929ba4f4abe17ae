/**
 * Argument shapes for the case and packet methods (see contract-cases.ts): types and outer bounds only; the
 * case rules (electron/common/cases) check meaning and answer with translated field errors.
 */
import { z } from 'zod';
import { CASE_KINDS, CASE_LINK_TYPES, CASE_STATUSES, COUNTERPARTY_KINDS, EVIDENCE_ITEMS } from '../cases/case';
import { CONTACT_CHANNELS, CONTACT_PARTIES } from '../domain/misdirect';
import { HOTLINE_IDS } from '../reminders/hotlines';
import { fileBytesSchema } from './schemas-attachments';

const id = z.string().min(1).max(100);
const actor = z.string().max(100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const text = (max: number) => z.string().max(max);
const link = z.strictObject({ type: z.enum(CASE_LINK_TYPES), id });
const language = z.enum(['zh-CN', 'en']);

export const openCaseArgSchema = z.strictObject({
  requestId: id,
  kind: z.enum(CASE_KINDS),
  links: z.array(link).max(100),
  counterparty: z.strictObject({
    kind: z.enum(COUNTERPARTY_KINDS),
    name: text(500),
    hotlineId: z.enum(HOTLINE_IDS).optional(),
    phone: text(200).optional(),
  }),
  deadline: isoDate.optional(),
  ticketNo: text(500).optional(),
  demand: text(5000).optional(),
  actor,
});

export const caseListArgSchema = z.strictObject({ filter: z.enum(['open', 'all']).optional(), linkedTo: link.optional() });
export const caseGetArgSchema = z.strictObject({ id });
export const setCaseStatusArgSchema = z.strictObject({ id, to: z.enum(CASE_STATUSES), note: text(5000).optional(), actor });

export const logCaseContactArgSchema = z.strictObject({
  id,
  actor,
  contact: z.strictObject({
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u),
    channel: z.enum(CONTACT_CHANNELS),
    party: z.enum(CONTACT_PARTIES),
    who: text(500).optional(),
    summary: text(5000),
  }),
});

export const addCaseAttachmentArgSchema = z.strictObject({
  id,
  name: text(4096),
  bytes: fileBytesSchema,
  evidence: z.enum(EVIDENCE_ITEMS).optional(),
  actor,
});

export const readCaseAttachmentArgSchema = z.strictObject({ id, sha256: z.string().regex(/^[0-9a-f]{64}$/u) });
export const markEvidenceArgSchema = z.strictObject({ id, item: z.enum(EVIDENCE_ITEMS), reason: text(5000), actor });
export const updateCaseArgSchema = z.strictObject({ id, deadline: isoDate.optional(), ticketNo: text(500).optional(), note: text(5000).optional(), actor });
export const coverLetterDraftArgSchema = z.strictObject({ id, language });
export const saveCoverLetterArgSchema = z.strictObject({ id, text: text(50_000), actor });
export const packetRequestArgSchema = z.strictObject({ id, language, redact: z.boolean(), actor });
export const printPacketArgSchema = z.strictObject({ id, language, redact: z.boolean(), printerName: z.string().min(1).max(300).optional(), actor });
