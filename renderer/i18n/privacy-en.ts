/** Privacy (RELIABILITY §6): retention, deleting a customer's data, auto-lock, who can read the data files. */
import type { privacyZhCN } from './privacy-zh-CN';

export const privacyEn: typeof privacyZhCN = {
  title: 'Privacy',
  retention: 'Keep customer names and phones for',
  retentionHint: 'Finished refunds (arrived, closed, refused) lose the customer\'s name and phone this long after their last status change; amounts, numbers and slip identifiers stay.',
  retentionFirstRun: 'Keep customer names and phones for (default 3 years; change it later in Settings → Privacy)',
  keep: 'Keep (never erase)',
  years: '{{count}} years',
  autoLock: 'Lock the app after no input for',
  autoLockOff: 'Never',
  minutes: '{{count}} minutes',
  save: 'Save privacy settings',
  saved: 'Saved. {{count}} refunds had their customer name and phone erased now.',
  filesNote: 'The data files can be read only by this computer\'s current user account.',
  eraseOpen: 'Delete a customer\'s data…',
  eraseQuery: 'Last digits of the phone (at least 4) or the full name',
  erasePreview: 'Find',
  eraseFound: 'This erases the name and phone on {{refunds}} refunds, the contacts with the customer, and {{files}} files ({{shared}} still used by another record keep their bytes). Amounts and numbers stay.',
  eraseNone: 'No refunds of this customer were found.',
  eraseCases: 'Cases {{numbers}}: contacts with the customer and notes or letters naming them are erased, and so are {{files}} files that concern only this customer; the cases themselves (number, deadline, status) stay.',
  eraseBackups: 'Earlier backups still hold this data until they expire (daily backups after 14 days, monthly after 12 months); if one is ever restored, this erasure is applied again automatically.',
  erasePin: 'Owner PIN',
  eraseConfirm: 'Delete',
  eraseDone: 'Erased the customer\'s data on {{refunds}} refunds and {{cases}} cases and deleted {{files}} files.',
  event: {
    textErased: '(the customer\'s personal data here was erased)',
    personal_data_erased: 'Customer name and phone erased ({{reason}})',
    attachment_erased: 'File {{name}} deleted at the customer\'s request',
    reason: { retention: 'retention period over', customer_request: 'customer\'s request' },
  },
};
