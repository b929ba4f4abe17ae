/**
 * The invented shop: a phone-accessory and clothing stall. Names, goods and texts are typical of the
 * records such a shop keeps, in Chinese as the staff would type them.
 */
import type { Channel } from '../domain/types';

export const DEMO_OPERATORS = ['店长', '小王', '小李'] as const;
export const OPERATOR_WEIGHTS: readonly (readonly [string, number])[] = [
  ['店长', 40],
  ['小王', 35],
  ['小李', 25],
];

/** Roughly how a small shop's takings split between channels. */
export const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['wechat', 34],
  ['alipay', 24],
  ['unionpay_debit', 12],
  ['unionpay_credit', 9],
  ['unionpay_qr', 6],
  ['cash', 11],
  ['other', 4],
];

/** Prices in fen. */
export const PRODUCTS: readonly (readonly [string, number])[] = [
  ['数据线', 990],
  ['钢化膜', 1990],
  ['手机壳', 2990],
  ['手机壳（磁吸款）', 3900],
  ['快充充电头', 5900],
  ['有线耳机', 6900],
  ['T恤', 8900],
  ['车载支架', 4500],
  ['充电宝 10000mAh', 12900],
  ['衬衫', 15900],
  ['牛仔裤', 19900],
  ['蓝牙耳机', 29900],
  ['连衣裙', 29900],
  ['卫衣', 23900],
  ['外套', 59900],
  ['智能手表', 89900],
  ['羽绒服', 129900],
  ['平板电脑保护套套装', 39900],
];

export const MAX_PAYMENT = 399_900;

export const CUSTOMER_NAMES = [
  '张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄丽', '周杰', '吴婷',
  '徐明', '孙悦', '马超', '朱琳', '胡军', '郭晓燕', '何静', '林涛', '高峰', '罗娟',
  '梁志强', '宋佳', '郑凯', '谢雨欣', '韩梅', '唐浩', '冯雪', '董建国', '程琳', '曹宇',
] as const;

export const MOBILE_PREFIXES = ['138', '139', '135', '136', '150', '151', '158', '186', '187', '177', '199'] as const;

export const REFUND_REASONS = [
  '手机壳尺寸不对，顾客退货',
  '充电线接触不良，质量问题',
  '衣服尺码偏小，顾客不想换',
  '重复扣款，退回多扣的一笔',
  '顾客改买其他款式',
  '耳机左耳无声音，换货无库存',
  '钢化膜贴歪，顾客不满意',
  '颜色与图片不符',
  '扫码付款时多输了金额',
  '商品有瑕疵（开线）',
  '顾客买重了，退一件',
  '充电宝无法充电',
] as const;

/** Where WeChat re-routed an ABNORMAL refund (DOMAIN §3.1, user_received_account). Last 4 digits only. */
export const REROUTE_DESTINATIONS = ['招商银行储蓄卡 0403', '本店商户账户', '工商银行借记卡 7781', '建设银行借记卡 2209'] as const;

export const FAILURE_REASONS = ['卡已注销', '系统超时', '账户已冻结', '商户当日余额不足，退款挂起', '原卡已挂失'] as const;

export const RETRY_NOTES = [
  '顾客已更换银行卡，重新发起退款',
  '已充值商户余额，重新发起',
  '收单机构客服确认可重试',
] as const;

export const FOLLOW_UP_NOTES = [
  '已电话联系顾客，告知预计到账时间',
  '顾客来电询问进度，已查询',
  '已拍照保存签购单',
  '顾客要求打印退款凭证，已打印',
  '联系收单机构客服，答复处理中',
] as const;

export const ARRIVED_NOTES = ['顾客确认已到账', '顾客微信告知已收到', '顾客来店确认到账'] as const;

export const DEPRECIATION_REASONS = [
  '商品已拆封使用，扣除 10% 折旧费',
  '吊牌已剪，按店规扣除折旧',
  '包装缺失，扣除部分折旧',
] as const;

export const FEE_REASONS = ['刷卡手续费由顾客承担（0.6%）', '平台手续费按店规扣除'] as const;
