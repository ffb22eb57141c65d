// The I/O around the dispatch engine: read the waiting requests and every helper's plan, let the engine decide,
// then make each assignment an offer (with the planned day and the reasons) and expire unanswered ones.
import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { moveStatus } from '../modules/requests/transition-log';
import { systemNote } from '../modules/requests/timeline-notes';
import { notifyOffer } from '../modules/messages/messages.service';
import { releaseOffer } from '../modules/offers/release-offer';
import { planDispatch, type Assignment, type DispatchPlan, type OpenRequest, type PlannedVisit, type Reason } from './engine';
import { loadDispatchInput, type LoadedInput } from './engine-input';
import { savePlan, updateRouteStops } from './plan-store';

/**
 * A booked visit goes first to the helper the resident booked (their slot or the agency point's day); whatever
 * that helper cannot take is then planned with everyone, after the first round's visits are in the plans.
 */
function planWithBookings(loaded: LoadedInput): DispatchPlan {
  const { input, bookedHelper } = loaded;
  const everyone = input.helpers.map((h) => h.id);
  const restricted = input.requests.map((r): OpenRequest => {
    const only = bookedHelper.get(r.id);
    if (!only || r.excludedHelperIds?.includes(only)) return r;
    return { ...r, excludedHelperIds: everyone.filter((id) => id !== only) };
  });
  const first = planDispatch({ ...input, requests: restricted });
  const retry = new Set(first.unassigned.filter((u) => bookedHelper.has(u.requestId)).map((u) => u.requestId));
  if (retry.size === 0) return first;

  const byId = new Map(input.requests.map((r) => [r.id, r]));
  const placed = new Map<string, PlannedVisit[]>();
  for (const a of first.assignments) {
    const r = byId.get(a.requestId);
    if (!r) continue;
    const list = placed.get(a.helperId) ?? [];
    list.push({ requestId: r.id, day: a.day, location: r.location, villageId: r.villageId, window: r.booked, travels: r.kind !== 'callback' });
    placed.set(a.helperId, list);
  }
  const second = planDispatch({
    ...input,
    requests: input.requests.filter((r) => retry.has(r.id)),
    helpers: input.helpers.map((h) => ({ ...h, plan: [...h.plan, ...(placed.get(h.id) ?? [])] })),
  });
  return {
    assignments: [...first.assignments, ...second.assignments],
    unassigned: [...first.unassigned.filter((u) => !retry.has(u.requestId)), ...second.unassigned],
    routes: [...first.routes, ...second.routes],
  };
}

/**
 * The reasons as stored: a resident's own priority flags (severely disabled, living alone) come from sealed personal
 * data and are not written down in plain (resident-priority.ts); 'urgent' describes the request and stays.
 */
function storedReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.flatMap((reason): Reason[] => {
    if (reason.code !== 'priority') return [reason];
    const flags = reason.flags.filter((flag) => flag === 'urgent');
    return flags.length > 0 ? [{ ...reason, flags }] : [];
  });
}

/** The engine writes ids; the console reads names. */
function withNames(text: string, loaded: LoadedInput): string {
  let out = text;
  for (const [id, name] of loaded.helperNames) out = out.split(id).join(name);
  for (const [id, name] of loaded.villageNames) out = out.split(id).join(name);
  return out;
}

async function offerAssignment(trx: Transaction<Database>, loaded: LoadedInput, a: Assignment, offerWindowSeconds: number, now: Date): Promise<string | null> {
  const offerId = `o-${crypto.randomUUID()}`;
  const at = now.toISOString();
  const supervisorText = withNames(a.supervisorText, loaded);
  {
    // Conditional: a request another pass (or another process) already offered stays with that offer.
    const moved = await moveStatus(trx, { requestId: a.requestId, from: 'triaged', to: 'offered', actor: 'system', actorId: null, ...systemNote('dispatched'), note: a.residentText, at });
    if (!moved) return null;
    await trx
      .insertInto('offers')
      .values({
        id: offerId,
        request_id: a.requestId,
        helper_id: a.helperId,
        status: 'pending',
        // The helper's offer card: the plan without the leading "→name".
        reason: supervisorText.replace(/^→\S+\s*/, ''),
        created_at: at,
        expires_at: new Date(now.getTime() + offerWindowSeconds * 1000).toISOString(),
        decided_at: null,
        decline_reason: null,
      })
      .execute();
    await savePlan(trx, {
      request_id: a.requestId,
      helper_id: a.helperId,
      day: a.day,
      stop_number: a.stopNumber,
      eta_min: a.etaMin === null ? null : Math.round(a.etaMin),
      reasons: JSON.stringify(storedReasons(a.reasons)),
      resident_text: a.residentText,
      supervisor_text: supervisorText,
      planned_at: at,
    });
    await notifyOffer(trx, a.helperId, a.requestId, at);
    return offerId;
  }
}

