/** Keyboard helpers shared by the screens' shortcuts. */

/** True when a keystroke would type text, so single-letter shortcuts (N, /) must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
}

/** True while a modal dialog is open: page-level shortcuts must not act behind it. */
export function isDialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
