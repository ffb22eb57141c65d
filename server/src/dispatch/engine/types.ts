// The engine's contract: plain data in, a plan out. Nothing here knows about the database, the clock or HTTP, so the
// dispatcher, the benchmark and the tests all drive the same code.
import type { HelperKind, LanguageCode, RequestKind, VillageKind } from '../../../../types';
import type { EngineConfig } from './config';

/** Days since 1970-01-01 in banner time (UTC+8); see calendar.ts. */
export type DayIndex = number;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Minutes after banner midnight; the helper must arrive no later than endMin (waits if early). */
export interface TimeWindow {
  startMin: number;
  endMin: number;
}

export interface BookedSlot extends TimeWindow {
  day: DayIndex;
}

export interface PriorityFlags {
  elderlyAlone: boolean;
  severelyDisabled: boolean;
  urgent: boolean;
}

export interface OpenRequest {
  id: string;
  /** the household (or, lacking it, the village centre) */
  location: LatLng;
  townshipId: string;
  /** the grid (嘎查/村/社区) the household belongs to */
  villageId: string;
  /** only for wording ("您嘎查" / "您村" / "您社区") */
  villageKind?: VillageKind;
  kind: RequestKind;
  /** department skill the helper must have (service item's skill), or null */
  skill: string | null;
  /** language the resident needs, or null when any helper will do */
  language: LanguageCode | null;
  priority: PriorityFlags;
  /** a booked visit (预约办): that day, inside that window, or not at all */
  booked: BookedSlot | null;
  /** last day the visit may happen (legal or promised time limit), or null */
  deadlineDay: DayIndex | null;
  submittedAtMs: number;
  /** first day a visit may happen; defaults to the input's firstOpenDay */
  earliestDay?: DayIndex;
  /** helpers who declined or let an offer of this request expire */
  excludedHelperIds?: readonly string[];
}

/** A visit already in a helper's plan. Visits of one day are listed in route order. */
export interface PlannedVisit {
  requestId: string;
  day: DayIndex;
  location: LatLng;
  villageId: string;
  window: TimeWindow | null;
  /** false for call-backs: they use a slot of the day but no place in the trip */
  travels: boolean;
}

export interface HelperState {
  id: string;
  kind: HelperKind;
  skills: readonly string[];
  /** grid workers: their villages; blue vests: [] */
  gridVillageIds: readonly string[];
  townshipId: string;
  languages: readonly LanguageCode[];
  /** the days (DayIndex) this helper works */
  onDutyDays: readonly DayIndex[];
  base: LatLng;
  capacityPerDay: number;
  plan: readonly PlannedVisit[];
}

export interface DispatchInput {
  /** days before this are frozen (helpers are already out); nothing is planned on them */
  firstOpenDay: DayIndex;
  requests: readonly OpenRequest[];
  helpers: readonly HelperState[];
  config?: Partial<EngineConfig>;
}

/** Why a decision was made, as data a supervisor screen can filter on; the sentences are built from these. */
export type Reason =
  | { code: 'grid'; villageId: string }
  | { code: 'distance'; addedKm: number; from: 'base' | 'trip' }
  | { code: 'load'; visitsThatDay: number; capacity: number }
  | { code: 'skill'; skill: string }
  | { code: 'language'; language: LanguageCode }
  | { code: 'shared_trip'; day: DayIndex; withVillageId: string; sameVillage: boolean; daysLater: number }
  /** put later because the helper had no room before: restDays of the days skipped were off duty, the rest full */
  | { code: 'capacity_later'; day: DayIndex; daysLater: number; restDays: number }
  /** put a day later on purpose, as the day of a new trip to the area that visits coming in meanwhile can join */
  | { code: 'trip_day'; day: DayIndex; daysLater: number }
  | { code: 'deadline'; deadlineDay: DayIndex; slackDays: number; missed: boolean }
  | { code: 'booked'; day: DayIndex; startMin: number; endMin: number }
  | { code: 'priority'; flags: (keyof PriorityFlags)[] }
  | { code: 'cross_township'; helperTownshipId: string }
  | { code: 'no_helper'; blockedBy: BlockedBy };

/** The hard constraint that ruled out the most helpers, for requests nobody could take. */
export type BlockedBy = 'skill' | 'language' | 'off_duty' | 'capacity' | 'booked_slot' | 'deadline' | 'declined';

export interface CostBreakdown {
  travelKm: number;
  loadKm: number;
  waitKm: number;
  gridKm: number;
  otherKm: number;
  total: number;
}

export interface Assignment {
  requestId: string;
  helperId: string;
  day: DayIndex;
  /** planned arrival, minutes after midnight; null for call-backs */
  etaMin: number | null;
  /** position in the day's trip, 1-based; null for call-backs */
  stopNumber: number | null;
  cost: CostBreakdown;
  reasons: Reason[];
  /** plain Chinese for the resident */
  residentText: string;
  /** one short line for the supervisor console */
  supervisorText: string;
}

export interface Unassigned {
  requestId: string;
  reasons: Reason[];
  residentText: string;
  supervisorText: string;
}

export interface RouteStop {
  requestId: string;
  etaMin: number;
  window: TimeWindow | null;
  isNew: boolean;
}

/** A helper's whole trip on one day, base to base, for every helper-day this pass changed. */
export interface DayRoute {
  helperId: string;
  day: DayIndex;
  stops: RouteStop[];
  roadKm: number;
  returnMin: number;
}

export interface DispatchPlan {
  assignments: Assignment[];
  unassigned: Unassigned[];
  routes: DayRoute[];
}
