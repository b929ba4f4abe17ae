import type { Messages } from './zh-CN';

/** English strings of the evidence-file panel; typed as the Chinese shape. */
export const attachmentsEn: Messages['attachments'] = {
  title: 'Evidence files',
  add: 'Add file',
  hint: 'Add photos of slips, chat screenshots or PDFs: click “Add file”, drop them on this page, or copy and press Ctrl+V. Up to 20 MB each.',
  empty: 'No evidence files yet.',
  dropHere: 'Drop to add the files',
  saving: 'Saving the file…',
  refused: '“{{name}}” was not added: {{message}}',
  pastedName: 'Pasted image',
  addedBy: 'Added by {{who}} at {{when}}',
  pdf: 'PDF file',
  loading: 'Loading preview…',
  noPreview: 'No preview',
  sizeBytes: '{{size}} bytes',
  sizeKb: '{{size}} KB',
  sizeMb: '{{size}} MB',
  listLabel: 'Evidence files added',
};
