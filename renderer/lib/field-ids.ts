/** DOM ids derived from a field path (`refund.deductions.0.reason`), so an app error can find and focus its field. */
export function fieldDomId(path: string): string {
  return `f-${path.replaceAll('.', '-')}`;
}

/** The `aria-describedby` of a control: its error first, then any warning, then the hint. */
export function describedBy(path: string, parts: { hint?: boolean; error?: boolean; warning?: boolean }): string | undefined {
  const id = fieldDomId(path);
  const ids = [
    parts.error === true ? `${id}-error` : undefined,
    parts.warning === true ? `${id}-warning` : undefined,
    parts.hint === true ? `${id}-hint` : undefined,
  ].filter((value): value is string => value !== undefined);
  return ids.length === 0 ? undefined : ids.join(' ');
}
