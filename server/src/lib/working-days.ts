// Legal time limits count working days (工作日) in banner time: weekends and public holidays are skipped, adjusted
// working weekends (调休) count. The official table comes from chinese-days (State Council schedule, to 2026);
// EXTRA_HOLIDAYS / EXTRA_WORKDAYS (comma-separated YYYY-MM-DD) add local or later years' adjustments.
import { isWorkday } from 'chinese-days';

const BANNER_OFFSET_MS = 8 * 60 * 60 * 1000;

const listFromEnv = (name: string): Set<string> =>
  new Set((process.env[name] ?? '').split(',').map((d) => d.trim()).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)));

const extraHolidays = listFromEnv('EXTRA_HOLIDAYS');
const extraWorkdays = listFromEnv('EXTRA_WORKDAYS');

export function isWorkingDay(day: string): boolean {
  if (extraHolidays.has(day)) return false;
  if (extraWorkdays.has(day)) return true;
  return isWorkday(day);
}

/** The calendar date (YYYY-MM-DD) in banner time (UTC+8, no daylight saving) of an instant. */
export function bannerDate(at: Date = new Date()): string {
  return new Date(at.getTime() + BANNER_OFFSET_MS).toISOString().slice(0, 10);
}

export function shiftDay(day: string, deltaDays: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + deltaDays);
  return d.toISOString().slice(0, 10);
}

/** The n-th working day after `day` (the day of submission itself does not count). */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  let counted = 0;
  while (counted < n) {
    current = shiftDay(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` has passed. */
export function workingDaysBetween(from: string, to: string): number {
  if (from === to) return 0;
  const forward = from < to;
  let current = from;
  let count = 0;
  while (current !== to) {
    current = shiftDay(current, forward ? 1 : -1);
    if (forward ? isWorkingDay(current) : isWorkingDay(shiftDay(current, 1))) count += 1;
  }
  return forward ? count : -count;
}
