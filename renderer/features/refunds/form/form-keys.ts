import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/**
 * Enter moves to the next field, as on a paper form read top to bottom. Fields opt in with `data-nav`;
 * in a radio group only the checked button takes part, so Enter leaves the group instead of walking it.
 */
export function navigableFields(form: HTMLElement): HTMLElement[] {
  return Array.from(form.querySelectorAll<HTMLElement>('[data-nav]')).filter((element) => {
    if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) return false;
    return !element.hasAttribute('disabled');
  });
}

export function focusNextField(form: HTMLElement, current: HTMLElement): void {
  const fields = navigableFields(form);
  const index = fields.indexOf(current);
  const next = fields[index + 1];
  if (index === -1 || next === undefined) return;
  next.focus();
  if (next instanceof HTMLInputElement && next.type === 'text') next.select();
}

/** Enter that should move on: not on buttons (they act), not with modifiers, not Shift+Enter in a note. */
export function isMoveOnEnter(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLButtonElement) return false;
  return target.hasAttribute('data-nav');
}
