// Chart data and the monthly CSV exports, on a known set of cases and ratings: requests per day by kind, the on-time
// rate, ratings over time, the quality rates (好评率, 按期整改率, 回复率), helper load, and what a report contains.
import type { RatingView, RequestDetail, StatsResponse } from '../../types';
import { bannerDate, shiftDay } from '../../server/src/lib/working-days';
import { qualitySummary, rate } from '../../server/src/modules/ratings/quality-metrics';
import { csvCell, toCsv } from '../../server/src/modules/supervision/csv';
import { bannerTime, monthBounds } from '../../server/src/modules/supervision/csv-export';
import { bearer, createTestApp, newKey, DEMO, type TestApp, signInDemo } from './test-app';

let t: TestApp;
const tok = {} as Record<keyof typeof DEMO, string>;
const today = bannerDate();
const ratings: Record<string, RatingView> = {};
const cases: Record<string, string> = {};

const post = (token: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { ...bearer(token), 'idempotency-key': newKey() }, payload });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
async function file(description: string): Promise<string> {
  const id = (await post(tok.qiqige, '/api/requests', { kind: 'callback', villageId: 'wushenzhao-wushenzhao', description })).json<RequestDetail>().id;
  await post(tok.supervisorLiu, `/api/supervision/cases/${id}/reassign`, { helperId: 'u-wurina', reason: '本村网格员' });
  return id;
}
const setDeadline = (id: string, day: string) => t.app.db.updateTable('requests').set({ legal_deadline: day }).where('id', '=', id).execute();

beforeAll(async () => {
  t = await createTestApp();
  Object.assign(tok, await signInDemo(t.app));
  const plan = [
    ['great', 'very_satisfied', false, today],
    ['fine', 'basically_satisfied', true, today],
    ['fixed', 'dissatisfied', false, shiftDay(today, -1)], // delivered after its deadline
    ['late', 'very_dissatisfied', false, null],
    ['anon', 'dissatisfied', true, null],
    ['running', 'dissatisfied', false, null],
  ] as const;
  for (const [key, level, anonymous, deadline] of plan) {
    const id = await file(`report ${key}`);
    if (deadline) await setDeadline(id, deadline);
    await post(tok.gridUrina, `/api/requests/${id}/transitions`, { to: 'result_delivered' });
    const comment = key === 'anon' ? '=HYPERLINK("http://x","点我")' : key === 'fixed' ? '回电慢, "等了两天"' : undefined;
    ratings[key] = (await post(tok.qiqige, `/api/requests/${id}/rating`, { level, anonymous, ...(comment ? { comment } : {}) })).json<RatingView>();
    cases[key] = id;
  }
  const step = (key: string, action: string, payload: object) => post(tok.supervisorLiu, `/api/ratings/${ratings[key]?.id}/${action}`, payload);
  await step('fixed', 'verify', { justified: true, reason: '属实' });
  await step('fixed', 'rectify', { measures: '当日回电' });
  await step('fixed', 'reply', { reply: '已整改', callBack: 'reached' });
  await step('late', 'verify', { justified: true, reason: '属实' });
  // Its 15 working days ran out yesterday; then it was rectified: late.
  await t.app.db.updateTable('ratings').set({ rectify_by: shiftDay(today, -1) }).where('id', '=', ratings.late?.id ?? '').execute();
  await step('late', 'rectify', { measures: '补办' });
  await step('anon', 'verify', { justified: false, reason: '不属实' });
  await step('anon', 'reply', { reply: '经核实服务规范' });
  await step('running', 'verify', { justified: true, reason: '属实' });
  // One open case past its deadline, with the grid worker.
  cases.open = await file('report open');
  await setDeadline(cases.open, shiftDay(today, -10));
});
afterAll(() => t.close());

