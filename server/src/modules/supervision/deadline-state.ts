// A case against its legal deadline, in working days in banner time. Pure, so the rule is tested on fixed dates.
import { DUE_SOON_WORKING_DAYS, type DeadlineState, type LegalDeadline } from '../../../../types';
import { workingDaysBetween } from '../../lib/working-days';

export interface DeadlineStanding {
  legalDeadline: LegalDeadline | null;
  state: DeadlineState;
}

/** overdue: the deadline day has passed; due soon: 0..3 working days left (0 = due today); on time: more. */
export function deadlineStanding(today: string, deadline: string | null): DeadlineStanding {
  if (!deadline) return { legalDeadline: null, state: 'none' };
  const left = workingDaysBetween(today, deadline) || 0; // never -0
  // A deadline that fell on a non-working day which has passed counts as overdue even when no working day lies between.
  const state: DeadlineState = deadline < today ? 'overdue' : left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_time';
  return { legalDeadline: { date: deadline, workingDaysLeft: left }, state };
}
