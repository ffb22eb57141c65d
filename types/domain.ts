// Core vocabulary of the domain, each a single `as const` source from which unions (and the server's schemas) derive.

export const ROLES = ['resident', 'helper', 'grid_worker', 'supervisor'] as const;
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

export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
