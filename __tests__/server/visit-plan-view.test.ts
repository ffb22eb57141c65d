// The case page's plan from a stored row: the facts the app words, including rows stored by older versions.
import { currentPlanNote, toVisitPlanView } from '../../server/src/dispatch/plan-store';
import type { DispatchPlansTable } from '../../server/src/db/schema';

const MONDAY = Math.round(Date.UTC(2026, 10, 30) / 86_400_000);

function row(reasons: unknown[]): DispatchPlansTable {
  return {
    request_id: 'r1',
    helper_id: 'h1',
    day: MONDAY,
    stop_number: 1,
    eta_min: 600,
    reasons: JSON.stringify(reasons),
    resident_text: '',
    supervisor_text: '→h1',
    planned_at: '2026-11-28T10:00:00.000Z',
  };
}

const view = (reasons: unknown[]) => toVisitPlanView(row(reasons), { status: 'offered', kind: 'home_visit' }, false);

test('put off over days off only: firstFreeDay and afterRestDays', () => {
  expect(view([{ code: 'capacity_later', day: MONDAY, daysLater: 2, restDays: 2 }])).toMatchObject({ state: 'planned', firstFreeDay: true, afterRestDays: true });
});

test('put off over a full day (or a full day and a day off): firstFreeDay only', () => {
  expect(view([{ code: 'capacity_later', day: MONDAY, daysLater: 2, restDays: 1 }])).toMatchObject({ firstFreeDay: true, afterRestDays: false });
  expect(view([{ code: 'capacity_later', day: MONDAY, daysLater: 1, restDays: 0 }])).toMatchObject({ firstFreeDay: true, afterRestDays: false });
});

test('a plan stored before restDays existed keeps the general wording', () => {
  expect(view([{ code: 'capacity_later', day: MONDAY, daysLater: 2 }])).toMatchObject({ firstFreeDay: true, afterRestDays: false });
});

test('not put off: neither', () => {
  expect(view([{ code: 'distance', addedKm: 3, from: 'base' }])).toMatchObject({ firstFreeDay: false, afterRestDays: false });
});

test('the staff line takes the stop number the visit has now, not the one it had when planned', () => {
  expect(currentPlanNote('→乌日娜 周一第1站 · +32.8公里 · 当天2/5', 2)).toBe('→乌日娜 周一第2站 · +32.8公里 · 当天2/5');
  expect(currentPlanNote('→乌日娜 周一第12站 · 本网格', 3)).toBe('→乌日娜 周一第3站 · 本网格');
  // no stop (a call-back), or a line without one: unchanged
  expect(currentPlanNote('→乌日娜 周一 · 回电', null)).toBe('→乌日娜 周一 · 回电');
  expect(currentPlanNote('未派出：当天已满（3名帮办员）', 2)).toBe('未派出：当天已满（3名帮办员）');
  const staffView = toVisitPlanView({ ...row([]), supervisor_text: '→h1 周一第1站 · +3公里', stop_number: 2 }, { status: 'assigned', kind: 'home_visit' }, true);
  expect(staffView?.supervisorNote).toBe('→h1 周一第2站 · +3公里');
});
