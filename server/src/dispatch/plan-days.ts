// The engine counts days as integers (days since 1970-01-01 in banner time); the database and the app use dates.
// A banner date string is exactly that day's UTC midnight, so the conversion needs no time-zone arithmetic.
const DAY_MS = 24 * 3600 * 1000;

export function dayOfDate(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00.000Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "09:30" -> 570 */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** 570 -> "09:30" */
export function clockOf(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
