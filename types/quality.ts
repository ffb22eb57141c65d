// Supervision and the quality loop: the supervisor's console (deadline states, reassignment, helpers, catalogue,
// chart data), 好差评 and its rectification loop, 办不成事, 一企一档, and notification opt-ins. The server's TypeBox
// schemas (server/src/schemas/quality.ts) are proven equal to these types at compile time.
import type { CallOutcome, HelperKind, LanguageCode, MaterialForm, RequestKind } from './domain';
import type { LegalDeadline, PersonRef, RequestSummary } from './api';
import type { RequestStatus } from './status';

// --- deadlines ---------------------------------------------------------------------------------------------------

/** A case against its legal deadline, counted in working days in banner time; `none` when it has no deadline. */
export const DEADLINE_STATES = ['on_time', 'due_soon', 'overdue', 'none'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
/** "Due soon": 0 to this many working days left (0 = the deadline is today). */
export const DUE_SOON_WORKING_DAYS = 3;

// --- 好差评 ---------------------------------------------------------------------------------------------------------

/** The national five-level scale, best first. */
export const RATING_LEVELS = ['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const RATING_LEVEL_NAMES: Readonly<Record<RatingLevel, string>> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
  very_dissatisfied: '非常不满意',
};
/** 差评: these open the verify -> rectify -> reply loop; the other three count as good. */
export const BAD_RATING_LEVELS = ['dissatisfied', 'very_dissatisfied'] as const satisfies readonly RatingLevel[];
/** A justified bad rating is rectified within this many working days of the rating. */
export const RECTIFY_WORKING_DAYS = 15;
/** verifying -> rectifying (justified) or awaiting_reply (not justified) -> awaiting_reply -> closed (reply sent). */
export const REVIEW_STATUSES = ['verifying', 'rectifying', 'awaiting_reply', 'closed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

// --- 办不成事 -------------------------------------------------------------------------------------------------------

export const COMPLAINT_STATUSES = ['submitted', 'in_progress', 'answered'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

// --- 一企一档 -------------------------------------------------------------------------------------------------------

/** A major project's stages from approval to production, in order. */
export const MILESTONE_KINDS = [
  'enterprise_setup',
  'approval_land_planning',
  'engineering_permit',
  'construction_permit',
  'groundbreaking',
  'completion_acceptance',
  'production',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MILESTONE_NAMES: Readonly<Record<MilestoneKind, string>> = {
  enterprise_setup: '企业开办',
  approval_land_planning: '立项用地规划',
  engineering_permit: '工程建设许可',
  construction_permit: '施工许可',
  groundbreaking: '开工',
  completion_acceptance: '竣工验收',
  production: '投产',
};
export const MILESTONE_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

// --- notifications ----------------------------------------------------------------------------------------------

export const NOTIFICATION_EVENTS = ['offered', 'assigned', 'visit_reminder', 'supplement_due', 'status_changed', 'rating_reply'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
export const NOTIFICATION_CHANNELS = ['wechat', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

// --- the supervisor's case board ----------------------------------------------------------------------------------

export interface CaseBoardQuery {
  townshipId?: string; department?: string; helperId?: string; status?: RequestStatus; kind?: RequestKind;
  deadlineState?: DeadlineState;
}
export interface CaseBoardRow extends RequestSummary {
  townshipId: string; department: string | null; residentName: string; helper: PersonRef | null;
  legalDeadline: LegalDeadline | null; deadlineState: DeadlineState; escalated: boolean;
  /** why a supervisor marked it 加急, while it is (urgent cases head the board) */ urgentReason: string | null;
  /** the resident's reason while their ask for 加急 waits for an answer (next on the board) */ urgencyAsked: string | null;
  /** the dispatch engine's latest decision while the visit is ahead: the planned day and stop, or (day null) why no
   * one could take it; `note` is the engine's one-line reasoning */
  dispatch: { day: string | null; stopNumber: number | null; note: string } | null;
  /** 代缴: the resident's money the helper holds on this case (taken, not yet paid or handed back), in fen; 0 when none */
  moneyHeldFen: number;
}
export interface DeadlineCounts { on_time: number; due_soon: number; overdue: number; none: number }
export interface CaseBoardResponse {
  /** today in banner time: what the deadline states were computed against */ today: string;
  items: CaseBoardRow[];
  /** of the listed cases */ counts: DeadlineCounts;
}
/**
 * 加急: mark a case urgent, or lift it (or, when the resident asked and it is not urgent, decline the ask); the reason
 * goes on the resident's timeline either way.
 */
export interface UrgencyBody {
  urgent: boolean;
  reason: string;
}
export interface ReassignBody {
  /** a named helper or grid worker; without it the case goes back to dispatch */ helperId?: string;
  reason: string;
}

// --- helpers and grid workers -----------------------------------------------------------------------------------------

export interface HelperAdminView {
  id: string; name: string; phone: string | null; kind: HelperKind; townshipId: string; skills: string[];
  gridVillageIds: string[]; languages: LanguageCode[]; onDuty: boolean; capacityPerDay: number; openTasks: number;
}
export interface HelperListResponse { items: HelperAdminView[] }
export interface HelperCreateBody {
  phone: string; name: string; kind: HelperKind; townshipId: string; skills: string[];
  /** grid workers: their 嘎查/村/社区 (at least one); blue vests: none */ gridVillageIds: string[];
  languages: LanguageCode[]; capacityPerDay: number; onDuty?: boolean;
}
export interface HelperUpdateBody {
  townshipId?: string; skills?: string[]; gridVillageIds?: string[]; languages?: LanguageCode[]; onDuty?: boolean;
  capacityPerDay?: number;
}

// --- catalogue management -----------------------------------------------------------------------------------------

export interface MaterialInput {
  name: string; form: MaterialForm; count: number;
  /** may be missing at submission under 容缺受理 */ deferrable: boolean;
  note?: string;
}
export interface ServiceItemBody {
  name: string; department: string; timeLimitDays: number; fee: string; promiseAllowed: boolean;
  /** 容缺受理: true exactly when at least one material is deferrable */ deferralAllowed: boolean;
  online: boolean; guide: string; keywords: string[]; materials: MaterialInput[];
}

// --- chart data ---------------------------------------------------------------------------------------------------------

export interface StatsQuery {
  /** YYYY-MM-DD in banner time, inclusive; defaults to the 30 days ending today */ from?: string;
  to?: string;
}
export interface KindCounts { callback: number; home_visit: number; assist: number; delegate: number }
export interface LevelCounts {
  very_satisfied: number; satisfied: number; basically_satisfied: number; dissatisfied: number; very_dissatisfied: number;
}
export interface RequestsPerDay { day: string; byKind: KindCounts; total: number }
export interface OnTimePerDay {
  day: string;
  /** results delivered that day on cases with a legal deadline */ delivered: number;
  /** of those, delivered on or before the deadline */ onTime: number;
}
export interface RatingsPerDay { day: string; byLevel: LevelCounts; total: number }
export interface HelperLoad {
  helperId: string; name: string; kind: HelperKind; townshipName: string; onDuty: boolean; openTasks: number;
  capacityPerDay: number;
  /** open tasks past their legal deadline */ overdue: number;
}
export interface RateCount {
  count: number; of: number;
  /** count / of, 0..1 rounded to 4 places; null when there is nothing to measure */ rate: number | null;
}
export interface QualitySummary {
  ratings: number;
  /** 好评率: 非常满意 + 满意 + 基本满意 of all ratings */ goodRate: RateCount;
  /** 按期整改率: justified bad ratings rectified by their deadline, of those rectified or past their deadline */
  onTimeRectificationRate: RateCount;
  /** 回复率: real-name bad ratings replied to, of all real-name bad ratings */ replyRate: RateCount;
}
export interface StatsResponse {
  from: string; to: string; requestsPerDay: RequestsPerDay[]; onTimePerDay: OnTimePerDay[];
  /** 按时办结率 over the period */ onTimeRate: RateCount;
  ratingsPerDay: RatingsPerDay[];
  /** ratings made in the period */ quality: QualitySummary;
  /** now, not over the period */ helperLoad: HelperLoad[];
}

// --- 好差评 -----------------------------------------------------------------------------------------------------------

export interface RatingBody {
  level: RatingLevel; comment?: string;
  /** anonymous: the rater's name is shown to no one and no call-back is made */ anonymous: boolean;
}
export interface RatingReviewView {
  status: ReviewStatus;
  /** YYYY-MM-DD: 15 working days after the rating */ rectifyBy: string;
  /** working days left to rectify while rectification is open, else null */ rectifyWorkingDaysLeft: number | null;
  justified: boolean | null; verification: string | null; verifiedAt: string | null; rectification: string | null;
  rectifiedAt: string | null; rectifiedOnTime: boolean | null; reply: string | null; repliedAt: string | null;
  callBack: CallOutcome | null; callBackNote: string | null;
}
export interface RatingView {
  id: string; requestId: string; level: RatingLevel; comment: string | null; anonymous: boolean; bad: boolean;
  /** null when anonymous */ raterName: string | null;
  helperName: string | null; serviceItemName: string | null; townshipName: string; createdAt: string;
  /** bad ratings only */ review: RatingReviewView | null;
}
export interface RatingListQuery {
  /** only bad ratings have a review, so any value lists bad ratings only */ reviewStatus?: ReviewStatus;
  level?: RatingLevel;
}
export interface RatingListResponse { items: RatingView[] }
export interface VerifyRatingBody { justified: boolean; reason: string }
export interface RectifyRatingBody { measures: string }
export interface ReplyRatingBody {
  /** shown to the resident */ reply: string;
  /** the call-back to a real-name rater (required then; refused for anonymous ratings) */ callBack?: CallOutcome;
  callBackNote?: string;
}

// --- 办不成事 ---------------------------------------------------------------------------------------------------------

export interface ComplaintBody {
  description: string; requestId?: string;
  /** a helper, grid worker or confirmed family member reporting on the resident's behalf */ forUserId?: string;
}
export interface ComplaintView {
  id: string; resident: PersonRef; filedBy: PersonRef; requestId: string | null; description: string; status: ComplaintStatus;
  createdAt: string;
  /** set at triage */ deadline: LegalDeadline | null;
  /** while not answered; `none` before triage and after the answer */ deadlineState: DeadlineState;
  triageNote: string | null; triagedAt: string | null; answer: string | null; resolved: boolean | null;
  answeredAt: string | null; answeredOnTime: boolean | null;
}
export interface ComplaintListResponse { items: ComplaintView[] }
export interface ComplaintTriageBody {
  /** the answer is due this many working days from today */ dueWorkingDays: number;
  note: string;
}
export interface ComplaintAnswerBody { answer: string; resolved: boolean }

// --- 一企一档 ---------------------------------------------------------------------------------------------------------

export interface EnterpriseBody {
  name: string;
  /** 统一社会信用代码, 18 characters */ creditCode: string;
  legalPerson: string; industry: string; townshipId: string; address: string; contactName: string;
  /** the contact's mobile: their account (role 'enterprise') sees this archive */ contactPhone: string;
}
export interface EnterpriseSummary {
  id: string; name: string; creditCode: string; industry: string; townshipName: string; contactName: string; projects: number;
  milestonesDone: number; milestonesTotal: number;
}
export interface EnterpriseListResponse { items: EnterpriseSummary[] }
export interface MilestoneDocumentInput {
  name: string;
  /** 文号 / certificate number */ number?: string;
  issuedOn?: string;
  /** a scan or photo the caller uploaded (kind 'document' or 'photo'), or one already on this milestone */ uploadId?: string;
}
/** A milestone document's file, fetched through the milestone (whoever sees the archive may read it). */
export interface MilestoneFile { id: string; mime: string; size: number; url: string }
export interface MilestoneDocument { name: string; number: string | null; issuedOn: string | null; file: MilestoneFile | null }
export interface MilestoneView {
  id: number; kind: MilestoneKind; name: string; status: MilestoneStatus; helper: PersonRef | null; plannedOn: string | null;
  startedOn: string | null; completedOn: string | null; documents: MilestoneDocument[]; note: string | null; updatedAt: string;
}
/** A milestone assigned to the caller (a helper's own work), with where it belongs. */
export interface MyMilestoneView extends MilestoneView { enterpriseId: string; enterpriseName: string; projectName: string }
export interface MyMilestoneListResponse { items: MyMilestoneView[] }
export interface ProjectView {
  id: string; name: string; investment: string; site: string; description: string; createdAt: string;
  milestones: MilestoneView[]; done: number; total: number;
}
export interface EnterpriseArchive {
  id: string; name: string; creditCode: string; legalPerson: string; industry: string; townshipId: string; townshipName: string;
  address: string; contactName: string;
  /** the contact's phone: full for supervisors and the contact, masked for helpers */ contactPhone: string | null;
  createdAt: string; projects: ProjectView[];
  /** how the caller reads it: a supervisor, the enterprise's contact, or a helper holding one of its milestones */
  access: ArchiveAccess;
}
export const ARCHIVE_ACCESS = ['supervisor', 'contact', 'helper'] as const;
export type ArchiveAccess = (typeof ARCHIVE_ACCESS)[number];
export interface ProjectBody {
  name: string;
  /** e.g. 5.2亿元 */ investment: string;
  site: string; description: string;
}
export interface MilestoneUpdateBody {
  status?: MilestoneStatus;
  /** supervisors only; null unassigns */ helperId?: string | null;
  plannedOn?: string | null; startedOn?: string | null; completedOn?: string | null; note?: string;
  documents?: MilestoneDocumentInput[];
}

// --- notification opt-ins ----------------------------------------------------------------------------------------------

export interface SubscriptionItem {
  event: NotificationEvent;
  /** one-time WeChat subscribe grants left (each accepted wx.requestSubscribeMessage grants one message) */ wechatCredits: number;
  /** text messages for this event (for residents without WeChat) */ sms: boolean;
}
export interface TemplateRef { event: NotificationEvent; templateId: string }
export interface SubscriptionsResponse {
  /** WeChat is configured and this account signed in with WeChat */ wechatAvailable: boolean;
  /** this account has a phone number */ smsAvailable: boolean;
  /** the template ids to pass to wx.requestSubscribeMessage */ templates: TemplateRef[];
  items: SubscriptionItem[];
}
export interface SubscriptionBody {
  /** the result of wx.requestSubscribeMessage, one entry per template asked about */
  wechat?: { event: NotificationEvent; accepted: boolean }[];
  sms?: { event: NotificationEvent; enabled: boolean }[];
}

// --- console: reassignment to a named helper, notification delivery failures ----------------------------------------

/** An on-duty helper or grid worker a supervisor may give a case to, with what speaks for them and their load now. */
export interface ReassignCandidate {
  id: string; name: string; kind: HelperKind; townshipName: string; openTasks: number; capacityPerDay: number;
  /** the case's village is in their grid */ ownGrid: boolean;
  /** they serve the township the case's village is in */ sameTownship: boolean;
  /** they know the case's department; null when the case has no service item */ hasSkill: boolean | null;
  /** straight-line distance from their base to the case's village, km, one decimal */ distanceKm: number;
}
export interface ReassignCandidatesResponse { items: ReassignCandidate[] }

/** sent; failed; logged (SMS in demo mode); skipped (no channel the user opted in to); sending (claimed, in flight) */
export const DELIVERY_STATUSES = ['sending', 'sent', 'failed', 'logged', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export interface DeliveryView {
  id: number; messageId: number; event: NotificationEvent; channel: NotificationChannel | null; status: DeliveryStatus;
  recipient: PersonRef;
  /** masked (138****0001) */ phone: string | null;
  /** what the channel answered, e.g. "45009 reach max api daily quota limit" */ error: string | null;
  requestId: string | null;
  /** when this delivery was last attempted */ at: string;
}
export interface DeliveryListResponse { items: DeliveryView[] }
