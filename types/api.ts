// API request and response shapes. The server's TypeBox schemas (server/src/schemas) are checked against these at
// compile time, so the two cannot drift apart.
import type {
  AgencyDayKind,
  AuthorisationKind,
  HandoverKind,
  WelfareOutcome,
  WelfareStep,
  CallOutcome,
  FamilyLinkStatus,
  MaterialStatus,
  UploadKind,
  HelperKind,
  LanguageCode,
  MaterialForm,
  OfferStatus,
  RequestKind,
  Role,
  VillageKind,
} from './domain';
import type { Actor, RequestStatus } from './status';
import type { VisitPlanView } from './dispatch';
import type { TimelineNoteKey } from './timeline-notes';

export interface HealthResponse {
  status: 'ok';
}

// --- sign-in ---------------------------------------------------------------------------------------------------
export interface CodeRequestBody {
  phone: string;
}
export interface CodeRequestResponse {
  sent: true;
  expiresInSeconds: number;
  /** Only in demo mode (no SMS provider configured): the code itself, for the dev banner. */
  devCode?: string;
}
export interface VerifyCodeBody {
  phone: string;
  code: string;
}
export interface WechatLoginBody {
  code: string;
}
/** 微信手机号一键登录: the codes of Taro.login and of the getPhoneNumber button */
export interface WechatPhoneLoginBody {
  loginCode: string;
  phoneCode: string;
}
export interface BindWechatResponse {
  bound: true;
}
export interface UserView {
  id: string;
  name: string;
  /** masked (138****0001) unless the caller is this user or a supervisor */
  phone: string | null;
  roles: Role[];
  villageId: string | null;
}
export interface SessionResponse {
  token: string;
  user: UserView;
}

// --- places and catalogue --------------------------------------------------------------------------------------
// Fields ending in Mn are the traditional Mongolian of the Chinese field beside them; absent when there is no
// translation (the app then shows the Chinese). Both languages are sent, and the app shows the reader's.
export interface VillageView {
  id: string;
  name: string;
  nameMn?: string;
  kind: VillageKind;
}
export interface TownshipView {
  id: string;
  name: string;
  nameMn?: string;
  villages: VillageView[];
}
export interface MaterialView {
  /** the material's identity: applications name it by this (Chinese) name */
  name: string;
  nameMn?: string;
  form: MaterialForm;
  count: number;
  deferrable: boolean;
  note: string | null;
  noteMn?: string;
}
export interface ServiceItemView {
  id: string;
  name: string;
  nameMn?: string;
  department: string;
  departmentMn?: string;
  timeLimitDays: number;
  fee: string;
  feeMn?: string;
  promiseAllowed: boolean;
  deferralAllowed: boolean;
  online: boolean;
  guide: string;
  guideMn?: string;
  keywords: string[];
  materials: MaterialView[];
}

