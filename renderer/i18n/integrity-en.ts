import type { integrityZhCN } from './integrity-zh-CN';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English strings of Settings → Data self-check. */
export const integrityEn: Shape<typeof integrityZhCN> = {
  title: 'Data self-check',
  intro: 'After every start and once a day the app checks, in the background, that every refund, settlement day and case still has an unbroken history, and that every attachment file is what was saved. The check only reads.',
  never: 'Not checked yet (it runs by itself a few seconds after start-up).',
  running: 'Checking…',
  last: 'Last check: {{time}}',
  counts: '{{refunds}} refunds, {{settlementDays}} settlement days, {{cases}} cases, {{attachments}} attachments',
  clean: 'No problems found ✓',
  found: 'Problems found: {{count}}',
  runNow: 'Check now',
  failed: 'This check did not finish: {{error}}',
  whatToDo:
    'What to do: in "Backup and restore", restore a backup from before the problem (the app backs up the current data first); an attachment can also be added again from the original. Note the numbers below first and check those records after the restore.',
  kind: {
    refund: 'Refund',
    settlement_day: 'Settlement day',
    case: 'Case',
    attachment: 'Attachment',
  },
  what: {
    chain_broken: 'Its history is broken: an event was removed or changed',
    facts_changed: 'Its amount or numbers differ from those recorded when it was created (the data file was edited)',
    payment_missing: 'The sale this refund belongs to is missing',
    replay_mismatch: 'Its content differs from what its history says (the data file was edited)',
    attachment_missing: 'The attachment file is missing',
    attachment_corrupt: 'The attachment file is damaged: its content no longer matches the checksum taken when it was saved',
    attachment_unreadable: 'The attachment file cannot be read',
  },
  unknownRecord: '(no record refers to it)',
  export: {
    title: 'Export to a folder',
    intro: 'Writes every record (JSON text) and the original evidence files into a folder you choose (a USB drive, for example), readable with any text editor. It holds customers\' names and phones: keep it safe. Owner only.',
    button: 'Choose a folder and export…',
    done: 'Exported to {{folder}} ({{refunds}} refunds, {{attachments}} attachments)',
  },
  banner: 'The data self-check found {{count}} problems: see Settings → Data self-check.',
  bannerOpen: 'Show',
};