test('the rates: counted over their own denominators, null when there is nothing to measure', () => {
  expect(rate(1, 3)).toEqual({ count: 1, of: 3, rate: 0.3333 });
  expect(rate(2, 3).rate).toBe(0.6667);
  expect(rate(0, 0)).toEqual({ count: 0, of: 0, rate: null });
  const row = { anonymous: 0, justified: 1, rectify_by: '2026-12-01', rectified_at: null, replied_at: null };
  const summary = qualitySummary(
    [
      { ...row, level: 'satisfied', justified: null },
      // rectified on its last day in banner time (16:30 UTC on 11-30 is 00:30 on 12-01 in the banner): on time
      { ...row, level: 'dissatisfied', rectified_at: '2026-11-30T16:30:00.000Z', replied_at: '2026-12-01T02:00:00.000Z' },
      { ...row, level: 'dissatisfied', rectify_by: '2026-11-27', rectified_at: '2026-11-27T16:30:00.000Z' },
      { ...row, level: 'very_dissatisfied' }, // deadline 12-01 not yet passed on 11-30: not measured yet
    ],
    '2026-11-30',
  );
  expect(summary).toEqual({ ratings: 4, goodRate: rate(1, 4), onTimeRectificationRate: rate(1, 2), replyRate: rate(1, 3) });
  expect(qualitySummary([{ ...row, level: 'very_dissatisfied' }], '2026-12-02').onTimeRectificationRate).toEqual(rate(0, 1));
});

test('chart data over the default 30 days', async () => {
  const res = await get(tok.supervisorLiu, '/api/supervision/stats');
  expect(res.statusCode).toBe(200);
  const stats = res.json<StatsResponse>();
  expect(stats).toMatchObject({ from: shiftDay(today, -29), to: today });
  expect(stats.requestsPerDay).toHaveLength(30);
  expect(stats.requestsPerDay.at(-1)).toEqual({ day: today, byKind: { callback: 7, home_visit: 0, assist: 0, delegate: 0 }, total: 7 });
  expect(stats.requestsPerDay[0]?.total).toBe(0);
  // Delivered today: 'great' and 'fine' by their deadline (today), 'fixed' a day late; call-backs without one are not counted.
  expect(stats.onTimeRate).toEqual({ count: 2, of: 3, rate: 0.6667 });
  expect(stats.onTimePerDay.at(-1)).toEqual({ day: today, delivered: 3, onTime: 2 });
  expect(stats.ratingsPerDay.at(-1)).toEqual({
    day: today,
    byLevel: { very_satisfied: 1, satisfied: 0, basically_satisfied: 1, dissatisfied: 3, very_dissatisfied: 1 },
    total: 6,
  });
  // 好评率 2 of 6; 按期整改率: 'fixed' on time, 'late' late, 'running' not yet due -> 1 of 2;
  // 回复率: real-name bad ones are fixed (replied), late, running -> 1 of 3 (the anonymous one is not counted).
  expect(stats.quality).toEqual({ ratings: 6, goodRate: rate(2, 6), onTimeRectificationRate: rate(1, 2), replyRate: rate(1, 3) });
  const urina = stats.helperLoad.find((h) => h.helperId === 'u-wurina');
  expect(urina).toMatchObject({ name: '乌日娜', kind: 'grid_worker', townshipName: '乌审召镇', openTasks: 1, overdue: 1 });
});

