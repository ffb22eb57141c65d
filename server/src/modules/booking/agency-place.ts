// Moving an agency point day to another place (the 党群服务中心 is being repaired, the market moved): the day, its
// helper and its bookings stay; everyone booked on it (or who filed for them) and their helpers are told the new place
// at once, pushed like a change of their case, since an elderly resident may travel there; the day-before reminder
// and the case page read the new place. Of two moves at once only the one that changed the place tells anyone.
import type { Kysely } from 'kysely';
import type { ChangeAgencyDayPlaceBody, ChangeAgencyDayPlaceResponse, RequestStatus } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { filerLinkEnded, residentSide } from '../family/consent';
import { bookedCounts, dayToChange, rowsOfDay, views } from './agency-days';

/** Booked cases whose people may still be on their way to the day's place. */
const COMING: readonly RequestStatus[] = ['submitted', 'triaged', 'offered', 'assigned', 'scheduled', 'en_route'];

export async function moveAgencyDay(db: Kysely<Database>, id: string, body: ChangeAgencyDayPlaceBody, now: Date = new Date()): Promise<ChangeAgencyDayPlaceResponse> {
  const { rows, first } = await dayToChange(db, id, now);
  const place = body.place.trim();
  const ids = rows.map((r) => r.id);
  const told = await db.transaction().execute(async (trx) => {
    const moved = await trx.updateTable('agency_visits').set({ place }).where('id', 'in', ids).where('place', '!=', place).where('cancelled_at', 'is', null).executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) return 0;
    const booked = await trx
      .selectFrom('requests')
      .select((eb) => ['id', 'resident_id', 'filed_by_id', 'helper_id', filerLinkEnded(eb).as('filer_link_ended')])
      .where('agency_visit_id', 'in', ids)
      .where('status', 'in', [...COMING])
      .execute();
    const at = new Date().toISOString();
    const text = `${first.day}|${place}|${body.reason.trim()}`;
    const notices = booked.flatMap((r) =>
      [...new Set([...residentSide(r), ...(r.helper_id ? [r.helper_id] : [])])].map((userId) => ({ user_id: userId, request_id: r.id, kind: 'agency_moved' as const, body: text, created_at: at, read_at: null })),
    );
    if (notices.length > 0) await trx.insertInto('messages').values(notices).execute();
    return notices.length;
  });
  const [view] = views(await rowsOfDay(db, id), await bookedCounts(db, ids));
  if (!view) throw new AppError('INTERNAL', 'the agency point day was not found again');
  return { day: view, told };
}
