// Kysely's view of the tables. Booleans are 0/1 integers and times are ISO-8601 text in both engines, so every
// query is the same on SQLite and PostgreSQL; list-like fields are JSON text.
import type { ColumnType, Generated } from 'kysely';
import type { MessageKind } from '../../../types';
import type { QualityTables } from './schema-quality';

export interface TownshipsTable {
  id: string;
  name: string;
  /** traditional Mongolian; null: not translated, show the Chinese */
  name_mn: string | null;
  lat: number;
  lng: number;
}

export interface VillagesTable {
  id: string;
  township_id: string;
  name: string;
  /** traditional Mongolian; null: not translated, show the Chinese */
  name_mn: string | null;
  kind: string;
  lat: number;
  lng: number;
}

export interface UsersTable {
  id: string;
  phone: string | null;
  name: string;
  /** JSON array of Role */
  roles: string;
  village_id: string | null;
  wechat_openid: string | null;
  created_at: string;
}

export interface HelpersTable {
  user_id: string;
  kind: string;
  skills: string;
  grid_village_ids: string;
  township_id: string;
  languages: string;
  on_duty: number;
  base_lat: number;
  base_lng: number;
  capacity_per_day: number;
}

export interface ServiceItemsTable {
  id: string;
  name: string;
  department: string;
  time_limit_days: number;
  fee: string;
  promise_allowed: number;
  deferral_allowed: number;
  online: number;
  skill: string;
  guide: string;
  keywords: string;
  /** JSON array of materials; each may carry nameMn / noteMn (traditional Mongolian) */
  materials: string;
  /** traditional Mongolian of name, department, fee and guide; null: not translated, show the Chinese */
  name_mn: string | null;
  department_mn: string | null;
  fee_mn: string | null;
  guide_mn: string | null;
}

export interface RequestsTable {
  id: string;
  kind: string;
  status: string;
  resident_id: string;
  filed_by_id: string;
  village_id: string;
  description: string;
  service_item_id: string | null;
  helper_id: string | null;
  idempotency_key: string;
  created_at: string;
  updated_at: string;
  /** the legal time limit as a date (YYYY-MM-DD), in working days from submission */
  legal_deadline: string | null;
  landmark: string | null;
  lat: number | null;
  lng: number | null;
  voice_note_id: string | null;
  slot_id: string | null;
  agency_visit_id: string | null;
  commitment_signature_id: string | null;
  escalated_at: string | null;
  /** 加急: when a supervisor marked the case urgent, and why (both null when it is not) */
  urgent_at: string | null;
  urgent_reason: string | null;
  /** the resident's own ask for 加急, and why, until a supervisor grants or declines it */
  urgency_asked_at: string | null;
  urgency_asked_reason: string | null;
  department_case_no: string | null;
  /** the language the resident asked their helper to speak (LanguageCode), or null when any will do */
  needs_language: string | null;
}

export interface TransitionsTable {
  id: Generated<number>;
  request_id: string;
  from_status: string | null;
  to_status: string;
  actor: string;
  actor_id: string | null;
  note: string | null;
  /** a note the system wrote: its code (TimelineNoteKey) and JSON object of string parameters; null for typed notes */
  note_key: string | null;
  note_params: string | null;
  at: string;
}

export interface OffersTable {
  id: string;
  request_id: string;
  helper_id: string;
  status: string;
  reason: string;
  created_at: string;
  expires_at: string;
  decided_at: string | null;
  decline_reason: string | null;
}

export interface LoginCodesTable {
  id: Generated<number>;
  phone: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  attempts: number;
  used_at: string | null;
}

export interface IdempotencyKeysTable {
  user_id: string;
  idem_key: string;
  request_hash: string;
  status_code: number | null;
  response: string | null;
  created_at: string;
}

export interface UploadsTable {
  id: string;
  owner_id: string;
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  storage_path: string;
  request_id: string | null;
  created_at: string;
}

export interface RequestMaterialsTable {
  id: Generated<number>;
  request_id: string;
  name: string;
  form: string;
  status: string;
  supply_by: string | null;
  upload_ids: string;
}

export interface SlotsTable {
  id: string;
  helper_id: string;
  day: string;
  start_time: string;
  end_time: string;
  request_id: string | null;
}

