// The mobile agency point's schedule as the service centre runs it (流动代办点, 民生集市+帮办代办): every day of the
// coming weeks with where, who and how many are booked; a market day added for the villages whose residents go to
// that market. Cancelling a day is agency-cancel.ts.
import crypto from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AgencyDayKind, AgencyDayView, MarketDayBody } from '../../../../types';
import { OPEN_STATUSES } from '../../../../types';
import type { AgencyVisitsTable, Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { bannerDate, shiftDay } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { ensureRounds, horizonEnd, serves } from './agency-rounds';

/** Market days may be planned this far ahead (residents see them within the booking horizon). */
const MARKET_PLANNING_DAYS = 60;

export type Row = Selectable<AgencyVisitsTable> & { village_name: string; township_id: string; township_name: string; helper_name: string };

function rowsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('agency_visits')
    .innerJoin('villages', 'villages.id', 'agency_visits.village_id')
    .innerJoin('townships', 'townships.id', 'villages.township_id')
    .innerJoin('users', 'users.id', 'agency_visits.helper_id')
    .selectAll('agency_visits')
    .select(['villages.name as village_name', 'villages.township_id', 'townships.name as township_name', 'users.name as helper_name']);
}

export async function bookedCounts(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('requests')
    .select(['agency_visit_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('agency_visit_id', 'in', [...ids])
    .where('status', 'in', [...OPEN_STATUSES])
    .groupBy('agency_visit_id')
    .execute();
  return new Map(rows.map((r) => [r.agency_visit_id ?? '', Number(r.n)]));
}

/** Rows of one day (a round day: one row; a market day: its villages' rows) become one view. */
export function views(rows: readonly Row[], booked: Map<string, number>): AgencyDayView[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = r.event_id ?? r.id;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()].map(([id, group]) => {
    const first = group[0] as Row;
    return {
      id,
      kind: first.kind as AgencyDayKind,
      day: first.day,
      start: first.start_time,
      end: first.end_time,
      place: first.place,
      townshipName: first.township_name,
      villages: group.map((r) => ({ id: r.village_id, name: r.village_name })),
      helper: { id: first.helper_id, name: first.helper_name },
      booked: group.reduce((n, r) => n + (booked.get(r.id) ?? 0), 0),
      cancelled: first.cancelled_at ? { at: first.cancelled_at, reason: first.cancel_reason ?? '' } : null,
    };
  });
}

/** Every agency day from today to the end of the booking horizon, cancelled ones included, by day. */
export async function listAgencyDays(db: Kysely<Database>, now: Date = new Date()): Promise<AgencyDayView[]> {
  const today = bannerDate(now);
  const villages = await db.selectFrom('villages').select(['id', 'name', 'township_id']).orderBy('id').execute();
  await ensureRounds(db, villages, today);
  const rows = await rowsQuery(db)
    .where('agency_visits.day', '>=', today)
    .where('agency_visits.day', '<=', horizonEnd(today))
    .orderBy('agency_visits.day')
    .orderBy('agency_visits.start_time')
    .orderBy('townships.name')
    .orderBy('agency_visits.id')
    .execute();
  return views(rows, await bookedCounts(db, rows.map((r) => r.id)));
}

/** The rows of one listed day: a market day's id is its event id, a round day's its own row id. */
export async function rowsOfDay(db: Kysely<Database>, id: string): Promise<Row[]> {
  const rows = await rowsQuery(db)
    .where((eb) => eb.or([eb('agency_visits.id', '=', id), eb('agency_visits.event_id', '=', id)]))
    .orderBy('agency_visits.village_id')
    .execute();
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'no such agency point day');
  return rows;
}

/**
 * The rows of a day a supervisor changes (cancel, hand over, move), with the first of them: never a past day, and a
 * cancelled one only when asked for (cancelling again finishes a cut-short cancel).
 */
export async function dayToChange(db: Kysely<Database>, id: string, now: Date, cancelledToo = false): Promise<{ rows: Row[]; first: Row }> {
  const rows = await rowsOfDay(db, id);
  const first = rows[0] as Row;
  if (first.day < bannerDate(now)) throw new AppError('INVALID_TRANSITION', `the agency point day ${first.day} is past`);
  if (first.cancelled_at && !cancelledToo) throw new AppError('INVALID_TRANSITION', 'this agency point day was cancelled; add a market day instead');
  return { rows, first };
}

export async function addMarketDay(db: Kysely<Database>, user: SessionUser, body: MarketDayBody, now: Date = new Date()): Promise<AgencyDayView> {
  const today = bannerDate(now);
  if (body.day <= today || body.day > shiftDay(today, MARKET_PLANNING_DAYS)) {
    throw new AppError('VALIDATION_FAILED', `a market day is planned from tomorrow up to ${MARKET_PLANNING_DAYS} days ahead`, 'day');
  }
  if (body.start >= body.end) throw new AppError('VALIDATION_FAILED', 'the market day ends after it starts', 'end');
  const villageIds = [...new Set(body.villageIds)];
  const villages = await db.selectFrom('villages').select(['id', 'township_id']).where('id', 'in', villageIds).execute();
  if (villages.length !== villageIds.length) throw new AppError('VALIDATION_FAILED', 'one of the villages does not exist', 'villageIds');
  const townships = new Set(villages.map((v) => v.township_id));
  if (townships.size !== 1) throw new AppError('VALIDATION_FAILED', 'a market day serves villages of one township', 'villageIds');
  const helper = await db.selectFrom('helpers').select(['township_id', 'grid_village_ids', 'kind']).where('user_id', '=', body.helperId).executeTakeFirst();
  const township = villages[0]?.township_id ?? '';
  const servesAll = helper !== undefined && villageIds.every((v) => serves(helper, v, township));
  if (!servesAll) throw new AppError('VALIDATION_FAILED', 'the helper must serve these villages (a blue vest of the township, or their grid worker)', 'helperId');
  const eventId = `am-${crypto.randomUUID()}`;
  await db
    .insertInto('agency_visits')
    .values(
      villageIds.map((villageId) => ({
        id: `${eventId}-${villageId}`,
        village_id: villageId,
        day: body.day,
        place: body.place.trim(),
        helper_id: body.helperId,
        kind: 'market',
        start_time: body.start,
        end_time: body.end,
        event_id: eventId,
        created_by: user.id,
        cancelled_at: null,
        cancelled_by: null,
        cancel_reason: null,
      })),
    )
    .execute();
  const [view] = views(await rowsOfDay(db, eventId), new Map());
  if (!view) throw new AppError('INTERNAL', 'the market day was not stored');
  return view;
}
