/** Handlers that record calls, for testing the choke point on its own (the real ones are tested end to end). */
import { DomainError } from '../../../electron/common/domain/errors';
import type { Handlers } from '../../../electron/common/ipc/contract';

export interface RecordedCall {
  readonly method: string;
  readonly arg: unknown;
}

export function recordingHandlers(calls: RecordedCall[]): Handlers {
  const record = (method: string) => (arg: unknown) => {
    calls.push({ method, arg });
    return Promise.reject(new Error(`${method} is not used by this test`));
  };
  return {
    'app.info': record('app.info'),
    'app.setup': record('app.setup'),
    'settings.update': record('settings.update'),
    'refund.create': record('refund.create'),
    'refund.list': (arg) => {
      calls.push({ method: 'refund.list', arg });
      return Promise.resolve({ total: 0, offset: arg.offset, items: [] });
    },
    'refund.get': (arg) => {
      calls.push({ method: 'refund.get', arg });
      return Promise.reject(new DomainError('not_found', `No refund ${arg.id}`, { params: { id: arg.id } }));
    },
    'refund.advance': record('refund.advance'),
    'refund.addNote': () => Promise.reject(new TypeError('boom: a bug, not a domain error')),
    'payment.lookup': record('payment.lookup'),
    'settings.updateCounter': record('settings.updateCounter'),
    'refund.logContact': record('refund.logContact'),
    'refund.reportMisdirect': record('refund.reportMisdirect'),
    'refund.markRecovered': record('refund.markRecovered'),
    'attachment.add': record('attachment.add'),
    'attachment.read': record('attachment.read'),
    'operator.list': record('operator.list'),
    'operator.add': record('operator.add'),
    'operator.setPin': record('operator.setPin'),
    'session.unlock': record('session.unlock'),
    'reminder.list': record('reminder.list'),
    'reminder.snooze': record('reminder.snooze'),
    'reminder.dismiss': record('reminder.dismiss'),
    'hotline.list': record('hotline.list'),
    'hotline.update': record('hotline.update'),
    'session.lock': record('session.lock'),
    'refund.approve': record('refund.approve'),
    'refund.refuse': record('refund.refuse'),
    'calendar.info': record('calendar.info'),
    'calendar.loadYear': record('calendar.loadYear'),
    'calendar.setClosures': record('calendar.setClosures'),
    'calendar.setArrivalTable': record('calendar.setArrivalTable'),
    'refund.expectedArrival': record('refund.expectedArrival'),
    'settlement.accounts': record('settlement.accounts'),
    'settlement.saveAccounts': record('settlement.saveAccounts'),
    'settlement.record': record('settlement.record'),
    'settlement.correct': record('settlement.correct'),
    'settlement.markReceived': record('settlement.markReceived'),
    'settlement.get': record('settlement.get'),
    'settlement.month': record('settlement.month'),
    'receipt.preview': record('receipt.preview'),
    'receipt.print': record('receipt.print'),
    'receipt.savePdf': record('receipt.savePdf'),
    'printer.list': record('printer.list'),
    'case.open': record('case.open'),
    'case.list': record('case.list'),
    'case.get': record('case.get'),
    'case.setStatus': record('case.setStatus'),
    'case.logContact': record('case.logContact'),
    'case.addAttachment': record('case.addAttachment'),
    'case.readAttachment': record('case.readAttachment'),
    'case.markEvidence': record('case.markEvidence'),
    'case.update': record('case.update'),
    'case.coverLetterDraft': record('case.coverLetterDraft'),
    'case.saveCoverLetter': record('case.saveCoverLetter'),
    'case.previewPacket': record('case.previewPacket'),
    'case.exportPacket': record('case.exportPacket'),
    'case.printPacket': record('case.printPacket'),
    'backup.status': record('backup.status'),
    'backup.create': record('backup.create'),
    'backup.verify': record('backup.verify'),
    'backup.restore': record('backup.restore'),
    'backup.setSecondLocation': record('backup.setSecondLocation'),
    'privacy.update': record('privacy.update'),
    'privacy.previewCustomer': record('privacy.previewCustomer'),
    'privacy.eraseCustomer': record('privacy.eraseCustomer'),
    'integrity.status': record('integrity.status'),
    'integrity.run': record('integrity.run'),
    'data.exportFolder': record('data.exportFolder'),
    'data.importFolder': record('data.importFolder'),
    'export.refunds': record('export.refunds'),
    'export.settlements': record('export.settlements'),
  };
}
