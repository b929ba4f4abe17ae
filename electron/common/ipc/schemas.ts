/**
 * Shape checks for every method's one argument, run by main's choke point before any handler.
 * Semantic rules (remainders, dates, card numbers) live in the domain; these only guarantee the types
 * and the limits, so a handler never sees a value its signature does not promise.
 */
import { z } from 'zod';
import { MAX_FEN } from '../domain/money';
import type { Fen } from '../domain/money';
import { CHANNELS, DEDUCTION_KINDS, REFUND_STATUSES, REFUND_TYPES } from '../domain/types';
import type { ArgOf, Method } from './contract';
import {
  counterSettingsArgSchema,
  destinationSchema,
  logContactArgSchema,
  markRecoveredArgSchema,
  reportMisdirectArgSchema,
} from './schemas-counter';
import { addAttachmentArgSchema, readAttachmentArgSchema } from './schemas-attachments';
import { exportRefundsArgSchema, exportSettlementsArgSchema } from '../exports/export-schemas';
import {
  approvalPolicySchema,
  operatorAddArgSchema,
  operatorListArgSchema,
  operatorSetPinArgSchema,
  refundApproveArgSchema,
  refundRefuseArgSchema,
  sessionLockArgSchema,
  sessionUnlockArgSchema,
} from './schemas-approval';
import {
  expectedArrivalArgSchema,
  loadYearArgSchema,
  setArrivalTableArgSchema,
  setClosuresArgSchema,
} from './schemas-calendar';
import {
  hotlineListArgSchema,
  hotlineUpdateArgSchema,
  reminderDismissArgSchema,
  reminderListArgSchema,
  reminderSnoozeArgSchema,
} from './schemas-reminders';
import {
  correctTakingsArgSchema,
  markReceivedArgSchema,
  recordTakingsArgSchema,
  saveSettlementAccountsArgSchema,
  settlementAccountsArgSchema,
  settlementGetArgSchema,
  settlementMonthArgSchema,
} from './schemas-settlements';
import {
  printerListArgSchema,
  receiptPrefsSchema,
  receiptPreviewArgSchema,
  receiptPrintArgSchema,
  receiptSavePdfArgSchema,
  shopProfileSchema,
} from './schemas-receipts';
import {
  addCaseAttachmentArgSchema,
  caseGetArgSchema,
  caseListArgSchema,
  coverLetterDraftArgSchema,
  logCaseContactArgSchema,
  markEvidenceArgSchema,
  openCaseArgSchema,
  packetRequestArgSchema,
  printPacketArgSchema,
  readCaseAttachmentArgSchema,
  saveCoverLetterArgSchema,
  setCaseStatusArgSchema,
  updateCaseArgSchema,
} from './schemas-cases';
import {
  backupCreateArgSchema,
  backupRestoreArgSchema,
  backupSecondLocationArgSchema,
  backupStatusArgSchema,
  backupVerifyArgSchema,
} from '../backups/backup-schemas';
import { privacyEraseArgSchema, privacyPreviewArgSchema, privacyUpdateArgSchema } from '../privacy/privacy-schemas';
import { integrityRunArgSchema, integrityStatusArgSchema } from '../integrity/integrity-schemas';
import { dataExportFolderArgSchema, dataImportFolderArgSchema } from '../portable/portable-schemas';

// In their own zod-free file so the renderer can use the same limits for its inputs.
export { TEXT_LIMITS } from './text-limits';
import { TEXT_LIMITS } from './text-limits';

const fenSchema = z
  .number()
  .int()
  .min(0)
  .max(MAX_FEN)
  .transform((value) => value as Fen);
const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => z.string().max(max).optional();
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const language = z.enum(['zh-CN', 'en']);
const channel = z.enum(CHANNELS);

const identifiers = z.strictObject({
  merchantNo: optionalText(TEXT_LIMITS.identifier),
  terminalNo: optionalText(TEXT_LIMITS.identifier),
  batchNo: optionalText(TEXT_LIMITS.identifier),
  voucherNo: optionalText(TEXT_LIMITS.identifier),
  referenceNo: optionalText(TEXT_LIMITS.identifier),
  authCode: optionalText(TEXT_LIMITS.identifier),
  cardLast4: optionalText(TEXT_LIMITS.identifier),
  transactionNo: optionalText(TEXT_LIMITS.identifier),
  merchantOrderNo: optionalText(TEXT_LIMITS.identifier),
});

const id = text(TEXT_LIMITS.id).min(1);

