/**
 * `SHA256SUMS` exactly as GNU `sha256sum` writes it, so `sha256sum -c SHA256SUMS` (Linux), `shasum -a 256 -c`
 * (macOS) and a PowerShell loop (VERIFY.txt) check it as is: `<64 lowercase hex><two spaces><path>\n`, paths
 * with `/`, sorted by code unit so the same files always give the same bytes.
 */

export interface HashedFile {
  /** Path inside the zip, `/`-separated, already safe (zip-names.ts). */
  readonly path: string;
  readonly size: number;
  /** Lowercase hex SHA-256 of the bytes. */
  readonly sha256: string;
}

const HEX64 = /^[0-9a-f]{64}$/u;

export function byPath<T extends { readonly path: string }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function formatSha256Sums(files: readonly HashedFile[]): string {
  return [...files]
    .sort(byPath)
    .map((file) => {
      // A newline or backslash in a name makes sha256sum switch to its escaped format; zip-names.ts never lets one through.
      if (!HEX64.test(file.sha256) || /[\n\r\\]/u.test(file.path)) throw new TypeError(`SHA256SUMS: bad entry ${file.path}`);
      return `${file.sha256}  ${file.path}\n`;
    })
    .join('');
}

/** The entries of a SHA256SUMS text, or undefined when a line is not in the format. */
export function parseSha256Sums(text: string): { readonly path: string; readonly sha256: string }[] | undefined {
  const out: { path: string; sha256: string }[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) {2}(.+)$/u.exec(line);
    if (match === null) return undefined;
    out.push({ sha256: match[1] ?? '', path: match[2] ?? '' });
  }
  return out;
}
