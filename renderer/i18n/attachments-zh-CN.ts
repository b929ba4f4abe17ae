/** Chinese strings of the evidence-file panel (features/refunds/detail/attachments). */
export const attachmentsZhCN = {
  title: '证据文件',
  add: '添加文件',
  // The cap is MAX_ATTACHMENT_BYTES in electron/common/attachments/attachment.ts.
  hint: '可以添加小票照片、聊天截图或 PDF：点“添加文件”、拖到这个页面上，或复制后按 Ctrl+V 粘贴。每个文件最多 20 MB。',
  empty: '还没有证据文件。',
  dropHere: '松开鼠标即可添加文件',
  saving: '正在保存文件…',
  refused: '“{{name}}”没有添加：{{message}}',
  pastedName: '粘贴的图片',
  addedBy: '{{who}} 添加于 {{when}}',
  pdf: 'PDF 文件',
  loading: '正在载入预览…',
  noPreview: '无法预览',
  sizeBytes: '{{size}} 字节',
  sizeKb: '{{size}} KB',
  sizeMb: '{{size}} MB',
  listLabel: '已添加的证据文件',
};
