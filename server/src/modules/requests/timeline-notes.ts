// The notes the system writes on a timeline: each as a code with parameters (the app shows it in the reader's
// language) and as the Chinese text stored in `note` (for CSV exports, the console and rows written before codes).
import { RATING_LEVEL_NAMES, type TimelineNoteKey, type TimelineNoteParams } from '../../../../types';

const KIND_NAMES = { callback: '回电', home_visit: '上门服务', assist: '帮办', delegate: '代办' } as const;
const HANDOVER_NAMES = {
  resident_to_helper: '交接单：居民交材料给帮办员',
  helper_to_department: '交接单：帮办员递交部门',
  department_to_helper: '交接单：部门交结果给帮办员',
  helper_to_resident: '交接单：帮办员交还居民',
  by_post: '交接单：邮寄给居民',
} as const;

const CHINESE: { [K in TimelineNoteKey]: (p: TimelineNoteParams[K]) => string } = {
  filedByGridWorker: () => '网格员代为提交，待居民确认',
  kind: (p) => `类型：${KIND_NAMES[p.kind]}`,
  confirmedByCode: () => '居民用手机验证码确认',
  confirmedBySignature: () => '居民当面签名确认',
  dispatched: () => '已派单，见上门安排', // the dispatcher stores the engine's plan sentence instead
  offerExpired: () => '帮办员未在时限内接单，重新派单',
  declined: (p) => `婉拒：${p.reason}`,
  reassigned: (p) => `督办改派：${p.reason}`,
  assignedBySupervisor: (p) => `督办指派给 ${p.name}`,
  markedUrgent: (p) => `督办加急：${p.reason}`,
  urgencyLifted: (p) => `取消加急：${p.reason}`,
  urgencyAsked: (p) => `居民申请加急：${p.reason}`,
  urgencyDeclined: (p) => `未同意加急：${p.reason}`,
  checkIn: () => '到达签到',
  checkInNoLocation: () => '到达签到（未取得位置）',
  checkInFar: (p) => `到达签到，距预约地点约 ${p.km} 公里，请核实`,
  continuationSigned: () => '签署续办委托书，恢复办理',
  authorisationSigned: (p) => `居民签署委托书（SHA-256 ${p.sha}…）`,
  handover: (p) =>
    `${HANDOVER_NAMES[p.handover]}：${p.items}${p.caseNo ? `；受理号 ${p.caseNo}` : ''}${p.trackingNo ? `；运单号 ${p.trackingNo}` : ''}`,
  calledBack: () => '已回电',
  rated: (p) => `评价：${RATING_LEVEL_NAMES[p.level]}`,
};

export interface SystemNote {
  /** the Chinese text */
  note: string;
  noteKey: TimelineNoteKey;
  noteParams: Record<string, string>;
}

/** The fields of a move (or transition record) for a note the system writes. */
export function systemNote<K extends TimelineNoteKey>(key: K, ...[params]: TimelineNoteParams[K] extends Record<string, never> ? [] : [TimelineNoteParams[K]]): SystemNote {
  const p = (params ?? {}) as TimelineNoteParams[K];
  const text = (CHINESE[key] as (p: TimelineNoteParams[K]) => string)(p);
  const stringParams: Record<string, string> = {};
  for (const [name, value] of Object.entries(p)) if (typeof value === 'string') stringParams[name] = value;
  return { note: text, noteKey: key, noteParams: stringParams };
}

const KEYS = new Set<string>(Object.keys(CHINESE));
const isKey = (key: string): key is TimelineNoteKey => KEYS.has(key);

/** A stored row's code and parameters as a timeline entry carries them; nothing for a typed note (or an unknown code). */
export function timelineNoteCode(key: string | null, params: string | null): { noteKey?: TimelineNoteKey; noteParams?: Record<string, string> } {
  if (!key || !isKey(key)) return {};
  let parsed: unknown;
  try {
    parsed = params ? JSON.parse(params) : {};
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const noteParams: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') noteParams[name] = value;
  return { noteKey: key, noteParams };
}

/** A note as a move takes it: typed text as it is, a system note with its code. */
export function noteFields(note: string | SystemNote | null): { note: string | null; noteKey?: TimelineNoteKey; noteParams?: Record<string, string> } {
  return note !== null && typeof note === 'object' ? note : { note };
}
