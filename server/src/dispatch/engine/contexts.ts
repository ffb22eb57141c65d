// The engine's working state, built once per pass from the input: projected points, sets for fast membership
// tests, and each helper's open days as mutable routes that the pass fills in.
import type { EngineConfig } from './config';
import type { Stop } from './day-route';
import { planeKm, projectionFor, type Point } from './plane';
import type { DispatchInput, HelperState, OpenRequest } from './types';

export interface DayPlan {
  stops: Stop[];
  /** visits that day including call-backs, which take a slot but no place in the trip */
  count: number;
  touched: boolean;
}

export interface HelperCtx {
  idx: number;
  src: HelperState;
  base: Point;
  skills: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  grid: ReadonlySet<string>;
  /** per day offset from PassState.dayBase: on duty? (days past the span are off) */
  onDuty: Uint8Array;
  /** per day offset from PassState.dayBase */
  plans: (DayPlan | undefined)[];
  /** every open day that has a plan, touched or not */
  days: Map<number, DayPlan>;
  /** how far from base any planned stop lies: a new stop's detour is at least 2 x (its distance - reachKm) */
  reachKm: number;
  /** the township as a number (the same for requests and helpers of one pass), for the cross-township test */
  town: number;
}

export interface RequestCtx {
  idx: number;
  src: OpenRequest;
  p: Point;
  travels: boolean;
  earliest: number;
  /** last day the engine may plan it on (deadline, or the horizon) */
  lastDay: number;
  /** the booked day, when there is one that can still be kept */
  fixedDay: number | null;
  /** the deadline (or booked day) has already passed: plan as soon as possible */
  overdue: boolean;
  /** no waiting for a shared trip: urgent, overdue, or nothing but the earliest day left */
  asap: boolean;
  excluded: ReadonlySet<string>;
  /** grid workers of the request's own village (filled once helpers are known) */
  gridHelpers: HelperCtx[];
  /** see HelperCtx.town */
  town: number;
}

export interface PassState {
  cfg: EngineConfig;
  firstOpenDay: number;
  /** day offsets in typed arrays count from here (= firstOpenDay) */
  dayBase: number;
  /** number of days from dayBase that any request may use */
  span: number;
  helpers: HelperCtx[];
  requests: RequestCtx[];
  helperById: Map<string, HelperCtx>;
}

export function dayPlanOf(h: HelperCtx, day: number, dayBase: number): DayPlan {
  let plan = h.days.get(day);
  if (!plan) {
    plan = { stops: [], count: 0, touched: false };
    h.days.set(day, plan);
    h.plans[day - dayBase] = plan;
  }
  return plan;
}

export function buildPassState(input: DispatchInput, cfg: EngineConfig): PassState {
  const projection = projectionFor([
    ...input.requests.map((r) => r.location),
    ...input.helpers.map((h) => h.base),
  ]);
  const towns = new Map<string, number>();
  const townOf = (id: string): number => {
    let t = towns.get(id);
    if (t === undefined) towns.set(id, (t = towns.size));
    return t;
  };
  const horizonEndFrom = horizonEnds(input, cfg);
  const requests = [...input.requests]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r, idx): RequestCtx => {
      const earliest = Math.max(input.firstOpenDay, r.earliestDay ?? input.firstOpenDay);
      const bookedOk = r.booked !== null && r.booked.day >= earliest;
      const deadline = r.deadlineDay;
      const overdue = (r.booked !== null && !bookedOk) || (deadline !== null && deadline < earliest);
      const horizonEnd = horizonEndFrom(earliest);
      const lastDay = bookedOk && r.booked ? r.booked.day : overdue || deadline === null ? horizonEnd : Math.min(deadline, horizonEnd);
      return {
        idx,
        src: r,
        p: projection.project(r.location),
        travels: r.kind !== 'callback',
        earliest,
        lastDay,
        fixedDay: bookedOk && r.booked ? r.booked.day : null,
        overdue,
        asap: r.priority.urgent || overdue || lastDay === earliest,
        excluded: new Set(r.excludedHelperIds ?? []),
        gridHelpers: [],
        town: townOf(r.townshipId),
      };
    });

  const dayBase = input.firstOpenDay;
  let span = 1;
  for (const r of requests) span = Math.max(span, (r.fixedDay ?? r.lastDay) - dayBase + 1);
  // Sorted by id so that column order, and with it every tie, never depends on the order rows came from the database.
  const helpers = [...input.helpers]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((h, idx): HelperCtx => {
      const ctx: HelperCtx = {
        idx,
        src: h,
        base: projection.project(h.base),
        skills: new Set(h.skills),
        languages: new Set(h.languages),
        grid: new Set(h.gridVillageIds),
        onDuty: new Uint8Array(span),
        plans: new Array<DayPlan | undefined>(span).fill(undefined),
        days: new Map(),
        reachKm: 0,
        town: townOf(h.townshipId),
      };
      for (const d of h.onDutyDays) if (d >= dayBase && d < dayBase + span) ctx.onDuty[d - dayBase] = 1;
      for (const visit of h.plan) {
        if (visit.day < input.firstOpenDay) continue;
        const day = dayPlanOf(ctx, visit.day, dayBase);
        day.count += 1;
        if (visit.travels) {
          const p = projection.project(visit.location);
          day.stops.push({ requestId: visit.requestId, villageId: visit.villageId, p, window: visit.window, isNew: false });
          ctx.reachKm = Math.max(ctx.reachKm, planeKm(ctx.base, p));
        }
      }
      return ctx;
    });

  const gridOf = new Map<string, HelperCtx[]>();
  for (const h of helpers) {
    if (h.src.kind !== 'grid_worker') continue;
    for (const v of h.src.gridVillageIds) gridOf.set(v, [...(gridOf.get(v) ?? []), h]);
  }
  for (const r of requests) r.gridHelpers = gridOf.get(r.src.villageId) ?? [];

  return { cfg, firstOpenDay: input.firstOpenDay, dayBase, span, helpers, requests, helperById: new Map(helpers.map((h) => [h.src.id, h])) };
}

/**
 * The last day a visit first possible on `earliest` may go to when no deadline comes sooner: horizonDays on, or the
 * horizonWorkingDays-th day from `earliest` on which any helper is on duty, whichever is later. In an ordinary week
 * the first is later; across 国庆 or 春节 the second is, and the visit gets the first days back at work.
 */
function horizonEnds(input: DispatchInput, cfg: EngineConfig): (earliest: number) => number {
  const dutyDays = [...new Set(input.helpers.flatMap((h) => h.onDutyDays))].sort((a, b) => a - b);
  const memo = new Map<number, number>();
  return (earliest) => {
    let end = memo.get(earliest);
    if (end === undefined) {
      end = earliest + cfg.horizonDays - 1;
      let first = 0;
      while (first < dutyDays.length && dutyDays[first] < earliest) first += 1;
      // fewer duty days known than asked for: the horizon stays where it is
      const nth = dutyDays[first + cfg.horizonWorkingDays - 1];
      if (cfg.horizonWorkingDays > 0 && nth !== undefined) end = Math.max(end, nth);
      memo.set(earliest, end);
    }
    return end;
  };
}
