import { describe, expect, it } from 'vitest';
import { archiveProblem, entryNameProblem, MAX_ENTRIES } from '../../../electron/common/backups/zip-entry-rules';

const entry = (name: string, size = 10, mode = 0o100644) => ({ name, uncompressedSize: size, externalAttributes: (mode << 16) >>> 0, madeByUnix: true });

describe('zip entry rules', () => {
  it.each([
    ['../evil', 'zip_slip'],
    ['ledger/../../evil', 'zip_slip'],
    ['ledger\\..\\evil', 'zip_slip'],
    ['/etc/passwd', 'absolute_path'],
    ['C:/Windows/evil', 'absolute_path'],
    ['\\\\server\\share', 'absolute_path'],
  ])('refuses %s (%s)', (name, reason) => {
    expect(entryNameProblem(name)).toBe(reason);
  });
  it('accepts the app’s own paths', () => {
    expect(entryNameProblem('ledger/2026-11.json')).toBeUndefined();
    expect(archiveProblem([entry('settings.json'), entry('manifest.json')])).toBeUndefined();
  });
  it('refuses a symlink, too many entries, a huge entry', () => {
    expect(archiveProblem([entry('settings.json', 10, 0o120777)])).toBe('symlink');
    expect(archiveProblem(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => entry(`f${i}`)))).toBe('too_many_entries');
    expect(archiveProblem([entry('ledger/2026-11.json', 2 * 1024 * 1024 * 1024)])).toBe('entry_too_large');
  });
});
