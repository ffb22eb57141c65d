// The I/O around the assignment rule: load candidates, make offers, expire unanswered ones and offer again.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { FINAL_STATUSES } from '../../../types';
import type { Database } from '../db/schema';
import { parseStringList } from '../lib/json';
import { moveStatus } from '../modules/requests/transition-log';
import { notifyOffer } from '../modules/messages/messages.service';
import { releaseOffer } from '../modules/offers/release-offer';
import { chooseHelper, type CandidateHelper } from './simple-rule';

/** Statuses in which a helper still carries the request (counts against their capacity). */
const DONE_FOR_HELPER = [...FINAL_STATUSES, 'result_delivered', 'rated'];

export async function loadCandidates(db: Kysely<Database>): Promise<CandidateHelper[]> {
  const [helpers, loads, pending] = await Promise.all([
    db.selectFrom('helpers').selectAll().execute(),
    db
      .selectFrom('requests')
      .select(['helper_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('helper_id', 'is not', null)
      .where('status', 'not in', DONE_FOR_HELPER)
      .groupBy('helper_id')
      .execute(),
    db
      .selectFrom('offers')
      .select(['helper_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('status', '=', 'pending')
      .groupBy('helper_id')
      .execute(),
  ]);
  const load = new Map<string, number>();
  for (const row of [...loads, ...pending]) {
    if (row.helper_id) load.set(row.helper_id, (load.get(row.helper_id) ?? 0) + Number(row.n));
  }
  return helpers.map((h) => ({
    id: h.user_id,
    kind: h.kind === 'grid_worker' ? 'grid_worker' : 'blue_vest',
    gridVillageIds: parseStringList(h.grid_village_ids),
    onDuty: h.on_duty === 1,
    baseLat: h.base_lat,
    baseLng: h.base_lng,
    capacityPerDay: h.capacity_per_day,
    openTasks: load.get(h.user_id) ?? 0,
  }));
}

/**
 * Offers a triaged request to the best helper who has not already turned it down. A helper the resident booked
 * (a slot, or the agency point's day) is offered first. Returns the offer id or null.
 */
export async function offerRequest(
  db: Kysely<Database>,
  requestId: string,
  offerWindowSeconds: number,
  preferredHelperId: string | null = null,
): Promise<string | null> {
  const request = await db
    .selectFrom('requests')
    .innerJoin('villages', 'villages.id', 'requests.village_id')
    .select(['requests.id', 'requests.status', 'requests.village_id', 'villages.lat', 'villages.lng'])
    .where('requests.id', '=', requestId)
    .executeTakeFirst();
  if (!request || request.status !== 'triaged') return null;

  const previous = await db.selectFrom('offers').select('helper_id').where('request_id', '=', requestId).execute();
  const excluded = new Set(previous.map((o) => o.helper_id));
  const candidates = await loadCandidates(db);
  const booked = preferredHelperId && !excluded.has(preferredHelperId) ? candidates.find((c) => c.id === preferredHelperId && c.onDuty) : undefined;
  const choice = booked
    ? { helperId: booked.id, distanceKm: 0, reason: '居民预约了这位帮办员的时间' }
    : chooseHelper({ villageId: request.village_id, lat: request.lat, lng: request.lng }, candidates, excluded);
  if (!choice) return null;

  const now = new Date();
  const offerId = `o-${crypto.randomUUID()}`;
  return db.transaction().execute(async (trx) => {
    const moved = await moveStatus(trx, {
      requestId,
      from: 'triaged',
      to: 'offered',
      actor: 'system',
      actorId: null,
      note: choice.reason,
      at: now.toISOString(),
    });
    if (!moved) return null;
    await trx
      .insertInto('offers')
      .values({
        id: offerId,
        request_id: requestId,
        helper_id: choice.helperId,
        status: 'pending',
        reason: choice.reason,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + offerWindowSeconds * 1000).toISOString(),
        decided_at: null,
        decline_reason: null,
      })
      .execute();
    await notifyOffer(trx, choice.helperId, requestId, now.toISOString());
    return offerId;
  });
}

/** Offers past their window go back to dispatch. Returns the ids of the requests that were released. */
export async function expireOffers(db: Kysely<Database>, now: Date = new Date()): Promise<string[]> {
  const nowIso = now.toISOString();
  const due = await db
    .selectFrom('offers')
    .select(['id', 'request_id'])
    .where('status', '=', 'pending')
    .where('expires_at', '<=', nowIso)
    .execute();
  const released: string[] = [];
  for (const offer of due) {
    const done = await releaseOffer(db, {
      offerId: offer.id,
      requestId: offer.request_id,
      outcome: 'expired',
      declineReason: null,
      actor: 'system',
      actorId: null,
      note: '帮办员未在时限内接单，重新派单',
      at: nowIso,
    });
    if (done) released.push(offer.request_id);
  }
  return released;
}

/** One pass of the loop: expire, then offer every request waiting for a helper, oldest first. */
export async function runDispatchPass(db: Kysely<Database>, offerWindowSeconds: number): Promise<{ offered: number }> {
  await expireOffers(db);
  const waiting = await db.selectFrom('requests').select('id').where('status', '=', 'triaged').orderBy('created_at').execute();
  let offered = 0;
  for (const { id } of waiting) {
    if (await offerRequest(db, id, offerWindowSeconds)) offered += 1;
  }
  return { offered };
}
