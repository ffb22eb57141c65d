// Core vocabulary of the domain, each a single `as const` source from which unions (and the server's schemas) derive.

/** `enterprise`: the contact person of an enterprise in 一企一档, who sees only their own enterprise's archive. */
export const ROLES = ['resident', 'helper', 'grid_worker', 'supervisor', 'enterprise'] as const;
export type Role = (typeof ROLES)[number];

/** 回拨 call-back, 上门 home visit, 帮办 assisted (the resident applies with help), 代办 delegated (done on their behalf). */
export const REQUEST_KINDS = ['callback', 'home_visit', 'assist', 'delegate'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const VILLAGE_KINDS = ['gacha', 'village', 'community'] as const;
export type VillageKind = (typeof VILLAGE_KINDS)[number];

export const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

export const HELPER_KINDS = ['blue_vest', 'grid_worker'] as const;
export type HelperKind = (typeof HELPER_KINDS)[number];

export const LANGUAGE_CODES = ['zh', 'mn'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/**
 * withdrawn: taken back by a supervisor's reassignment (dispatch will not offer the case to that helper again);
 * replanned: taken back so dispatch can plan again with something new (加急); that helper may be offered it again.
 */
export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn', 'replanned'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** What an upload is for; each kind has its own allowed types and size limit (server/src/modules/uploads). */
export const UPLOAD_KINDS = ['photo', 'voice', 'signature', 'document'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** A required material is handed over now, or (容缺受理) promised by a date. */
export const MATERIAL_STATUSES = ['provided', 'deferred'] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

export const CALL_OUTCOMES = ['reached', 'no_answer', 'wrong_number'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** ended: by either side; it no longer grants anything and is kept as a record of who could act when */
export const FAMILY_LINK_STATUSES = ['pending', 'confirmed', 'ended'] as const;
export type FamilyLinkStatus = (typeof FAMILY_LINK_STATUSES)[number];

/** Every hand-over of documents (交接单), in the order a 代办 case meets them. */
/** the mobile agency point's days: the regular round of a village, or a 民生集市 market day */
export const AGENCY_DAY_KINDS = ['round', 'market'] as const;
export type AgencyDayKind = (typeof AGENCY_DAY_KINDS)[number];
export const HANDOVER_KINDS = ['resident_to_helper', 'helper_to_department', 'department_to_helper', 'helper_to_resident', 'by_post'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];
/** Hand-overs that give the resident's things back (with the result, by post, or after an early end). */
export const RETURN_HANDOVERS: readonly HandoverKind[] = ['helper_to_resident', 'by_post'];
/**
 * From a case's hand-over kinds so far: the helper holds something of the resident's (documents, 代缴 money) — it was
 * handed over on 居民交材料 and nothing has been handed back yet.
 */
export function holdsResidentItems(kinds: readonly string[]): boolean {
  return kinds.includes('resident_to_helper') && !kinds.some((k) => (RETURN_HANDOVERS as readonly string[]).includes(k));
}

/** No answer at the door: call the resident, then their emergency contact, then alert the supervisor. */
export const WELFARE_STEPS = ['call_resident', 'call_emergency_contact', 'alert_supervisor'] as const;
export type WelfareStep = (typeof WELFARE_STEPS)[number];

export const WELFARE_OUTCOMES = ['reached', 'no_answer', 'done'] as const;
export type WelfareOutcome = (typeof WELFARE_OUTCOMES)[number];

/** 委托书 at the start of a 代办 case; 续办委托书 to resume a suspended one. */
export const AUTHORISATION_KINDS = ['authorisation', 'continuation'] as const;
export type AuthorisationKind = (typeof AUTHORISATION_KINDS)[number];
