import type { TFunction } from 'i18next';
import type { ReminderText } from '../../../electron/common/reminders/reminder';
import { HOTLINE_IDS } from '../../../electron/common/reminders/hotlines';
import type { HotlineId } from '../../../electron/common/reminders/hotlines';
import { EVIDENCE_ITEMS } from '../../../electron/common/cases/case';
import type { EvidenceItem } from '../../../electron/common/cases/case';

function isHotlineId(value: unknown): value is HotlineId {
  return typeof value === 'string' && (HOTLINE_IDS as readonly string[]).includes(value);
}

function isEvidenceItem(value: unknown): value is EvidenceItem {
  return typeof value === 'string' && (EVIDENCE_ITEMS as readonly string[]).includes(value);
}

/**
 * A reason or step from main, translated: keys come from the pure reminders module (a closed set, checked by
 * the i18n key test), so the typed `t` is loosened for this one lookup. A hotline id becomes its name, an
 * evidence item its words; a case's call step without a ticket number asks for one instead of quoting nothing.
 */
export function reminderText(t: TFunction, text: ReminderText): string {
  const loose = t as unknown as (key: string, options?: Readonly<Record<string, string | number>>) => string;
  const params: Record<string, string | number> = { ...text.params };
  if (isHotlineId(params['hotline'])) params['hotline'] = t(`reminders.hotline.${params['hotline']}`);
  if (isEvidenceItem(params['item'])) params['item'] = t(`cases.evidence.${params['item']}`);
  const key = text.key === 'steps.case.call' && String(params['ticketNo'] ?? '').trim() === '' ? 'steps.case.callNoTicket' : text.key;
  return loose(`reminders.${key}`, params);
}