// --- requests --------------------------------------------------------------------------------------------------
export interface GeoPoint {
  lat: number;
  lng: number;
}
export interface MaterialSubmission {
  /** the material's name exactly as in the item's list */
  name: string;
  status: MaterialStatus;
  /** 容缺: the date (YYYY-MM-DD) by which it will be supplied */
  supplyBy?: string;
  uploadIds?: string[];
}
export interface CreateRequestBody {
  kind: RequestKind;
  villageId: string;
  description: string;
  serviceItemId?: string;
  /** set when a family member or grid worker files for someone else */
  forUserId?: string;
  /** home visit: a booked slot, or the day the mobile agency point (流动代办点) is in the village */
  slotId?: string;
  agencyVisitId?: string;
  landmark?: string;
  location?: GeoPoint;
  voiceNoteId?: string;
  /** application: every required material, provided or deferred (容缺) */
  materials?: MaterialSubmission[];
  /** 告知承诺: the resident's on-screen signature under the commitment */
  commitmentSignatureId?: string;
  /** only helpers who speak this language are offered the request (a Mongolian-speaking herder asks for 'mn') */
  needsLanguage?: LanguageCode;
}
export interface PersonRef {
  id: string;
  name: string;
}
export interface HelperContact extends PersonRef {
  kind: HelperKind;
  /** the assigned helper's work phone: the resident taps it to call */
  phone: string;
  languages: LanguageCode[];
}
export interface TimelineEntry {
  id: number;
  from: RequestStatus | null;
  to: RequestStatus;
  at: string; // ISO 8601
  actor: Actor;
  actorName: string | null;
  /** the stored text: as typed for a person's note, Chinese for a system note */
  note: string | null;
  /** a system note's code and parameters (see TimelineNoteParams): the app shows it in the reader's language */
  noteKey?: TimelineNoteKey;
  noteParams?: Record<string, string>;
}
export interface RequestSummary {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  description: string;
  villageId: string;
  villageName: string;
  villageNameMn?: string;
  townshipName: string;
  townshipNameMn?: string;
  serviceItemId: string | null;
  serviceItemName: string | null;
  serviceItemNameMn?: string;
  createdAt: string;
  updatedAt: string;
  /** 加急: a supervisor marked the case urgent (the reason is on the timeline) */
  urgent: boolean;
}
export interface UploadView {
  id: string;
  kind: UploadKind;
  mime: string;
  size: number;
  sha256: string;
  /** fetch with the session token; only the people of the request may */
  url: string;
}
export interface RequestMaterialView {
  name: string;
  form: MaterialForm;
  status: MaterialStatus;
  supplyBy: string | null;
  uploads: UploadView[];
}
export interface LegalDeadline {
  /** YYYY-MM-DD in banner time */
  date: string;
  /** working days from today to the deadline (negative when overdue); weekends and public holidays excluded */
  workingDaysLeft: number;
}
export interface BookingView {
  day: string;
  start: string;
  end: string;
  /** set when the visit is the mobile agency point's day in the village */
  place: string | null;
}
export interface CallAttemptView {
  outcome: CallOutcome;
  note: string | null;
  at: string;
  helperName: string;
}
export interface RequestDetail extends RequestSummary {
  resident: PersonRef;
  filedBy: PersonRef;
  helper: HelperContact | null;
  timeline: TimelineEntry[];
  /** statuses the caller may move this request to now, from the transition table */
  nextStatuses: RequestStatus[];
  legalDeadline: LegalDeadline | null;
  materials: RequestMaterialView[];
  booking: BookingView | null;
  landmark: string | null;
  location: GeoPoint | null;
  voiceNote: UploadView | null;
  commitmentSignature: UploadView | null;
  callAttempts: CallAttemptView[];
  escalated: boolean;
  departmentCaseNo: string | null;
  checkIns: CheckInView[];
  welfareSteps: WelfareStepView[];
  authorisations: AuthorisationView[];
  handovers: HandoverView[];
  /** 代缴: the money trail summed over the hand-overs (yuan in fen); null when no money changed hands */
  moneyLedger: { receivedFen: number; paidFen: number; returnedFen: number } | null;
  /** the resident's confirmed family members, for the welfare escalation: shown to the assigned helper and staff only */
  emergencyContacts: EmergencyContact[];
  /** the resident's phone: for the assigned helper and staff only (null for everyone else) */
  residentPhone: string | null;
  /** 网格+代办: filed by a grid worker and not yet confirmed by the resident (not dispatched until then) */
  awaitingResidentConfirmation: boolean;
  /** the dispatch engine's plan (day, why then) until the helper is on the way; null once under way or never planned */
  visitPlan: VisitPlanView | null;
  /** the resident asked for 加急 and no supervisor has answered yet */
  urgencyAsked: boolean;
}
/** A resident's ask for 加急: what makes it urgent (a hospital stay, an allowance about to lapse…). */
export interface AskUrgencyBody {
  reason: string;
}
export interface RequestListResponse {
  items: RequestSummary[];
}
export interface TransitionBody {
  to: RequestStatus;
  note?: string;
  /** when the helper did it (a step captured offline is sent later) */
  capturedAt?: string;
}

// --- offers (helper side) ----------------------------------------------------------------------------------------
export interface OfferView {
  id: string;
  status: OfferStatus;
  expiresAt: string;
  reason: string;
  request: RequestSummary;
}
export interface OfferListResponse {
  items: OfferView[];
}
export interface DeclineBody {
  reason: string;
}
export interface AcceptResponse {
  offer: OfferView;
  request: RequestDetail;
}