/** Requests nobody could take keep their reason (written only when it changes, not every pass). */
async function recordUnassigned(db: Transaction<Database>, loaded: LoadedInput, plan: DispatchPlan, at: string): Promise<void> {
  if (plan.unassigned.length === 0) return;
  const ids = plan.unassigned.map((u) => u.requestId);
  const current = await db.selectFrom('dispatch_plans').select(['request_id', 'supervisor_text', 'helper_id']).where('request_id', 'in', ids).execute();
  for (const u of plan.unassigned) {
    const supervisorText = withNames(u.supervisorText, loaded);
    const before = current.find((c) => c.request_id === u.requestId);
    if (before && before.helper_id === null && before.supervisor_text === supervisorText) continue;
    await savePlan(db, {
      request_id: u.requestId,
      helper_id: null,
      day: null,
      stop_number: null,
      eta_min: null,
      reasons: JSON.stringify(u.reasons),
      resident_text: u.residentText,
      supervisor_text: supervisorText,
      planned_at: at,
    });
  }
}

/** One pass: plan the given waiting requests (all when `ids` is null), then write every decision in one transaction. */
async function dispatchNow(db: Kysely<Database>, ids: readonly string[] | null, offerWindowSeconds: number, now: Date): Promise<Map<string, string>> {
  const loaded = await loadDispatchInput(db, ids, now);
  const offers = new Map<string, string>();
  if (loaded.input.requests.length === 0) return offers;
  const plan = planWithBookings(loaded);
  await db.transaction().execute(async (trx) => {
    for (const a of plan.assignments) {
      const offerId = await offerAssignment(trx, loaded, a, offerWindowSeconds, now);
      if (offerId) offers.set(a.requestId, offerId);
    }
    await recordUnassigned(trx, loaded, plan, now.toISOString());
    await updateRouteStops(trx, plan.routes);
  });
  return offers;
}

/**
 * Passes run one after another per database, so each plans with the previous pass's offers in view. Requests filed
 * while a pass runs wait for it and then go together in the next one: under load one pass plans many arrivals at
 * once (and optimally as a batch) instead of one pass each.
 */
interface Dispatcher {
  queue: Promise<unknown>;
  gathering: { ids: Set<string>; offerWindowSeconds: number; result: Promise<Map<string, string>> } | null;
}
const dispatchers = new WeakMap<Kysely<Database>, Dispatcher>();

function dispatcherOf(db: Kysely<Database>): Dispatcher {
  let d = dispatchers.get(db);
  if (!d) {
    d = { queue: Promise.resolve(), gathering: null };
    dispatchers.set(db, d);
  }
  return d;
}

/** Runs a pass after every pass queued before it; a failed pass does not stop the ones after it. */
function enqueue(d: Dispatcher, pass: () => Promise<Map<string, string>>): Promise<Map<string, string>> {
  const run = d.queue.then(pass);
  d.queue = run.catch(() => undefined);
  return run;
}

/** Plans every waiting request as one batch and offers each assignment. Returns request id -> offer id. */
export function dispatchRequests(db: Kysely<Database>, ids: readonly string[] | null, offerWindowSeconds: number, now: Date = new Date()): Promise<Map<string, string>> {
  return enqueue(dispatcherOf(db), () => dispatchNow(db, ids, offerWindowSeconds, now));
}

/**
 * One turn of the event loop before a pass starts. Started at once, a pass on an idle queue took only the request
 * that opened it: each filing under load ran a pass of its own (every pass reads all planned visits, a cost that
 * grows with the day). After one turn, the filings that finished in the same turn's I/O go in the same pass
 * (about nine a pass under the API bench's write load, instead of one); alone, a filing waits one turn longer.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** On demand, for one request (on filing, after a decline, after a supervisor sends it back): the offer id or null. */
export async function offerRequest(db: Kysely<Database>, requestId: string, offerWindowSeconds: number): Promise<string | null> {
  const d = dispatcherOf(db);
  let batch = d.gathering;
  if (!batch || batch.offerWindowSeconds !== offerWindowSeconds) {
    const ids = new Set<string>();
    const result = enqueue(d, async () => {
      await nextTurn();
      // From here on, new arrivals gather for the next pass.
      if (d.gathering?.ids === ids) d.gathering = null;
      return dispatchNow(db, [...ids], offerWindowSeconds, new Date());
    });
    batch = { ids, offerWindowSeconds, result };
    d.gathering = batch;
  }
  batch.ids.add(requestId);
  return (await batch.result).get(requestId) ?? null;
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
      note: systemNote('offerExpired'),
      at: nowIso,
    });
    if (done) released.push(offer.request_id);
  }
  return released;
}

/** One pass of the loop: expire unanswered offers, then plan every waiting request as one batch. */
export async function runDispatchPass(db: Kysely<Database>, offerWindowSeconds: number, now: Date = new Date()): Promise<{ offered: number }> {
  await expireOffers(db, now);
  const offers = await dispatchRequests(db, null, offerWindowSeconds, now);
  return { offered: offers.size };
}
