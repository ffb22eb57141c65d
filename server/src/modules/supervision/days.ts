// Banner days as the API takes them (YYYY-MM-DD) and as the tables store instants (ISO text in UTC).

/** The instant a banner day begins (UTC+8), as the ISO text the tables store. */
export const dayStartIso = (day: string): string => new Date(`${day}T00:00:00.000+08:00`).toISOString();

/** The pattern lets 2026-02-30 through; the calendar does not. */
export function isRealDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00.000Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}