// --- availability (booking) ---------------------------------------------------------------------------------------
export interface SlotView {
  id: string;
  day: string;
  start: string;
  end: string;
  helperName: string;
  helperKind: HelperKind;
}
export interface AgencyVisitView {
  id: string;
  day: string;
  place: string;
  /** 'round': the regular visit to the village; 'market': a 民生集市 day at the market its residents go to */
  kind: AgencyDayKind;
  /** HH:MM, market days only */
  start: string | null;
  end: string | null;
}
export interface AvailabilityResponse {
  slots: SlotView[];
  agencyVisits: AgencyVisitView[];
}

// --- call-backs -----------------------------------------------------------------------------------------------------
export interface CallAttemptBody {
  outcome: CallOutcome;
  note?: string;
}

// --- family (亲属代办) -------------------------------------------------------------------------------------------------
export interface AddFamilyBody {
  /** the family member's phone: the confirmation code goes there */
  phone: string;
  name: string;
  relation: string;
}
export interface FamilyLinkView {
  id: string;
  member: PersonRef;
  relation: string;
  status: FamilyLinkStatus;
}
export interface AddFamilyResponse {
  link: FamilyLinkView;
  /** demo mode only: the code sent to the member's phone */
  devCode?: string;
}
export interface ConfirmFamilyBody {
  code: string;
}
/** someone who may act for me, or asked to (the link as the family member sees it): either one can end it */
export interface ActingForMeView {
  id: string;
  actor: PersonRef;
  /** what the actor called me when adding me (母亲) */
  relation: string;
  status: FamilyLinkStatus;
}
export interface FamilyListResponse {
  /** people I may act for, or asked to (ended links are not listed) */
  items: FamilyLinkView[];
  /** people who may act for me, or asked to */
  actingForMe: ActingForMeView[];
}

// --- message centre -------------------------------------------------------------------------------------------------
/**
 * What a message-centre entry is about; its body carries the parameters: status (the new status), offer, assigned
 * (a supervisor gave the case to this helper), retry_call and escalation (the call outcome), supplement_due
 * (material|date), visit_reminder (day|start|place), rating_reply (the rating's id), milestone_assigned (id|kind),
 * milestone (id|kind|status), complaint (to supervisors: the report's id when filed; to its resident: id|status),
 * bad_rating (to supervisors: the rating's id), welfare_alert (to supervisors: the helper's note), urgent (to the
 * helper on a case a supervisor marked 加急: the reason), urgency_asked (to supervisors: the resident's reason),
 * urgency_granted and urgency_declined (to the resident who asked: the supervisor's reason), agency_cancelled (to the
 * resident booked on a cancelled agency point day: day|place|reason), agency_moved (to the resident booked on an agency
 * point day that moved, and their helper: day|new place|reason).
 */