test('a period in the past has no data; bad periods are refused; only supervisors get chart data', async () => {
  const old = (await get(tok.supervisorLiu, '/api/supervision/stats?from=2026-01-01&to=2026-01-07')).json<StatsResponse>();
  expect(old.requestsPerDay.map((d) => d.day)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07']);
  expect(old.quality.goodRate.rate).toBeNull();
  expect(old.onTimeRate.rate).toBeNull();
  expect((await get(tok.supervisorLiu, '/api/supervision/stats?from=2026-02-01&to=2026-01-01')).json().error.field).toBe('from');
  expect((await get(tok.supervisorLiu, '/api/supervision/stats?from=2026-02-30')).json().error.field).toBe('from');
  expect((await get(tok.supervisorLiu, '/api/supervision/stats?from=2024-01-01&to=2026-01-01')).statusCode).toBe(400);
  expect((await get(tok.qiqige, '/api/supervision/stats')).statusCode).toBe(403);
  expect((await get(tok.gridUrina, '/api/supervision/stats')).statusCode).toBe(403);
});

describe('CSV', () => {
  test('cells: quoted when needed, formulas neutralised, UTF-8 with a byte-order mark and CRLF', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说 "好"')).toBe('"说 ""好"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, '二']])).toBe('\uFEFFa,b\r\n1,二\r\n');
  });

  test('a banner month and banner wall-clock time', () => {
    expect(monthBounds('2026-12')).toEqual({ start: '2026-11-30T16:00:00.000Z', end: '2026-12-31T16:00:00.000Z' });
    expect(monthBounds('2026-01').start).toBe('2025-12-31T16:00:00.000Z');
    expect(bannerTime('2026-11-30T16:30:00.000Z')).toBe('2026-12-01 00:30');
  });

  const month = today.slice(0, 7);
  const rowsOf = (body: string) => body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  test('cases of the month: one row each, outcomes without residents’ names', async () => {
    const res = await get(tok.supervisorLiu, `/api/supervision/export/cases.csv?month=${month}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="cases-${month}.csv"`);
    expect(res.body.startsWith('\uFEFF案件编号,类型,状态,事项,部门,苏木镇,嘎查村社区,帮办员,提交时间,法定期限,结果送达日,按时办结,期限状态,评价\r\n')).toBe(true);
    const rows = rowsOf(res.body);
    expect(rows).toHaveLength(1 + 7);
    const great = rows.find((r) => r.startsWith(cases.great ?? '?'));
    expect(great).toMatch(new RegExp(`^${cases.great},回电,已评价,,,乌审召镇,乌审召嘎查,乌日娜,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},${today},${today},是,,非常满意$`));
    expect(rows.find((r) => r.startsWith(cases.fixed ?? '?'))).toContain(`,${shiftDay(today, -1)},${today},否,,不满意`);
    expect(rows.find((r) => r.startsWith(cases.open ?? '?'))).toContain(',已接单,');
    expect(rows.find((r) => r.startsWith(cases.open ?? '?'))?.split(',')[12]).toBe('逾期');
    expect(res.body).not.toContain('其其格');
    expect((await get(tok.supervisorLiu, '/api/supervision/export/cases.csv?month=2026-01')).body).toBe('\uFEFF案件编号,类型,状态,事项,部门,苏木镇,嘎查村社区,帮办员,提交时间,法定期限,结果送达日,按时办结,期限状态,评价\r\n');
  });

  test('ratings of the month: the review record, anonymity kept, residents’ text made harmless', async () => {
    const res = await get(tok.supervisorLiu, `/api/supervision/export/ratings.csv?month=${month}`);
    const rows = rowsOf(res.body);
    expect(rows[0]).toBe('评价编号,案件编号,评价时间,评价等级,差评,实名,评价内容,帮办员,事项,苏木镇,核实结论,核实说明,整改期限,整改措施,整改完成时间,按期整改,回复,回复时间,回访结果');
    expect(rows).toHaveLength(1 + 6);
    const fixed = rows.find((r) => r.startsWith(ratings.fixed?.id ?? '?')) ?? '';
    expect(fixed).toContain(',不满意,是,是,"回电慢, ""等了两天""",乌日娜,,乌审召镇,属实,属实,');
    expect(fixed).toContain(',当日回电,');
    expect(fixed).toMatch(/,是,已整改,\d{4}-\d{2}-\d{2} \d{2}:\d{2},已接通$/);
    const late = rows.find((r) => r.startsWith(ratings.late?.id ?? '?')) ?? '';
    expect(late).toContain(`,${shiftDay(today, -1)},补办,`);
    expect(late).toMatch(/,否,,,$/);
    const anon = rows.find((r) => r.startsWith(ratings.anon?.id ?? '?')) ?? '';
    expect(anon).toContain(`,不满意,是,否,"'=HYPERLINK(""http://x"",""点我"")",`);
    expect(anon).toContain(',不属实,不属实,');
    expect(rows.find((r) => r.startsWith(ratings.running?.id ?? '?'))).toContain(',属实,属实,');
    expect(res.body).not.toContain('其其格');
  });

  test('only supervisors export; the month must be a month', async () => {
    expect((await get(tok.qiqige, `/api/supervision/export/ratings.csv?month=${month}`)).statusCode).toBe(403);
    expect((await get(tok.gridUrina, `/api/supervision/export/cases.csv?month=${month}`)).statusCode).toBe(403);
    expect((await get(tok.supervisorLiu, '/api/supervision/export/cases.csv?month=2026-13')).statusCode).toBe(400);
    expect((await get(tok.supervisorLiu, '/api/supervision/export/cases.csv')).statusCode).toBe(400);
  });
});
