// The dispatch plan in the reader's words: the server sends facts (day, why then), the sentence is built here so
// it reads the same in Chinese and Mongolian and can be read aloud.
import type { VisitPlanView } from '../../../types';
import type { Translate } from '../../i18n';

/** indexed by Date.getUTCDay(): Sunday first */
const WEEKDAYS = ['weekday.7', 'weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6'] as const;

/** "2026-12-01" -> "12月1日（周二）" */
export function planDate(t: Translate, date: string): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return t('plan.date', { m, d, w: t(WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? 'weekday.7') });
}

export function visitPlanSentence(t: Translate, plan: VisitPlanView): string {
  if (plan.state === 'waiting') return t('plan.waiting', { why: t(`plan.blocked.${plan.blockedBy}`) });
  const day = planDate(t, plan.day);
  if (plan.callback) return `${t('plan.callback', { day })}${t('plan.end')}`;
  const parts = [
    plan.bookedWindow
      ? t('plan.booked', { day, start: plan.bookedWindow.start, end: plan.bookedWindow.end })
      : t('plan.visit', { day, half: plan.halfDay ? t(`plan.${plan.halfDay}`) : '' }).trim(),
  ];
  if (plan.sharedTrip) parts.push(t(plan.sharedTrip === 'same_village' ? 'plan.sameVillage' : 'plan.nearby'));
  if (plan.firstFreeDay) parts.push(t(plan.afterRestDays ? 'plan.afterRestDays' : 'plan.firstFreeDay'));
  if (plan.byGridWorker) parts.push(t('plan.gridWorker'));
  if (plan.deadline && !plan.deadlineMissed) parts.push(t('plan.beforeDeadline', { date: planDate(t, plan.deadline) }));
  if (plan.deadlineMissed) parts.push(t('plan.deadlineMissed'));
  return `${parts.join(t('plan.comma'))}${t('plan.end')}`;
}
