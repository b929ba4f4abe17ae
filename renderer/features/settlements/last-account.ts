/**
 * The account the last day was recorded for, so the next morning's form starts on it. Kept in the renderer's
 * storage: a convenience, never a record (the form falls back to the first account when it is gone).
 */
const KEY = 'refunddesk.settlements.lastAccount';

export function rememberedAccount(): string | undefined {
  try {
    return window.localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberAccount(id: string): void {
  try {
    window.localStorage.setItem(KEY, id);
  } catch {
    // Storage refused (private mode, quota): the form simply starts on the first account next time.
  }
}
