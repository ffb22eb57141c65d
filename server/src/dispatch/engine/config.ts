// Every tunable number of the dispatch engine, in one place. Costs are in "km-equivalents": one unit is one road
// kilometre of helper driving, so a weight reads as "how many km of driving is this worth avoiding".

export interface EngineConfig {
  /** road km per straight-line km on pastoral tracks; used for every distance the engine reasons about */
  roadFactor: number;
  /** average driving speed on those roads */
  speedKmh: number;
  /** minutes spent at each home visit */
  serviceMin: number;
  /** helpers leave their base at this minute of the day (510 = 08:30) and must be back by dayEndMin */
  dayStartMin: number;
  dayEndMin: number;
  /** how many days ahead (from a request's earliest day) a visit may be planned when it has no legal deadline */
  horizonDays: number;
  /**
   * ... and at least this many days on which some helper works: a long public holiday (国庆, 春节) then pushes the
   * horizon past itself instead of leaving a visit with no day to go to until the holiday is nearly over
   */
  horizonWorkingDays: number;
  /** a visit that can wait opens a new trip at most this many days after its earliest day (and never past its deadline) */
  anchorDays: number;
  /** a later day "already has a trip to the same area" when a stop that day is in the same village or this close */
  areaKm: number;
  /**
   * a later day also has a trip going the visit's way when adding the visit to it costs at most this share of a
   * round trip from base (a trip to a farther place that passes by); 0 turns the test off
   */
  shareDetourRatio: number;
  /** subtracted from the cost when the helper is the grid worker of the request's own village */
  gridBonusKm: number;
  /** cost of a day that is already full (scaled linearly by how full it is), to spread work */
  loadWeightKm: number;
  /** cost of each day a visit waits beyond its earliest day ... */
  waitKmPerDay: number;
  /** ... multiplied by this for residents living alone or severely disabled */
  priorityWaitFactor: number;
  /** extra per day when a visit goes to a later day with no shared trip (only when earlier days are full) */
  overflowKmPerDay: number;
  /** added when a helper from another township takes the request (fallback only) */
  crossTownshipKm: number;
  /** cost of leaving a request unassigned this pass; multiplied by its priority weight (see pair-cost.ts) */
  unassignedKm: number;
  /** each request's arcs are its this-many cheapest helpers; the dual check then proves the answer is still exact */
  candidatesPerRequest: number;
  /** after the waves, move this pass's visits into other helpers' trips where that is cheaper (relocate.ts) */
  relocate: boolean;
  /** re-solves after a planned visit did not fit its day (booked windows, end of day) */
  repairRounds: number;
}

export const DEFAULT_CONFIG: Readonly<EngineConfig> = Object.freeze({
  roadFactor: 1.3,
  speedKmh: 40,
  serviceMin: 40,
  dayStartMin: 8 * 60 + 30,
  dayEndMin: 17 * 60 + 30,
  horizonDays: 7,
  horizonWorkingDays: 5,
  anchorDays: 1,
  areaKm: 12,
  shareDetourRatio: 0.3,
  gridBonusKm: 10,
  loadWeightKm: 2,
  waitKmPerDay: 4,
  priorityWaitFactor: 3,
  overflowKmPerDay: 150,
  crossTownshipKm: 5,
  unassignedKm: 5000,
  candidatesPerRequest: 24,
  repairRounds: 3,
  relocate: true,
});

export function resolveConfig(overrides: Partial<EngineConfig> | undefined): EngineConfig {
  return { ...DEFAULT_CONFIG, ...(overrides ?? {}) };
}
