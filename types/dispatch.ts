// What the dispatch engine decided about a request, as the case page shows it. The app builds the sentence from
// these facts in the reader's language (zh-CN or Mongolian), so the engine's Chinese text is only a log line.

/** The hard constraint that kept every helper from taking a request this pass. */
export const DISPATCH_BLOCKERS = ['skill', 'language', 'off_duty', 'capacity', 'booked_slot', 'deadline', 'declined'] as const;
export type DispatchBlocker = (typeof DISPATCH_BLOCKERS)[number];

export const SHARED_TRIP_KINDS = ['same_village', 'nearby'] as const;
export type SharedTripKind = (typeof SHARED_TRIP_KINDS)[number];

export interface PlannedVisitView {
  state: 'planned';
  /** YYYY-MM-DD, banner time */
  day: string;
  /** a call-back: the helper phones on that day, no trip */
  callback: boolean;
  /** 'am' / 'pm' from the planned arrival; null for call-backs and booked windows */
  halfDay: 'am' | 'pm' | null;
  /** the resident's booked window, kept */
  bookedWindow: { start: string; end: string } | null;
  /** the visit rides along with a trip already going to the resident's village or nearby */
  sharedTrip: SharedTripKind | null;
  byGridWorker: boolean;
  /** the assigned helper's first day with room (earlier days were full or days off) */
  firstFreeDay: boolean;
  /** ... and every earlier day was the helper's day off (a weekend, say), none of them full */
  afterRestDays: boolean;
  /** the time limit it stays within (shown when the visit was put later than the earliest day) */
  deadline: string | null;
  deadlineMissed: boolean;
  /** the engine's one-line reasoning (distance, load, grid, shared trip, deadline): staff only, null for others */
  supervisorNote: string | null;
}

export interface WaitingVisitView {
  state: 'waiting';
  blockedBy: DispatchBlocker;
  supervisorNote: string | null;
}

export type VisitPlanView = PlannedVisitView | WaitingVisitView;
