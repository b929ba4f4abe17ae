/**
 * Cases in the UI's words: days left to a deadline, whether it is urgent, how a checklist item stands, how many
 * items are missing, a case event as one line. Pure (takes i18next's instance), so unit tests check both languages.
 */
import type { i18n } from 'i18next';
import { CASE_KINDS, CASE_STATUSES, EVIDENCE_ITEMS } from '../../../electron/common/cases/case';
import type { CaseEvent, CaseKind, CaseStatus, EvidenceItem, EvidenceState } from '../../../electron/common/cases/case';
import { formatInstant, formatLocalDateTime } from '../../lib/format';
import '../../i18n/resources';

export function isCaseKind(value: unknown): value is CaseKind {
  return typeof value === 'string' && (CASE_KINDS as readonly string[]).includes(value);
}

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

export function isEvidenceItem(value: unknown): value is EvidenceItem {
  return typeof value === 'string' && (EVIDENCE_ITEMS as readonly string[]).includes(value);
}

/** "还剩 3 天", "明天截止", "今天截止", "已过期 2 天", or "无截止日期" when the case has none. */
export function daysLeftText(instance: i18n, daysLeft: number | undefined): string {
  if (daysLeft === undefined) return instance.t('cases.days.none');
  if (daysLeft < 0) return instance.t('cases.days.passed', { days: String(-daysLeft) });
  if (daysLeft === 0) return instance.t('cases.days.today');
  if (daysLeft === 1) return instance.t('cases.days.tomorrow');
  return instance.t('cases.days.left', { days: String(daysLeft) });
}

/** Red when one day or less is left, or the deadline has passed. */
export function isDeadlineUrgent(daysLeft: number | undefined): boolean {
  return daysLeft !== undefined && daysLeft <= 1;
}

/** "缺 2 项" / "证据齐全". */
export function missingText(instance: i18n, missing: number): string {
  return missing <= 0 ? instance.t('cases.missing.none') : instance.t('cases.missing.count', { count: missing });
}

export function evidenceName(instance: i18n, item: string): string {
  return isEvidenceItem(item) ? instance.t(`cases.evidence.${item}`) : item;
}

/**
 * One checklist item's state in words: which record meets it, which files, why it cannot be had, or 缺/MISSING.
 * `names` maps an attachment's SHA-256 to its display name (a file not in the map shows its hash's start).
 */
export function evidenceStateText(instance: i18n, state: EvidenceState, names: ReadonlyMap<string, string> = new Map()): string {
  switch (state.state) {
    case 'data':
      return instance.t('cases.evidenceState.data', { detail: state.detail });
    case 'file':
      return instance.t('cases.evidenceState.file', {
        names: state.files.map((sha) => names.get(sha) ?? sha.slice(0, 12)).join(instance.language === 'en' ? ', ' : '、'),
      });
    case 'not_available':
      return instance.t('cases.evidenceState.not_available', { reason: state.reason });
    case 'missing':
      return instance.t('cases.evidenceState.missing');
  }
}

export function countMissing(states: readonly EvidenceState[]): number {
  return states.filter((state) => state.state === 'missing').length;
}

/** One line of a case's history. Contacts and notes carry their own text; the screen shows it below the line. */
export function caseEventText(instance: i18n, event: CaseEvent): string {
  switch (event.kind) {
    case 'created':
      return instance.t('cases.event.created');
    case 'status_changed':
      return instance.t('cases.event.status_changed', { to: isCaseStatus(event.to) ? instance.t(`cases.status.${event.to}`) : String(event.to ?? '') });
    case 'contact_logged':
      return instance.t('cases.event.contact_logged');
    case 'attachment_added':
      return instance.t('cases.event.attachment_added', { name: event.attachment?.name ?? '' });
    case 'evidence_marked':
      return instance.t('cases.event.evidence_marked', {
        item: evidenceName(instance, event.evidence?.item ?? ''),
        reason: event.evidence?.reason ?? '',
      });
    case 'deadline_set':
      return instance.t('cases.event.deadline_set', { deadline: event.deadline ?? '' });
    case 'ticket_set':
      return instance.t('cases.event.ticket_set', { ticketNo: event.ticketNo ?? '' });
    case 'note_added':
      return instance.t('cases.event.note_added');
    case 'cover_letter_saved':
      return instance.t('cases.event.cover_letter_saved');
    case 'packet_exported':
      return instance.t('cases.event.packet_exported', { fileName: event.packet?.fileName ?? '' });
    case 'reminder_snoozed':
      return instance.t('cases.event.reminder_snoozed', {
        until: event.reminder?.until === undefined ? '' : formatInstant(event.reminder.until),
        reason: event.reminder?.reason ?? '',
      });
    case 'reminder_dismissed':
      return instance.t('cases.event.reminder_dismissed', { reason: event.reminder?.reason ?? '' });
    case 'personal_data_erased':
      return instance.t('cases.event.personal_data_erased');
    case 'attachment_erased':
      return instance.t('cases.event.attachment_erased', { name: event.attachment?.name ?? '' });
  }
}

/** The contact's own line: "2026-11-20 10:05 · 电话 · 银行 · 工行客服 8 号". */
export function contactLine(instance: i18n, event: CaseEvent): string | undefined {
  const contact = event.contact;
  if (contact === undefined) return undefined;
  const parts = [
    formatLocalDateTime(contact.at),
    instance.t(`counter.contact.channels.${contact.channel}`),
    instance.t(`counter.contact.parties.${contact.party}`),
    ...(contact.who === undefined ? [] : [contact.who]),
  ];
  return parts.join(' · ');
}

/** "2026-11-24 · 中文 · 已隐去个人信息 · AJ-….zip" for the packet panel's last-export line. */
export function lastPacketText(
  instance: i18n,
  packet: { readonly at: string; readonly language: 'zh-CN' | 'en'; readonly redacted: boolean; readonly fileName: string },
): string {
  return instance.t('cases.packet.last', {
    when: formatInstant(packet.at),
    language: instance.t(`cases.packet.languages.${packet.language}`),
    redaction: packet.redacted ? instance.t('cases.packet.lastRedacted') : instance.t('cases.packet.lastNotRedacted'),
    fileName: packet.fileName,
  });
}
