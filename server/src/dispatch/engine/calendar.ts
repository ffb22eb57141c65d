// Days are integers (days since 1970-01-01 in banner time, UTC+8) so the engine never touches a clock or a
// time-zone library; these helpers turn them into the words residents read.

const BANNER_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export function dayIndexOf(ms: number): number {
  return Math.floor((ms + BANNER_OFFSET_MS) / DAY_MS);
}

/** Minutes after banner midnight. */
export function minuteOfDay(ms: number): number {
  return Math.floor((((ms + BANNER_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS / 60000);
}

/** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

const labels = new Map<number, string>();

/** "周二（3月4日）" (memoised: a pass writes it for every assignment) */
export function dayLabel(day: number): string {
  let label = labels.get(day);
  if (label === undefined) {
    const d = new Date(day * DAY_MS);
    label = `${WEEKDAYS[weekdayOf(day)]}（${d.getUTCMonth() + 1}月${d.getUTCDate()}日）`;
    if (labels.size < 10_000) labels.set(day, label);
  }
  return label;
}

export function weekdayName(day: number): string {
  return WEEKDAYS[weekdayOf(day)];
}

/** "9:05" */
export function clockLabel(minute: number): string {
  const m = Math.round(minute);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** "上午" / "下午", the precision a resident can plan a morning around */
export function halfDayLabel(minute: number): string {
  return minute < 12 * 60 ? '上午' : '下午';
}
