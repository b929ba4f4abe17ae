/**
 * "Every record file parses with the store schemas": each data file in a backup is decoded the way its store
 * will decode it at the next start (envelope checksum + zod schema), and each attachment must hash to its name.
 * A backup that passes this is one the stores open without quarantining anything.
 */
import { decodeEnvelope } from '../storage/envelope';
import { parseLedgerPartition, parseSettings } from '../ledger-schema';
import { parseAccountsFile, parseYearFile } from '../settlements/settlement-schema';
import { parseCaseYearFile } from '../cases/case-schema';
import { parseCalendarData } from '../calendar/calendar-store';
import { sha256Of } from './backup-manifest';
import { DATA_VERSION_FILE, parseDataVersion } from '../migrations/data-version';

function parserFor(path: string): ((data: unknown) => unknown) | undefined {
  if (path === 'settings.json') return parseSettings;
  if (path === 'calendar.json') return parseCalendarData;
  if (path === DATA_VERSION_FILE) return parseDataVersion;
  if (path.startsWith('ledger/')) return parseLedgerPartition;
  if (path === 'settlements/accounts.json') return parseAccountsFile;
  if (path.startsWith('settlements/')) return parseYearFile;
  if (path.startsWith('cases/')) return parseCaseYearFile;
  return undefined;
}

/** Undefined when the file is what its store expects; otherwise a short reason for the log. */
export function recordFileProblem(path: string, bytes: Uint8Array): string | undefined {
  if (path.startsWith('attachments/')) {
    return sha256Of(bytes) === path.split('/').slice(1).join('') ? undefined : 'attachment does not match its hash';
  }
  if (path.startsWith('keys/')) {
    // The key file is plain JSON (not an envelope); install-key.ts judges its fields and recovers on its own.
    try {
      JSON.parse(Buffer.from(bytes).toString('utf8'));
      return undefined;
    } catch {
      return 'key file is not JSON';
    }
  }
  const parse = parserFor(path);
  if (parse === undefined) return 'unknown data file';
  const decoded = decodeEnvelope(Buffer.from(bytes), parse);
  return decoded.ok ? undefined : `${decoded.problem}: ${decoded.detail}`;
}
