// The simulated week's clock. Minutes count from banner midnight of the first Monday; each day's trips are fixed at
// FREEZE_MIN (08:00), when helpers set out, so a request can be visited on the first day whose freeze is still ahead.
import { weekdayOf } from '../../server/src/dispatch/engine';

/** Monday 2025-03-03 as a DayIndex. */
export const WEEK_START_DAY = Math.round(Date.UTC(2025, 2, 3) / 86_400_000);
if (weekdayOf(WEEK_START_DAY) !== 0) throw new Error('WEEK_START_DAY must be a Monday');

export const FREEZE_MIN = 8 * 60;
const BANNER_OFFSET_MS = 8 * 3600 * 1000;

export function dayOfMinute(t: number): number {
  return WEEK_START_DAY + Math.floor(t / 1440);
}

export function msOfMinute(t: number): number {
  return (WEEK_START_DAY * 1440 + t) * 60_000 - BANNER_OFFSET_MS;
}

/** First day whose trips are not yet fixed at minute t. */
export function firstOpenDayAt(t: number): number {
  const day = dayOfMinute(t);
  return t - (day - WEEK_START_DAY) * 1440 < FREEZE_MIN ? day : day + 1;
}

/** Minute (since week start) at which a visit on `day` at `minuteOfDay` happens. */
export function minuteOfVisit(day: number, minuteOfDay: number): number {
  return (day - WEEK_START_DAY) * 1440 + minuteOfDay;
}
