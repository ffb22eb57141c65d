// The day before a home visit — booked (a helper's slot, or the day the mobile agency point comes to the village) or
// planned by dispatch (the day and arrival the engine gave it) — the resident, whoever filed for them, and the helper
// get a reminder: once per case and visit day.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { bannerDate, shiftDay } from '../../lib/working-days';
import { clockOf, dayOfDate } from '../../dispatch/plan-days';
import { filerLinkEnded, residentSide } from '../family/consent';

/** A planned arrival is an estimate: the reminder names the half hour, not the minute. */
const roundedArrival = (etaMin: number | null): string => (etaMin === null ? '09:00' : clockOf(Math.round(etaMin / 30) * 30));

export async function sendVisitReminders(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const tomorrow = shiftDay(bannerDate(now), 1);
  const [slots, agency, planned] = await Promise.all([
    db
      .selectFrom('slots')
      .innerJoin('requests', 'requests.id', 'slots.request_id')
      .select(['requests.id', 'requests.resident_id', 'requests.filed_by_id', 'requests.helper_id', 'slots.day', 'slots.start_time as start', 'requests.landmark as place'])
      .select((eb) => filerLinkEnded(eb).as('filer_link_ended'))
      .where('slots.day', '=', tomorrow)
      .where('requests.status', 'in', ['assigned', 'scheduled'])
      .execute(),
    db
      .selectFrom('agency_visits')
      .innerJoin('requests', 'requests.agency_visit_id', 'agency_visits.id')
      .select(['requests.id', 'requests.resident_id', 'requests.filed_by_id', 'requests.helper_id', 'agency_visits.day', 'agency_visits.place'])
      .select((eb) => filerLinkEnded(eb).as('filer_link_ended'))
      .where('agency_visits.day', '=', tomorrow)
      .where('requests.status', 'in', ['assigned', 'scheduled'])
      .execute(),
    // Planned by dispatch for the helper who took it, and not booked (a booking's own day wins).
    db
      .selectFrom('dispatch_plans')
      .innerJoin('requests', (join) => join.onRef('requests.id', '=', 'dispatch_plans.request_id').onRef('requests.helper_id', '=', 'dispatch_plans.helper_id'))
      .select(['requests.id', 'requests.resident_id', 'requests.filed_by_id', 'requests.helper_id', 'dispatch_plans.eta_min', 'requests.landmark as place'])
      .select((eb) => filerLinkEnded(eb).as('filer_link_ended'))
      .where('dispatch_plans.day', '=', dayOfDate(tomorrow))
      .where('requests.slot_id', 'is', null)
      .where('requests.agency_visit_id', 'is', null)
      .where('requests.kind', '!=', 'callback')
      .where('requests.status', 'in', ['assigned', 'scheduled'])
      .execute(),
  ]);
  const visits = [
    ...slots,
    ...agency.map((a) => ({ ...a, start: '09:00' })),
    ...planned.map(({ eta_min: eta, ...p }) => ({ ...p, day: tomorrow, start: roundedArrival(eta) })),
  ];
  let sent = 0;
  for (const v of visits) {
    const body = `${v.day}|${v.start}|${v.place ?? ''}`;
    const already = await db.selectFrom('messages').select('id').where('request_id', '=', v.id).where('kind', '=', 'visit_reminder').where('body', '=', body).executeTakeFirst();
    if (already) continue;
    // the visit's day and place are the resident's: not for a filer whose family link has ended (consent.ts)
    const recipients = [...new Set([...residentSide(v), ...(v.helper_id ? [v.helper_id] : [])])];
    const at = now.toISOString();
    await db
      .insertInto('messages')
      .values(recipients.map((userId) => ({ user_id: userId, request_id: v.id, kind: 'visit_reminder', body, created_at: at, read_at: null })))
      .execute();
    sent += recipients.length;
  }
  return sent;
}
