/** Display formats shared by every screen. Pure, so the unit tests run in plain Node. */
import { formatYuan } from '../../electron/common/domain/money';
import type { Fen } from '../../electron/common/domain/money';

export function yuan(amount: Fen): string {
  return `¥${formatYuan(amount)}`;
}

function pad(value: number): string {
  return value.toString().padStart(2, '0');
}

/** An ISO instant shown in the shop's local time: `2026-11-22 14:03`. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

/** A slip's local `YYYY-MM-DDTHH:mm` shown as printed, without converting time zones. */
export function formatLocalDateTime(local: string): string {
  return local.replace('T', ' ');
}

/** `now` as the value of a datetime-local input: `YYYY-MM-DDTHH:mm` in local time. */
export function toLocalDateTimeInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

/** PCI DSS 3.4: at most the last four digits are ever shown. */
export function maskCard(last4: string | undefined): string | undefined {
  if (last4 === undefined || last4 === '') return undefined;
  return `**** ${last4}`;
}