export interface AgencyVisitsTable {
  id: string;
  village_id: string;
  day: string;
  place: string;
  helper_id: string;
  /** 'round' (the regular fortnightly visit) or 'market' (a 民生集市 day a supervisor added); see migration 0021 */
  kind: Generated<string>;
  /** HH:MM, market days only (a round day is the whole working day) */
  start_time: string | null;
  end_time: string | null;
  /** one market day serves several villages: one row each, sharing this id */
  event_id: string | null;
  created_by: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

export interface CallAttemptsTable {
  id: Generated<number>;
  request_id: string;
  helper_id: string;
  outcome: string;
  note: string | null;
  at: string;
}

export interface FamilyLinksTable {
  id: string;
  resident_id: string;
  member_id: string;
  relation: string;
  status: string;
  code_hash: string;
  attempts: number;
  created_at: string;
  confirmed_at: string | null;
  /** set when either side ended the link (status 'ended'); ended_by is that user's id */
  ended_at: string | null;
  ended_by: string | null;
}

export interface MessagesTable {
  id: Generated<number>;
  user_id: string;
  request_id: string | null;
  /** what is written is one of MESSAGE_KINDS; rows are read as plain strings */
  kind: ColumnType<string, MessageKind, MessageKind>;
  body: string;
  created_at: string;
  read_at: string | null;
}

export interface CheckInsTable {
  id: Generated<number>;
  request_id: string;
  helper_id: string;
  lat: number | null;
  lng: number | null;
  distance_km: number | null;
  far: number;
  at: string;
}

export interface WelfareStepsTable {
  id: Generated<number>;
  request_id: string;
  helper_id: string;
  step: string;
  outcome: string;
  note: string | null;
  at: string;
}

export interface AuthorisationsTable {
  id: string;
  request_id: string;
  kind: string;
  letter: string;
  resident_signature_id: string;
  helper_signature_id: string;
  sha256: string;
  helper_id: string;
  at: string;
}

export interface ResidentConfirmationsTable {
  request_id: string;
  code_hash: string | null;
  attempts: number;
  method: string | null;
  signature_id: string | null;
  created_at: string;
  confirmed_at: string | null;
}

export interface ResidentProfilesTable {
  user_id: string;
  /** AES-256-GCM sealed (server/src/lib/pii-crypto.ts), never plain */
  id_number_sealed: string | null;
  disability_sealed: string | null;
  /** sealed (pii-crypto.ts sealYesNo): an elderly resident living alone (独居老人), as they said; null = not said */
  lives_alone_sealed: string | null;
  sensitive_consent_at: string | null;
  updated_at: string;
}

export interface SensitiveAccessLogTable {
  id: Generated<number>;
  viewer_id: string;
  subject_id: string;
  field: string;
  purpose: string;
  at: string;
}

export interface DeletionRequestsTable {
  id: Generated<number>;
  user_id: string;
  reason: string | null;
  status: string;
  created_at: string;
}

export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** The dispatch engine's latest decision about a request (see migrations/2026-11-27-0008-dispatch-plans.ts). */
export interface DispatchPlansTable {
  request_id: string;
  helper_id: string | null;
  /** DayIndex: days since 1970-01-01 in banner time */
  day: number | null;
  stop_number: number | null;
  eta_min: number | null;
  /** JSON Reason[] (server/src/dispatch/engine/types.ts) */
  reasons: string;
  resident_text: string;
  supervisor_text: string;
  planned_at: string;
}

export interface HandoversTable {
  id: string;
  request_id: string;
  kind: string;
  from_party: string;
  to_party: string;
  items: string;
  photo_ids: string;
  from_signature_id: string | null;
  to_signature_id: string | null;
  tracking_no: string | null;
  place: string | null;
  lat: number | null;
  lng: number | null;
  recorded_by: string;
  at: string;
  /** 代缴: JSON { amountFen, purpose, receiptNo } of money that changed hands with the documents (migration 0022) */
  money: string | null;
}

/** Moved by triggers on every change to what a case page shows (migration 0016; modules/requests/case-cache.ts). */
export interface CaseVersionsTable {
  request_id: string;
  /** bigint: PostgreSQL hands it back as a string */
  rev: number | string;
}

/** One row: moved by triggers on the shared rows case pages show (names, helpers' cards, places, family links). */
export interface CaseEpochTable {
  epoch: number | string;
}

export interface Database extends QualityTables {
  case_versions: CaseVersionsTable;
  case_epoch: CaseEpochTable;
  check_ins: CheckInsTable;
  welfare_steps: WelfareStepsTable;
  authorisations: AuthorisationsTable;
  handovers: HandoversTable;
  resident_confirmations: ResidentConfirmationsTable;
  leases: LeasesTable;
  dispatch_plans: DispatchPlansTable;
  resident_profiles: ResidentProfilesTable;
  sensitive_access_log: SensitiveAccessLogTable;
  deletion_requests: DeletionRequestsTable;
  uploads: UploadsTable;
  request_materials: RequestMaterialsTable;
  slots: SlotsTable;
  agency_visits: AgencyVisitsTable;
  call_attempts: CallAttemptsTable;
  family_links: FamilyLinksTable;
  messages: MessagesTable;
  townships: TownshipsTable;
  villages: VillagesTable;
  users: UsersTable;
  helpers: HelpersTable;
  service_items: ServiceItemsTable;
  requests: RequestsTable;
  transitions: TransitionsTable;
  offers: OffersTable;
  login_codes: LoginCodesTable;
  idempotency_keys: IdempotencyKeysTable;
}
