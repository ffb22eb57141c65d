// API request and response shapes. The server's TypeBox schemas (server/src/schemas) are checked against these at
// compile time, so the two cannot drift apart.
import type {
  HelperKind,
  LanguageCode,
  MaterialForm,
  OfferStatus,
  RequestKind,
  Role,
  VillageKind,
} from './domain';
import type { Actor, RequestStatus } from './status';

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
export interface VillageView {
  id: string;
  name: string;
  kind: VillageKind;
}
export interface TownshipView {
  id: string;
  name: string;
  villages: VillageView[];
}
export interface MaterialView {
  name: string;
  form: MaterialForm;
  count: number;
  deferrable: boolean;
  note: string | null;
}
export interface ServiceItemView {
  id: string;
  name: string;
  department: string;
  timeLimitDays: number;
  fee: string;
  promiseAllowed: boolean;
  deferralAllowed: boolean;
  online: boolean;
  guide: string;
  keywords: string[];
  materials: MaterialView[];
}

// --- requests --------------------------------------------------------------------------------------------------
export interface CreateRequestBody {
  kind: RequestKind;
  villageId: string;
  description: string;
  serviceItemId?: string;
  /** set when a family member or grid worker files for someone else */
  forUserId?: string;
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
  note: string | null;
}
export interface RequestSummary {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  description: string;
  villageId: string;
  villageName: string;
  townshipName: string;
  serviceItemId: string | null;
  serviceItemName: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface RequestDetail extends RequestSummary {
  resident: PersonRef;
  filedBy: PersonRef;
  helper: HelperContact | null;
  timeline: TimelineEntry[];
  /** statuses the caller may move this request to now, from the transition table */
  nextStatuses: RequestStatus[];
}
export interface RequestListResponse {
  items: RequestSummary[];
}
export interface TransitionBody {
  to: RequestStatus;
  note?: string;
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
