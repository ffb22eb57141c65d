// Chinese names for codes, where the server itself writes words (CSV reports, text messages, WeChat templates);
// the app words everything else itself, in the reader's language.
import type { RequestKind, RequestStatus } from '../../../../types';

export const KIND_NAMES: Readonly<Record<RequestKind, string>> = { callback: '回电', home_visit: '上门', assist: '帮办', delegate: '代办' };

/** At most five characters each: WeChat's `phrase` template field takes no more. */
export const STATUS_NAMES: Readonly<Record<RequestStatus, string>> = {
  draft: '草稿',
  submitted: '已提交',
  triaged: '待派单',
  offered: '派单中',
  assigned: '已接单',
  scheduled: '已预约',
  en_route: '在路上',
  on_site: '已到达',
  authorised: '已委托',
  materials_received: '已收材料',
  awaiting_supplement: '待补材料',
  submitted_to_department: '已报部门',
  under_review: '部门审核中',
  approved: '已通过',
  rejected: '未通过',
  result_delivered: '结果已送达',
  rated: '已评价',
  archived: '已归档',
  suspended: '已中止',
  terminated: '已终止',
  withdrawn: '已撤销',
};
