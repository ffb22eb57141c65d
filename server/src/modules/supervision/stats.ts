// Data for the console's charts over a period of banner days: requests per day by kind, the on-time rate of
// delivered results, ratings per day by level with the quality rates, and each helper's load now.
import type { Kysely } from 'kysely';
import { RATING_LEVELS, REQUEST_KINDS, type HelperKind, type HelperLoad, type KindCounts, type LevelCounts, type StatsQuery, type StatsResponse } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { bannerDate, shiftDay } from '../../lib/working-days';
import { qualitySummary, rate } from '../ratings/quality-metrics';
import { openTaskCounts } from './helpers-admin';
import { dayStartIso, isRealDay } from './days';
import { NOT_OPEN } from '../../../../types';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

const dayOf = (iso: string): string => bannerDate(new Date(iso));

export function period(query: StatsQuery, today: string): { from: string; to: string; days: string[] } {
  const to = query.to ?? today;
  const from = query.from ?? shiftDay(to, -(DEFAULT_DAYS - 1));
  for (const [field, day] of [['from', from], ['to', to]] as const) {
    if (!isRealDay(day)) throw new AppError('VALIDATION_FAILED', `${day} is not a real date`, field);
  }
  if (from > to) throw new AppError('VALIDATION_FAILED', '"from" is after "to"', 'from');
  const days: string[] = [];
  for (let d = from; d <= to; d = shiftDay(d, 1)) {
    days.push(d);
    if (days.length > MAX_DAYS) throw new AppError('VALIDATION_FAILED', `at most ${MAX_DAYS} days at a time`, 'from');
  }
  return { from, to, days };
}

const zeroKinds = (): KindCounts => ({ callback: 0, home_visit: 0, assist: 0, delegate: 0 });
const zeroLevels = (): LevelCounts => ({ very_satisfied: 0, satisfied: 0, basically_satisfied: 0, dissatisfied: 0, very_dissatisfied: 0 });

export async function stats(db: Kysely<Database>, query: StatsQuery, now: Date = new Date()): Promise<StatsResponse> {
  const today = bannerDate(now);
  const { from, to, days } = period(query, today);
  const start = dayStartIso(from);
  const end = dayStartIso(shiftDay(to, 1));

  const [requests, deliveries, ratings, helpers, open, overdue] = await Promise.all([
    db.selectFrom('requests').select(['kind', 'created_at']).where('created_at', '>=', start).where('created_at', '<', end).where('status', '!=', 'draft').execute(),
    db
      .selectFrom('transitions')
      .innerJoin('requests', 'requests.id', 'transitions.request_id')
      .select(['transitions.request_id', 'transitions.at', 'requests.legal_deadline'])
      .where('transitions.to_status', '=', 'result_delivered')
      .where('transitions.at', '>=', start)
      .where('transitions.at', '<', end)
      .where('requests.legal_deadline', 'is not', null)
      .orderBy('transitions.id')
      .execute(),
    db
      .selectFrom('ratings')
      .select(['level', 'anonymous', 'justified', 'rectify_by', 'rectified_at', 'replied_at', 'created_at'])
      .where('created_at', '>=', start)
      .where('created_at', '<', end)
      .execute(),
    db
      .selectFrom('helpers')
      .innerJoin('users', 'users.id', 'helpers.user_id')
      .innerJoin('townships', 'townships.id', 'helpers.township_id')
      .select(['helpers.user_id', 'users.name', 'helpers.kind', 'helpers.on_duty', 'helpers.capacity_per_day', 'townships.name as township_name'])
      .orderBy('townships.name')
      .orderBy('users.name')
      .execute(),
    openTaskCounts(db),
    db
      .selectFrom('requests')
      .select(['helper_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('helper_id', 'is not', null)
      .where('status', 'not in', [...NOT_OPEN])
      .where('legal_deadline', '<', today)
      .groupBy('helper_id')
      .execute(),
  ]);

  const perDay = new Map(days.map((d) => [d, { byKind: zeroKinds(), delivered: 0, onTime: 0, byLevel: zeroLevels() }]));
  for (const r of requests) {
    const bucket = perDay.get(dayOf(r.created_at));
    const kind = REQUEST_KINDS.find((k) => k === r.kind);
    if (bucket && kind) bucket.byKind[kind] += 1;
  }
  // A result is counted once, on the day it was first delivered.
  const seen = new Set<string>();
  let delivered = 0;
  let onTime = 0;
  for (const d of deliveries) {
    if (seen.has(d.request_id) || !d.legal_deadline) continue;
    seen.add(d.request_id);
    const day = dayOf(d.at);
    const bucket = perDay.get(day);
    const inTime = day <= d.legal_deadline;
    delivered += 1;
    if (inTime) onTime += 1;
    if (bucket) {
      bucket.delivered += 1;
      if (inTime) bucket.onTime += 1;
    }
  }
  for (const r of ratings) {
    const bucket = perDay.get(dayOf(r.created_at));
    const level = RATING_LEVELS.find((l) => l === r.level);
    if (bucket && level) bucket.byLevel[level] += 1;
  }
  const late = new Map(overdue.flatMap((o) => (o.helper_id ? [[o.helper_id, Number(o.n)] as const] : [])));
  const helperLoad: HelperLoad[] = helpers.map((h) => ({
    helperId: h.user_id,
    name: h.name,
    kind: h.kind as HelperKind,
    townshipName: h.township_name,
    onDuty: h.on_duty === 1,
    openTasks: open.get(h.user_id) ?? 0,
    capacityPerDay: h.capacity_per_day,
    overdue: late.get(h.user_id) ?? 0,
  }));

  return {
    from,
    to,
    requestsPerDay: days.map((day) => {
      const byKind = perDay.get(day)?.byKind ?? zeroKinds();
      return { day, byKind, total: REQUEST_KINDS.reduce((n, k) => n + byKind[k], 0) };
    }),
    onTimePerDay: days.map((day) => ({ day, delivered: perDay.get(day)?.delivered ?? 0, onTime: perDay.get(day)?.onTime ?? 0 })),
    onTimeRate: rate(onTime, delivered),
    ratingsPerDay: days.map((day) => {
      const byLevel = perDay.get(day)?.byLevel ?? zeroLevels();
      return { day, byLevel, total: RATING_LEVELS.reduce((n, l) => n + byLevel[l], 0) };
    }),
    quality: qualitySummary(ratings, today),
    helperLoad,
  };
}
