/** 导出: the refund list's and the settlements screen's CSV / Excel export for the shop's accountant. */
export const exportsZhCN = {
  open: '导出',
  openRefundsHint: '按当前筛选条件导出退款明细（CSV 或 Excel）',
  openSettlementsHint: '导出本月结算对账（CSV 或 Excel）',
  refundsTitle: '导出退款明细',
  settlementsTitle: '导出结算对账',
  refundsIntro: '按列表当前的筛选条件导出全部符合的退款，给会计对账用。金额是数字（元，两位小数），可直接求和。',
  settlementsIntro: '导出 {{month}} 每个营业日的消费、退货、手续费、应到与实到。',
  format: '文件格式',
  formats: {
    xlsx: 'Excel 工作簿（.xlsx）',
    csv: 'CSV（Excel、WPS 都能打开）',
  },
  csvNote: 'CSV 里 12 位以上的单号，Excel 打开时可能显示成 4.12E+11 这样的科学计数法；要保留完整单号请选 Excel 工作簿。',
  language: '表头语言',
  languages: {
    'zh-CN': '中文',
    en: 'English',
  },
  includePhones: '导出完整手机号',
  phonesNote: '默认只写 138****0000 这样隐去中间四位的号码。文件离开这台电脑后，里面的顾客信息就不再受本软件保护，只在确有需要时勾选。',
  save: '选择保存位置并导出',
  saving: '正在导出…',
  cancel: '取消',
  saved: '已导出 {{rows}} 条：{{fileName}}',
};
