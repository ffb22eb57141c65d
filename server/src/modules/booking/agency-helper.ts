// Changing who runs an agency point day (the blue vest is ill, a grid worker is called away): the day, its place and
// its bookings stay; the residents booked on it are handed to the new helper, each case's timeline saying why, and
// they hear who is coming through the usual news of their case. A case whose helper is already on the way stays
// with that helper. Asking again for the same helper changes nothing.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ChangeAgencyDayHelperBody, ChangeAgencyDayHelperResponse, RequestStatus } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { holdLease } from '../../dispatch/lease';
import { reassign } from '../supervision/reassign';
import { bookedCounts, dayToChange, rowsOfDay, views, type Row } from './agency-days';
import { serves } from './agency-rounds';

/** Long enough for a day's hand-overs; a lease left by a crashed process lapses after it. */
const LEASE_MS = 60_000;
/** Booked cases that already have (or are offered to) a helper and still wait for their day. */
const HANDED_OVER: readonly RequestStatus[] = ['offered', 'assigned', 'scheduled'];

export async function changeAgencyDayHelper(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  body: ChangeAgencyDayHelperBody,
  offerWindowSeconds: number,
  now: Date = new Date(),
): Promise<ChangeAgencyDayHelperResponse> {
  const { rows } = await dayToChange(db, id, now);
  const helper = await db
    .selectFrom('helpers')
    .innerJoin('users', 'users.id', 'helpers.user_id')
    .select(['helpers.user_id', 'helpers.township_id', 'helpers.kind', 'helpers.grid_village_ids', 'helpers.on_duty', 'users.name'])
    .where('helpers.user_id', '=', body.helperId)
    .executeTakeFirst();
  if (!helper || !rows.every((r) => serves(helper, r.village_id, r.township_id))) {
    throw new AppError('VALIDATION_FAILED', 'the helper must serve every village of the day (a blue vest of the township, or their grid worker)', 'helperId');
  }
  // Off duty, they would not see the cases handed to them: the residents would wait unseen.
  if (helper.on_duty !== 1) throw new AppError('HELPER_OFF_DUTY', `${helper.name} is off duty; put them on duty first or choose another helper`, 'helperId');
  // One change of a day's helper at a time: two at once would each hand the same case over (a case moves back to
  // 'assigned' after a hand-over, so a status check alone cannot tell the second it came too late).
  const lease = `agency-day:${id}`;
  const holder = crypto.randomUUID();
  if (!(await holdLease(db, lease, holder, LEASE_MS))) throw new AppError('INVALID_TRANSITION', 'another change of this day is under way; reload and try again');
  try {
    return await handOver(db, user, id, rows, helper, body.reason, offerWindowSeconds);
  } finally {
    await db.deleteFrom('leases').where('name', '=', lease).where('holder', '=', holder).execute();
  }
}

async function handOver(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  rows: readonly Row[],
  helper: { user_id: string; name: string },
  reason: string,
  offerWindowSeconds: number,
): Promise<ChangeAgencyDayHelperResponse> {
  const first = rows[0] as Row;
  const ids = rows.map((r) => r.id);
  await db.updateTable('agency_visits').set({ helper_id: helper.user_id }).where('id', 'in', ids).where('helper_id', '!=', helper.user_id).execute();

  const booked = await db
    .selectFrom('requests')
    .select(['id', 'status', 'helper_id'])
    .where('agency_visit_id', 'in', ids)
    .where('status', 'in', [...HANDED_OVER, 'en_route'])
    .orderBy('id')
    .execute();
  const note = `流动代办点${first.day}（${first.place}）改由${helper.name}负责：${reason.trim()}`;
  let handedOver = 0;
  for (const r of booked) {
    // Cases still waiting for dispatch need nothing: dispatch reads the day's helper afresh.
    if (r.status === 'en_route' || r.helper_id === helper.user_id) continue;
    await reassign(db, user, r.id, { helperId: helper.user_id, reason: note }, offerWindowSeconds);
    handedOver += 1;
  }
  const underWay = booked.filter((r) => r.status === 'en_route' && r.helper_id !== helper.user_id).length;
  const [view] = views(await rowsOfDay(db, id), await bookedCounts(db, ids));
  if (!view) throw new AppError('INTERNAL', 'the agency point day was not found again');
  return { day: view, handedOver, underWay };
}
