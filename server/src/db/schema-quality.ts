// Kysely's view of the quality tables (migration 2026-11-27-0004-quality). Same conventions as schema.ts: booleans
// are 0/1 integers, times ISO-8601 text, days YYYY-MM-DD text, lists JSON text.
import type { Generated } from 'kysely';

export interface RatingsTable {
  id: string;
  request_id: string;
  rater_id: string;
  helper_id: string | null;
  level: string;
  comment: string | null;
  anonymous: number;
  created_at: string;
  /** null for a good rating: only bad ones are reviewed */
  review_status: string | null;
  rectify_by: string | null;
  justified: number | null;
  verification: string | null;
  verified_at: string | null;
  verified_by: string | null;
  rectification: string | null;
  rectified_at: string | null;
  rectified_by: string | null;
  reply: string | null;
  replied_at: string | null;
  replied_by: string | null;
  call_back: string | null;
  call_back_note: string | null;
}

export interface ComplaintsTable {
  id: string;
  resident_id: string;
  filed_by_id: string;
  request_id: string | null;
  description: string;
  status: string;
  created_at: string;
  deadline: string | null;
  triage_note: string | null;
  triaged_at: string | null;
  triaged_by: string | null;
  answer: string | null;
  resolved: number | null;
  answered_at: string | null;
  answered_by: string | null;
}

export interface EnterprisesTable {
  id: string;
  name: string;
  credit_code: string;
  legal_person: string;
  industry: string;
  township_id: string;
  address: string;
  contact_name: string;
  contact_user_id: string;
  created_at: string;
}

export interface EnterpriseProjectsTable {
  id: string;
  enterprise_id: string;
  name: string;
  investment: string;
  site: string;
  description: string;
  created_at: string;
}

/** 企业数字名片: the enterprise's shareable card (see migration 0020) */
/** A text a vendor accepted (migration 0023): what the daily cap per number counts (notifications/sms-guard.ts). */
export interface SmsSendsTable {
  phone: string;
  template: string;
  sent_at: string;
}

export interface EnterpriseCardsTable {
  enterprise_id: string;
  /** the link's only key: 128 random bits, base64url */
  token: string;
  issued_by: string;
  issued_at: string;
  views: Generated<number>;
  last_viewed_at: string | null;
}

export interface ProjectMilestonesTable {
  id: Generated<number>;
  project_id: string;
  kind: string;
  seq: number;
  status: string;
  helper_id: string | null;
  planned_on: string | null;
  started_on: string | null;
  completed_on: string | null;
  /** JSON array of { name, number, issuedOn } */
  documents: string;
  note: string | null;
  updated_at: string;
}

export interface NotificationOptinsTable {
  user_id: string;
  event: string;
  wechat_credits: number;
  sms: number;
  updated_at: string;
}

export interface NotificationDeliveriesTable {
  id: Generated<number>;
  message_id: number;
  user_id: string;
  event: string;
  channel: string | null;
  /** sent | failed | logged (SMS in demo mode) | skipped (no channel the user opted in to) */
  status: string;
  detail: string | null;
  created_at: string;
}

export interface QualityTables {
  ratings: RatingsTable;
  complaints: ComplaintsTable;
  enterprises: EnterprisesTable;
  enterprise_projects: EnterpriseProjectsTable;
  enterprise_cards: EnterpriseCardsTable;
  sms_sends: SmsSendsTable;
  project_milestones: ProjectMilestonesTable;
  notification_optins: NotificationOptinsTable;
  notification_deliveries: NotificationDeliveriesTable;
}
