import { addWorkingDays, bannerDate, workingDaysBetween } from '../../server/src/lib/working-days';

test('weekends are skipped', () => {
  expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday -> Monday
  expect(workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
});

test('the National Day holiday is skipped and the time limit ends on a working day', () => {
  expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
  expect(workingDaysBetween('2026-09-30', '2026-10-08')).toBe(1);
});

test('an overdue deadline counts negative working days', () => {
  expect(workingDaysBetween('2026-11-30', '2026-11-27')).toBe(-1);
  expect(workingDaysBetween('2026-12-02', '2026-11-30')).toBe(-2);
});

test('counting forward n working days and back agrees', () => {
  for (const n of [1, 5, 15, 20, 60]) expect(workingDaysBetween('2026-03-02', addWorkingDays('2026-03-02', n))).toBe(n);
});

test('the banner date is UTC+8', () => {
  expect(bannerDate(new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
  expect(bannerDate(new Date('2026-11-27T15:59:00Z'))).toBe('2026-11-27');
});
