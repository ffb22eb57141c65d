// Availability for a resident's village, and claiming a slot: one conditional update, so the last slot cannot be
// booked twice.
import type { Kysely, Transaction } from 'kysely';
import type { AvailabilityResponse, HelperKind } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { bannerDate } from '../../lib/working-days';
import { findVillage } from '../places/places.repository';
import { agencyVisitView, ensureRounds, openAgencyDays, servingHelpers } from './agency-rounds';
import { SLOT_TIMES, nextWorkingDays, slotId } from './schedule';

const BOOKING_DAYS = 5;

export async function availability(db: Kysely<Database>, villageId: string, now: Date = new Date()): Promise<AvailabilityResponse> {
  const village = await findVillage(db, villageId);
  if (!village) throw new AppError('NOT_FOUND', 'no such village');
  const today = bannerDate(now);
  const days = nextWorkingDays(today, BOOKING_DAYS);
  const helpers = await servingHelpers(db, villageId, village.township_id);

  // Materialise the published slots (idempotent) so a booking can claim a row.
  const rows = helpers.flatMap((h) =>
    days.flatMap((day) =>
      SLOT_TIMES.slice(0, Math.min(SLOT_TIMES.length, h.capacity_per_day)).map(([start, end]) => ({
        id: slotId(h.user_id, day, start),
        helper_id: h.user_id,
        day,
        start_time: start,
        end_time: end,
        request_id: null,
      })),
    ),
  );
  if (rows.length) await db.insertInto('slots').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute();

  const free = helpers.length
    ? await db
        .selectFrom('slots')
        .innerJoin('users', 'users.id', 'slots.helper_id')
        .innerJoin('helpers', 'helpers.user_id', 'slots.helper_id')
        .select(['slots.id', 'slots.day', 'slots.start_time', 'slots.end_time', 'users.name', 'helpers.kind'])
        .where('slots.helper_id', 'in', helpers.map((h) => h.user_id))
        .where('slots.day', 'in', days)
        .where('slots.request_id', 'is', null)
        .orderBy('slots.day')
        .orderBy('slots.start_time')
        .orderBy('slots.helper_id')
        .execute()
    : [];

  await ensureRounds(db, [{ id: villageId, name: village.name, township_id: village.township_id }], today);
  const visits = await openAgencyDays(db, villageId, today);
  return {
    slots: free.map((s) => ({
      id: s.id,
      day: s.day,
      start: s.start_time,
      end: s.end_time,
      helperName: s.name,
      helperKind: s.kind as HelperKind,
    })),
    agencyVisits: visits.map(agencyVisitView),
  };
}

/** Claims a free slot for a request inside the caller's transaction; SLOT_TAKEN when someone else was faster. */
export async function claimSlot(trx: Transaction<Database>, id: string, requestId: string, villageId: string): Promise<{ helperId: string }> {
  const slot = await trx.selectFrom('slots').selectAll().where('id', '=', id).executeTakeFirst();
  if (!slot) throw new AppError('VALIDATION_FAILED', 'there is no such time slot; choose one from the list', 'slotId');
  const village = await findVillage(trx, villageId);
  const serving = village ? await servingHelpers(trx, villageId, village.township_id) : [];
  if (!serving.some((h) => h.user_id === slot.helper_id)) {
    throw new AppError('VALIDATION_FAILED', 'this time slot is not for your village', 'slotId');
  }
  const claimed = await trx
    .updateTable('slots')
    .set({ request_id: requestId })
    .where('id', '=', id)
    .where('request_id', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    throw new AppError('SLOT_TAKEN', 'this time was just taken by someone else; please choose another');
  }
  return { helperId: slot.helper_id };
}

export async function findAgencyVisit(db: Kysely<Database>, id: string, villageId: string) {
  const visit = await db.selectFrom('agency_visits').selectAll().where('id', '=', id).executeTakeFirst();
  if (!visit || visit.village_id !== villageId) {
    throw new AppError('VALIDATION_FAILED', 'there is no such agency point day for your village', 'agencyVisitId');
  }
  if (visit.cancelled_at !== null) {
    throw new AppError('VALIDATION_FAILED', `the agency point day ${visit.day} was cancelled (${visit.cancel_reason ?? ''}); choose another day`, 'agencyVisitId');
  }
  return visit;
}
