import { REQUEST_STATUSES, TRANSITIONS, FINAL_STATUSES, allowedTransitions, canTransition, isFinal, type RequestStatus } from '../../types';

test('every status has a row and every target is a status', () => {
  expect(Object.keys(TRANSITIONS).sort()).toEqual([...REQUEST_STATUSES].sort());
  for (const rules of Object.values(TRANSITIONS)) for (const r of rules) expect(REQUEST_STATUSES).toContain(r.to);
});

test('final states are left by nobody; every other state has a way out', () => {
  for (const s of REQUEST_STATUSES) expect(TRANSITIONS[s].length === 0).toBe(isFinal(s));
  expect([...FINAL_STATUSES].sort()).toEqual(['archived', 'terminated', 'withdrawn']);
});

test('the full 代办 path from domain.md is a walk through the table', () => {
  const path: [RequestStatus, RequestStatus, 'resident' | 'helper' | 'system' | 'supervisor'][] = [
    ['draft', 'submitted', 'resident'],
    ['submitted', 'triaged', 'system'],
    ['triaged', 'offered', 'system'],
    ['offered', 'assigned', 'helper'],
    ['assigned', 'scheduled', 'helper'],
    ['scheduled', 'en_route', 'helper'],
    ['en_route', 'on_site', 'helper'],
    ['on_site', 'authorised', 'helper'],
    ['authorised', 'materials_received', 'helper'],
    ['materials_received', 'awaiting_supplement', 'helper'],
    ['awaiting_supplement', 'materials_received', 'helper'],
    ['materials_received', 'submitted_to_department', 'helper'],
    ['submitted_to_department', 'under_review', 'helper'],
    ['under_review', 'awaiting_supplement', 'helper'],
    ['under_review', 'approved', 'helper'],
    ['approved', 'result_delivered', 'helper'],
    ['result_delivered', 'rated', 'resident'],
    ['rated', 'archived', 'system'],
  ];
  for (const [from, to, actor] of path) expect([from, to, canTransition(from, to, actor)]).toEqual([from, to, true]);
});

test('exits: the resident withdraws, only a supervisor terminates, suspension resumes', () => {
  expect(allowedTransitions('under_review', 'resident')).toEqual(['withdrawn']);
  expect(canTransition('under_review', 'terminated', 'helper')).toBe(false);
  expect(canTransition('under_review', 'terminated', 'supervisor')).toBe(true);
  expect(canTransition('suspended', 'assigned', 'helper')).toBe(true);
  expect(canTransition('result_delivered', 'withdrawn', 'resident')).toBe(false);
});
