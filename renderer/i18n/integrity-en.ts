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
  import: {
    title: 'Import from an export folder',
    intro: 'Brings back data exported earlier with "Export to a folder". Every file is checked first (SHA256SUMS, each record\'s history, attachments); if anything is wrong nothing is imported and nothing changes. Owner only.',
    button: 'Import from an exported folder…',
    confirmTitle: 'Replace the current data with this export folder?',
    confirmBody:
      'The current data is backed up first (the "before import" backup in the list, which can be restored), then every record is replaced by the folder\'s records and attachments, and RefundDesk restarts. Operators, owners and their PINs stay as they are: an import never changes who can sign in.',
    confirm: 'Back up, import and restart',
    cancel: 'Cancel',
    restarting: 'The import is ready ({{refunds}} refunds, {{attachments}} attachments); RefundDesk is restarting… (the current data was backed up as {{file}})',
    invalid: {
      not_an_export: 'This folder is not a RefundDesk export (no SHA256SUMS or record files); nothing was changed.',
      unsafe_name: 'SHA256SUMS names a file outside the folder; refused, nothing was changed.',
      unlisted_file: 'The folder holds a file SHA256SUMS does not list; refused, nothing was changed. Use the export folder as it was written.',
      missing_file: 'A file listed in SHA256SUMS is missing; refused, nothing was changed.',
      hash_mismatch: 'A file does not match SHA256SUMS (edited or damaged); refused, nothing was changed.',
      too_large: 'The folder holds too many or too large files; refused, nothing was changed.',
      bad_record: 'A record file cannot be read (wrong format); refused, nothing was changed.',
      history_broken: 'A refund, settlement day or case does not match its own history (an amount or record was edited); refused, nothing was changed.',
      attachment_missing: 'An attachment the records refer to is not in the folder; refused, nothing was changed.',
    },
  },
  banner: 'The data self-check found {{count}} problems: see Settings → Data self-check.',
  bannerOpen: 'Show',
};