export const MESSAGE_KINDS = [
  'status', 'offer', 'assigned', 'retry_call', 'escalation', 'supplement_due', 'visit_reminder', 'rating_reply',
  'milestone_assigned', 'milestone', 'complaint', 'bad_rating', 'welfare_alert', 'urgent', 'urgency_asked',
  'urgency_granted', 'urgency_declined', 'agency_cancelled', 'agency_moved',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export interface MessageView {
  id: number;
  requestId: string | null;
  /** one of MESSAGE_KINDS (a string: an app older than a new kind still lists the entry) */
  kind: string;
  body: string;
  createdAt: string;
  read: boolean;
  /**
   * which case it is about, so someone with several can tell them apart: its service item, else the start of its
   * description; null without a case, or for a filer whose family link has ended
   */
  caseTitle: string | null;
  /** the service item's traditional Mongolian name, when there is one */
  caseTitleMn?: string;
}
export interface MessageListResponse {
  items: MessageView[];
  unread: number;
}

// --- who helps me -----------------------------------------------------------------------------------------------------
export interface ContactsResponse {
  /** the banner's help line (12345 or the service centre) */
  helpLine: string;
  /** the grid worker(s) of my own 嘎查/村/社区 */
  gridWorkers: HelperContact[];
  /** the helper on my most recent open case, if any */
  currentHelper: HelperContact | null;
  /** the next day the mobile agency point (or a 民生集市 day) serves my village, bookable; null without a village */
  nextAgencyDay: AgencyVisitView | null;
}

// --- the helper's workbench -----------------------------------------------------------------------------------------
export interface DutyBody {
  onDuty: boolean;
}
export interface DutyResponse {
  onDuty: boolean;
}
export interface CheckInBody {
  location?: GeoPoint;
  /** when the helper captured it (offline captures are sent later); defaults to now */
  capturedAt?: string;
}
export interface CheckInView {
  at: string;
  location: GeoPoint | null;
  /** straight-line km from the booked or known place; null when either point is unknown */
  distanceKm: number | null;
  /** more than 2 km from where the visit was booked */
  far: boolean;
}
export interface WelfareStepBody {
  step: WelfareStep;
  outcome: WelfareOutcome;
  note?: string;
  capturedAt?: string;
}
export interface WelfareStepView {
  step: WelfareStep;
  outcome: WelfareOutcome;
  note: string | null;
  at: string;
  helperName: string;
}
export interface EmergencyContact {
  name: string;
  relation: string;
  phone: string;
}
export interface AuthorisationLetter {
  kind: AuthorisationKind;
  letter: string;
}
export interface AuthorisationBody {
  kind: AuthorisationKind;
  residentSignatureId: string;
  helperSignatureId: string;
  capturedAt?: string;
}
export interface AuthorisationView {
  id: string;
  kind: AuthorisationKind;
  letter: string;
  residentSignature: UploadView;
  helperSignature: UploadView;
  /** SHA-256 over the letter and both signature images: what was signed cannot change unnoticed */
  sha256: string;
  at: string;
}
export interface HandoverItem {
  name: string;
  form: MaterialForm;
  count: number;
}
/** 代缴: money the helper carries for the resident (a fee, an insurance premium), on the hand-over where it changes hands. */
export interface HandoverMoney {
  /** fen (1/100 yuan): cash taken from the resident, paid at the department, or the balance handed back */
  amountFen: number;
  /** what it pays for, e.g. 2027年度城乡居民医保 */
  purpose: string;
  /** paid at the department: its receipt (票据) number */
  receiptNo?: string;
}
export interface HandoverBody {
  kind: HandoverKind;
  items: HandoverItem[];
  photoIds?: string[];
  fromSignatureId?: string;
  toSignatureId?: string;
  /** by post: the tracking number */
  trackingNo?: string;
  /** helper -> department: the department's case number */
  departmentCaseNo?: string;
  place?: string;
  location?: GeoPoint;
  capturedAt?: string;
  money?: HandoverMoney;
}
export interface HandoverView {
  id: string;
  kind: HandoverKind;
  fromParty: string;
  toParty: string;
  items: HandoverItem[];
  photos: UploadView[];
  fromSignature: UploadView | null;
  toSignature: UploadView | null;
  trackingNo: string | null;
  money: { amountFen: number; purpose: string; receiptNo: string | null } | null;
  place: string | null;
  location: GeoPoint | null;
  at: string;
  recordedBy: string;
}
export interface TaskView {
  request: RequestSummary;
  /** the booked day, or null when not yet scheduled */
  day: string | null;
  start: string | null;
  /** where to go: the resident's shared location, else the village */
  location: GeoPoint;
  /** km from the previous stop of the day (the base for the first) */
  legKm: number;
}
export interface TaskListResponse {
  items: TaskView[];
}

// --- 网格+代办: filing for a resident met at the door ------------------------------------------------------------------
export interface ResidentLookupBody {
  phone: string;
}
export interface ResidentRef {
  id: string;
  name: string;
  villageId: string | null;
}
export interface RegisterResidentBody {
  phone: string;
  name: string;
  villageId: string;
  /** the resident agreed, there and then, to be registered */
  consent: true;
}
export interface ConfirmationCodeResponse {
  sent: true;
  /** demo mode only */
  devCode?: string;
}
export interface ConfirmRequestBody {
  /** the code the resident received on their phone */
  code?: string;
  /** or the resident's signature on the helper's screen */
  signatureId?: string;
}
