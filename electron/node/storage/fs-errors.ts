/** Reading errno codes off unknown errors, and turning a failed save into the DomainError the user sees. */
import { DomainError } from '../../common/domain/errors';

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export function hasCode(error: unknown, ...codes: readonly string[]): boolean {
  const code = errorCode(error);
  return code !== undefined && codes.includes(code);
}

export function isMissing(error: unknown): boolean {
  return hasCode(error, 'ENOENT');
}

/**
 * A full disk (or quota) gets its own code so the UI can say "free some space and try again";
 * everything else is a generic save failure whose message carries the OS code for support.
 */
export function toSaveError(error: unknown, file: string): DomainError {
  if (error instanceof DomainError) return error;
  const code = errorCode(error) ?? 'UNKNOWN';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new DomainError('disk_full', `Disk full while saving ${file} (${code}): ${detail}`, {
      params: { file, code },
    });
  }
  return new DomainError('save_failed', `Could not save ${file} (${code}): ${detail}`, { params: { file, code } });
}

/** Runs a clean-up step whose failure must not hide the error that made us clean up. */
export async function bestEffort(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch {
    // The original error is what the caller needs; a leftover temp file is swept at next start.
  }
}
