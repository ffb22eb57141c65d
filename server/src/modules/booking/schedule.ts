// Helpers' published availability, derived from their duty: on working days an on-duty helper takes visits in four
// 90-minute slots (morning and afternoon office hours), no more than their daily capacity. The mobile agency point
// (流动代办点) visits each 嘎查/村/社区 on one fixed weekday every second week. Both are pure functions of the date.
import { isWorkingDay, shiftDay } from '../../lib/working-days';

export const SLOT_TIMES = [
  ['09:00', '10:30'],
  ['10:30', '12:00'],
  ['14:30', '16:00'],
  ['16:00', '17:30'],
] as const;

/** The next `count` working days after `today`. */
export function nextWorkingDays(today: string, count: number): string[] {
  const days: string[] = [];
  let day = today;
  while (days.length < count) {
    day = shiftDay(day, 1);
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}

export function slotId(helperId: string, day: string, start: string): string {
  return `s-${helperId}-${day}-${start.replace(':', '')}`;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The agency point's days for a village within the next `horizonDays`: a weekday and a fortnight parity per village. */
export function agencyDays(villageId: string, today: string, horizonDays: number): string[] {
  const weekday = 1 + (hash(villageId) % 5); // Monday..Friday
  const parity = hash(`${villageId}#`) % 2;
  const days: string[] = [];
  for (let i = 1; i <= horizonDays; i += 1) {
    const day = shiftDay(today, i);
    const date = new Date(`${day}T00:00:00Z`);
    const week = Math.floor(date.getTime() / (7 * 86_400_000));
    if (date.getUTCDay() === weekday && week % 2 === parity && isWorkingDay(day)) days.push(day);
  }
  return days;
}
