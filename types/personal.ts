// Personal data under PIPL: what residents, the helper on their case and supervisors may see of it.

export interface ProfileView {
  /** masked (1506**********1234); the full number is never sent back to the app */
  idNumber: string | null;
  disability: string | null;
  /** an elderly resident living alone (独居老人), as they said; null = not said */
  livesAlone: boolean | null;
  /** when the resident gave the separate consent for sensitive data; null = not given */
  sensitiveConsentAt: string | null;
}
export interface SensitiveConsentBody {
  granted: true;
}
export interface UpdateProfileBody {
  idNumber?: string;
  /** e.g. 肢体三级; the resident's own words as on the 残疾人证 */
  disability?: string;
  livesAlone?: boolean;
}
/** The full values, for the helper carrying a 代办 case (to fill the department's forms) and for supervisors; every read is logged. */
export interface IdentityView {
  name: string;
  idNumber: string | null;
  disability: string | null;
}
export interface AccessLogEntry {
  viewerName: string;
  subjectName: string;
  field: string;
  purpose: string;
  at: string;
}
export interface AccessLogResponse {
  items: AccessLogEntry[];
}
export interface DeletionRequestBody {
  reason?: string;
}
export interface DeletionRequestResponse {
  received: true;
  createdAt: string;
}
export interface ExportResponse {
  exportedAt: string;
  user: { id: string; name: string; phone: string | null; roles: string[]; villageId: string | null };
  profile: IdentityView & { livesAlone: boolean | null };
  requests: { id: string; kind: string; status: string; description: string; createdAt: string }[];
  messages: { kind: string; body: string; createdAt: string }[];
  familyLinks: { memberName: string; relation: string; status: string }[];
  /** who may act for me, or asked to, or once could (ended links too: it is a record about me) */
  actingForMe: { actorName: string; relation: string; status: string }[];
}
