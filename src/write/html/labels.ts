/**
 * Chinese names the page shows for the contract's English codes. The codes stay visible next to
 * them (tooltips, filter) because researchers script against the codes.
 */
import type { Category, NumberKind, Qualifier } from '../../model/report.js';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  activities: '活动',
  people: '服务人数',
  money: '资金',
  facilities: '阵地设施',
  coverage: '覆盖范围',
  outputs: '成果',
  problems: '解决问题',
  members: '委员',
  percent: '比例',
  other: '其他',
};

export const QUALIFIER_LABELS: Readonly<Record<Qualifier, string>> = {
  exact: '确数',
  over: '余、多、超过',
  at_least: '以上',
  nearly: '近',
  about: '约、左右',
};

export const KIND_LABELS: Readonly<Record<NumberKind, string>> = {
  metric: '指标',
  date: '日期时间',
  ordinal: '序数',
  slogan: '名称口号',
  enumeration: '概数列举',
  other: '其他',
};

/** "服务人数 people": the label a reader knows and the code a script uses. */
export function categoryName(category: Category): string {
  return `${CATEGORY_LABELS[category]} ${category}`;
}
