/**
 * The one way text enters receipt HTML (RELIABILITY §4, "text into documents"). Every value, in element
 * content and in attributes alike, goes through escapeHtml, so `<img src=x onerror=…>` prints as itself.
 */

const ENTITIES: { readonly [char: string]: string } = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Controls the HTML parser would mangle (NUL, C0/C1 except tab and newline) and bidi overrides/isolates, which
 * would let a name reverse the text printed after it (`U+202E`), are dropped before escaping.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

export function escapeHtml(text: string): string {
  return text.replace(UNSAFE, '').replace(/[&<>"']/gu, (char) => ENTITIES[char] ?? char);
}
