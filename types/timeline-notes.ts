// Notes the system writes on a case's timeline, as a stable code and string parameters, so each reader sees them in
// their own language (the Chinese text is still stored beside them for exports and older rows). A note a person
// typed (a helper's note, a decline reason) has no code and is shown as typed.
import type { HandoverKind, RequestKind } from './domain';
import type { RatingLevel } from './quality';

/** The parameters of each note. Values that are codes (kind, level, handover) are translated by the reader. */
export interface TimelineNoteParams {
  /** 网格员代为提交，待居民确认 */
  filedByGridWorker: Record<string, never>;
  /** 类型：代办 */
  kind: { kind: RequestKind };
  /** 居民用手机验证码确认 */
  confirmedByCode: Record<string, never>;
  /** 居民当面签名确认 */
  confirmedBySignature: Record<string, never>;
  /** the dispatch engine offered the case to a helper; the plan itself is shown from visitPlan */
  dispatched: Record<string, never>;
  /** 帮办员未在时限内接单，重新派单 */
  offerExpired: Record<string, never>;
  /** 婉拒：{reason} (the reason as the helper typed it) */
  declined: { reason: string };
  /** 督办改派：{reason} (the reason as the supervisor typed it) */
  reassigned: { reason: string };
  /** 督办指派给 {name} */
  assignedBySupervisor: { name: string };
  /** 督办加急：{reason} */
  markedUrgent: { reason: string };
  /** 取消加急：{reason} */
  urgencyLifted: { reason: string };
  /** 居民申请加急：{reason} */
  urgencyAsked: { reason: string };
  /** 未同意加急：{reason} */
  urgencyDeclined: { reason: string };
  /** 到达签到 */
  checkIn: Record<string, never>;
  /** 到达签到（未取得位置） */
  checkInNoLocation: Record<string, never>;
  /** 到达签到，距预约地点约 {km} 公里，请核实 */
  checkInFar: { km: string };
  /** 签署续办委托书，恢复办理 */
  continuationSigned: Record<string, never>;
  /** 居民签署委托书（SHA-256 {sha}…） */
  authorisationSigned: { sha: string };
  /** 交接单：{handover}：{items}；受理号 {caseNo}；运单号 {trackingNo} (items and numbers as written on the handover) */
  handover: { handover: HandoverKind; items: string; caseNo?: string; trackingNo?: string };
  /** 已回电 */
  calledBack: Record<string, never>;
  /** 评价：{level} */
  rated: { level: RatingLevel };
}
export type TimelineNoteKey = keyof TimelineNoteParams;

export const TIMELINE_NOTE_KEYS = [
  'filedByGridWorker',
  'kind',
  'confirmedByCode',
  'confirmedBySignature',
  'dispatched',
  'offerExpired',
  'declined',
  'reassigned',
  'assignedBySupervisor',
  'markedUrgent',
  'urgencyLifted',
  'urgencyAsked',
  'urgencyDeclined',
  'checkIn',
  'checkInNoLocation',
  'checkInFar',
  'continuationSigned',
  'authorisationSigned',
  'handover',
  'calledBack',
  'rated',
] as const satisfies readonly TimelineNoteKey[];