export const ARG_SCHEMAS: { readonly [M in Method]: z.ZodType<ArgOf<M>, unknown> } = {
  'app.info': z.strictObject({}),
  'app.setup': z.strictObject({
    shopName: text(TEXT_LIMITS.name),
    operatorName: text(TEXT_LIMITS.name),
    language,
    loadDemo: z.boolean(),
    ownerPin: z.string().max(32).optional(),
  }),
  'settings.update': z.strictObject({
    language: language.optional(),
    shopName: optionalText(TEXT_LIMITS.name),
    lastChannel: channel.optional(),
    lastOperator: optionalText(TEXT_LIMITS.name),
    approval: approvalPolicySchema.optional(),
    notifications: z
      .strictObject({ enabled: z.boolean(), morningTime: z.string().max(5), quietStart: z.string().max(5), quietEnd: z.string().max(5) })
      .optional(),
    shop: shopProfileSchema.optional(),
    receipt: receiptPrefsSchema.optional(),
  }),
  'refund.create': z.strictObject({
    requestId: id,
    payment: z.strictObject({
      channel,
      paidAt: localDateTime,
      amount: fenSchema,
      ids: identifiers,
    }),
    refund: z.strictObject({
      type: z.enum(REFUND_TYPES),
      amount: fenSchema,
      deductions: z
        .array(z.strictObject({ kind: z.enum(DEDUCTION_KINDS), amount: fenSchema, reason: text(TEXT_LIMITS.reason) }))
        .max(10),
      customerName: optionalText(TEXT_LIMITS.name),
      customerPhone: optionalText(TEXT_LIMITS.name),
      operator: text(TEXT_LIMITS.name),
      note: optionalText(TEXT_LIMITS.note),
      destination: destinationSchema.optional(),
      destinationConfirmed: z.boolean().optional(),
    }),
    confirmDuplicate: z.boolean().optional(),
  }),
  'refund.list': z.strictObject({
    text: optionalText(TEXT_LIMITS.search),
    status: z.enum(REFUND_STATUSES).optional(),
    channel: channel.optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
  }),
  'refund.get': z.strictObject({ id }),
  'refund.advance': z.strictObject({
    id,
    to: z.enum(REFUND_STATUSES),
    actor: text(TEXT_LIMITS.name),
    note: optionalText(TEXT_LIMITS.note),
    reason: optionalText(TEXT_LIMITS.reason),
    reroutedTo: optionalText(TEXT_LIMITS.name),
  }),
  'refund.addNote': z.strictObject({ id, actor: text(TEXT_LIMITS.name), note: text(TEXT_LIMITS.note) }),
  'payment.lookup': z.strictObject({ channel, paidAt: localDateTime, ids: identifiers }),
  'settings.updateCounter': counterSettingsArgSchema,
  'refund.logContact': logContactArgSchema,
  'refund.reportMisdirect': reportMisdirectArgSchema,
  'refund.markRecovered': markRecoveredArgSchema,
  'attachment.add': addAttachmentArgSchema,
  'attachment.read': readAttachmentArgSchema,
  'operator.list': operatorListArgSchema,
  'operator.add': operatorAddArgSchema,
  'operator.setPin': operatorSetPinArgSchema,
  'session.unlock': sessionUnlockArgSchema,
  'session.lock': sessionLockArgSchema,
  'refund.approve': refundApproveArgSchema,
  'refund.refuse': refundRefuseArgSchema,
  'calendar.info': z.strictObject({}),
  'calendar.loadYear': loadYearArgSchema,
  'calendar.setClosures': setClosuresArgSchema,
  'calendar.setArrivalTable': setArrivalTableArgSchema,
  'refund.expectedArrival': expectedArrivalArgSchema,
  'reminder.list': reminderListArgSchema,
  'settlement.accounts': settlementAccountsArgSchema,
  'settlement.saveAccounts': saveSettlementAccountsArgSchema,
  'settlement.record': recordTakingsArgSchema,
  'settlement.correct': correctTakingsArgSchema,
  'settlement.markReceived': markReceivedArgSchema,
  'settlement.get': settlementGetArgSchema,
  'settlement.month': settlementMonthArgSchema,
  'receipt.preview': receiptPreviewArgSchema,
  'receipt.print': receiptPrintArgSchema,
  'receipt.savePdf': receiptSavePdfArgSchema,
  'printer.list': printerListArgSchema,
  'case.open': openCaseArgSchema,
  'case.list': caseListArgSchema,
  'case.get': caseGetArgSchema,
  'case.setStatus': setCaseStatusArgSchema,
  'case.logContact': logCaseContactArgSchema,
  'case.addAttachment': addCaseAttachmentArgSchema,
  'case.readAttachment': readCaseAttachmentArgSchema,
  'case.markEvidence': markEvidenceArgSchema,
  'case.update': updateCaseArgSchema,
  'case.coverLetterDraft': coverLetterDraftArgSchema,
  'case.saveCoverLetter': saveCoverLetterArgSchema,
  'case.previewPacket': packetRequestArgSchema,
  'case.exportPacket': packetRequestArgSchema,
  'case.printPacket': printPacketArgSchema,
  'backup.status': backupStatusArgSchema,
  'backup.create': backupCreateArgSchema,
  'backup.verify': backupVerifyArgSchema,
  'backup.restore': backupRestoreArgSchema,
  'backup.setSecondLocation': backupSecondLocationArgSchema,
  'privacy.update': privacyUpdateArgSchema,
  'privacy.previewCustomer': privacyPreviewArgSchema,
  'privacy.eraseCustomer': privacyEraseArgSchema,
  'integrity.status': integrityStatusArgSchema,
  'integrity.run': integrityRunArgSchema,
  'data.exportFolder': dataExportFolderArgSchema,
  'data.importFolder': dataImportFolderArgSchema,
  'export.refunds': exportRefundsArgSchema,
  'export.settlements': exportSettlementsArgSchema,
  'reminder.snooze': reminderSnoozeArgSchema,
  'reminder.dismiss': reminderDismissArgSchema,
  'hotline.list': hotlineListArgSchema,
  'hotline.update': hotlineUpdateArgSchema,
};
