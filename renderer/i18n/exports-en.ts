import type { exportsZhCN } from './exports-zh-CN';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English strings of the CSV / Excel export. */
export const exportsEn: Shape<typeof exportsZhCN> = {
  open: 'Export',
  openRefundsHint: 'Export the refunds matching the current filters (CSV or Excel)',
  openSettlementsHint: "Export this month's settlements (CSV or Excel)",
  refundsTitle: 'Export refunds',
  settlementsTitle: 'Export settlements',
  refundsIntro: 'Every refund matching the list\'s current filters, for the accountant. Amounts are numbers (yuan, two decimals), ready to add up.',
  settlementsIntro: 'Each business day of {{month}}: sales, refunds, fees, expected and received.',
  format: 'File format',
  formats: {
    xlsx: 'Excel workbook (.xlsx)',
    csv: 'CSV (opens in Excel and WPS)',
  },
  csvNote: 'In a CSV, Excel may show numbers of 12+ digits as 4.12E+11; choose the Excel workbook to keep them whole.',
  language: 'Header language',
  languages: {
    'zh-CN': '中文',
    en: 'English',
  },
  includePhones: 'Include full phone numbers',
  phonesNote: 'By default phones are written as 138****0000. Once the file leaves this computer the app can no longer protect the customers\' data in it: tick this only when you must.',
  save: 'Choose where to save and export',
  saving: 'Exporting…',
  cancel: 'Cancel',
  saved: 'Exported {{rows}} rows: {{fileName}}',
};
