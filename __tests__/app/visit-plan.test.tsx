import { translate, type Translate } from '../../src/i18n';
import { visitPlanSentence } from '../../src/features/track/visit-plan-text';
import type { PlannedVisitView } from '../../types';

const zh: Translate = (key, params) => translate('zh-CN', key, params);
const mn: Translate = (key, params) => translate('mn', key, params);

const planned: PlannedVisitView = {
  state: 'planned',
  day: '2026-12-01',
  callback: false,
  halfDay: 'am',
  bookedWindow: null,
  sharedTrip: null,
  byGridWorker: false,
  firstFreeDay: false,
  afterRestDays: false,
  deadline: null,
  deadlineMissed: false,
  supervisorNote: null,
};

test('a visit put later to ride with the trip to the resident’s village says so, and that it stays within the time limit', () => {
  const sentence = visitPlanSentence(zh, { ...planned, sharedTrip: 'same_village', byGridWorker: true, deadline: '2026-12-04' });
  expect(sentence).toBe('上门服务安排在12月1日（周二）上午，与去您村（嘎查）的行程一起，由您村（嘎查）的网格员上门，在办理时限12月4日（周五）之前。');
});

test('a visit put off over the helper’s days off says it is the first working day after them, not that the helper was busy', () => {
  const overRest = visitPlanSentence(zh, { ...planned, firstFreeDay: true, afterRestDays: true });
  expect(overRest).toBe('上门服务安排在12月1日（周二）上午，这是帮办员休息日后的第一个工作日。');
  expect(visitPlanSentence(zh, { ...planned, firstFreeDay: true })).toContain('这是帮办员最早有空的一天');
  expect(visitPlanSentence(mn, { ...planned, firstFreeDay: true, afterRestDays: true })).toContain('ᠠᠮᠠᠷᠠᠬᠤ ᠡᠳᠦᠷ');
});

test('a booked window is repeated back; a call-back names only the day', () => {
  expect(visitPlanSentence(zh, { ...planned, halfDay: null, bookedWindow: { start: '09:00', end: '11:00' } })).toBe('已按您的预约，12月1日（周二） 09:00–11:00上门。');
  expect(visitPlanSentence(zh, { ...planned, callback: true })).toBe('帮办员会在12月1日（周二）给您回电话。');
});

test('a request nobody could take yet says why in plain words', () => {
  expect(visitPlanSentence(zh, { state: 'waiting', blockedBy: 'skill', supervisorNote: null })).toBe(
    '您的请求已收到。暂时没有熟悉这项业务的帮办员有空，安排好后马上通知您。',
  );
});

test('in Mongolian the same facts come out in the traditional script, with Mongolian punctuation and weekday', () => {
  const sentence = visitPlanSentence(mn, { ...planned, sharedTrip: 'nearby', deadline: '2026-12-04' });
  expect(sentence).toMatch(/[\u1820-\u18AF]/);
  expect(sentence).not.toMatch(/[\u4e00-\u9fff]/);
  expect(sentence).toContain('ᠭᠠᠷᠠᠭ ᠤᠨ ᠬᠣᠶᠠᠷ');
  expect(sentence.endsWith('᠃')).toBe(true);
});
