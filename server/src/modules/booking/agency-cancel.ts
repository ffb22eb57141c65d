// Cancelling an agency point day (a dust storm, a closed road): the day leaves residents' choices, each case booked
// on it goes back to dispatch as an ordinary home visit (its timeline says why) and its resident is told; a case
// whose helper is already on the way stays with them, and both are told. Cancelling again finishes what a cancel cut
// short and changes nothing else; of two cancels at once, each case is sent back and told once.
import type { Kysely } from 'kysely';
import type { CancelAgencyDayResponse, RequestStatus } from '../../../../types';
import type { Database } from '../../db/schema';
import { forgetPlan } from '../../dispatch/plan-store';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { filerLinkEnded, residentSide } from '../family/consent';
import { reassign } from '../supervision/reassign';
import { bookedCounts, dayToChange, rowsOfDay, views } from './agency-days';

/** The message each person is sent about a cancelled day (day|place|reason): in so many words, and pushed. */
const notices = (requestId: string, userIds: readonly string[], body: string) => {
  const at = new Date().toISOString();
  return [...new Set(userIds)].map((userId) => ({ user_id: userId, request_id: requestId, kind: 'agency_cancelled' as const, body, created_at: at, read_at: null }));
};

/** Statuses in which a booked case still waits for its day (the helper is not on the way yet). */
const WAITING: readonly RequestStatus[] = ['submitted', 'triaged', 'offered', 'assigned', 'scheduled'];

export async function cancelAgencyDay(db: Kysely<Database>, user: SessionUser, id: string, reason: string, offerWindowSeconds: number, now: Date = new Date()): Promise<CancelAgencyDayResponse> {
  const { rows, first } = await dayToChange(db, id, now, true);
  const ids = rows.map((r) => r.id);
  const why = first.cancelled_at ? (first.cancel_reason ?? reason.trim()) : reason.trim();
  // the cancel that marks the day (of two at once, one) is the one that tells those already on the way
  let marked = false;
  if (!first.cancelled_at) {
    const at = new Date().toISOString();
    const set = await db.updateTable('agency_visits').set({ cancelled_at: at, cancelled_by: user.id, cancel_reason: why }).where('id', 'in', ids).where('cancelled_at', 'is', null).executeTakeFirst();
    marked = Number(set.numUpdatedRows) > 0;
  }
  const bookedIn = (statuses: readonly RequestStatus[]) =>
    db
      .selectFrom('requests')
      .select((eb) => ['id', 'status', 'resident_id', 'filed_by_id', 'helper_id', filerLinkEnded(eb).as('filer_link_ended')])
      .where('agency_visit_id', 'in', ids)
      .where('status', 'in', [...statuses])
      .orderBy('id')
      .execute();
  const booked = await bookedIn(WAITING);
  const body = `${first.day}|${first.place}|${why}`;
  // A helper already on the way keeps the case (they meet the resident, or call her); both are told.
  const underWay = await bookedIn(['en_route']);
  if (marked && underWay.length > 0) {
    await db.insertInto('messages').values(underWay.flatMap((r) => notices(r.id, [...residentSide(r), ...(r.helper_id ? [r.helper_id] : [])], body))).execute();
  }
  const note = `流动代办点${first.day}（${first.place}）取消：${why}`;
  let redispatched = 0;
  for (const r of booked) {
    // The booking goes first: dispatch then plans the case as an ordinary home visit, within its own deadline. Only
    // the cancel that takes the booking off tells the resident and sends the case back (two at once do it once).
    const took = await db.transaction().execute(async (trx) => {
      const cleared = await trx.updateTable('requests').set({ agency_visit_id: null }).where('id', '=', r.id).where('agency_visit_id', 'in', ids).executeTakeFirst();
      if (Number(cleared.numUpdatedRows) === 0) return false;
      await forgetPlan(trx, r.id);
      // Told in so many words (and pushed): someone may be about to set out for the market.
      await trx.insertInto('messages').values(notices(r.id, residentSide(r), body)).execute();
      return true;
    });
    if (!took) continue;
    redispatched += 1;
    // A case still waiting for dispatch only loses its day; one with a helper goes back to dispatch, with the reason.
    if (r.status !== 'submitted' && r.status !== 'triaged') await reassign(db, user, r.id, { reason: note }, offerWindowSeconds);
  }
  const [view] = views(await rowsOfDay(db, id), await bookedCounts(db, ids));
  if (!view) throw new AppError('INTERNAL', 'the agency point day was not found again');
  return { day: view, redispatched, underWay: marked ? underWay.length : 0 };
}
