// A helper's offers: list, accept (exactly one winner), decline with a reason (the request goes to the next best).
import type { Kysely } from 'kysely';
import type { OfferStatus, OfferView } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { summaryQuery } from '../requests/requests.repository';
import { toSummary } from '../requests/requests.service';
import { moveStatus } from '../requests/transition-log';
import { systemNote } from '../requests/timeline-notes';
import { releaseOffer } from './release-offer';

async function offerViews(db: Kysely<Database>, where: { helperId: string; offerId?: string; pendingOnly: boolean }): Promise<OfferView[]> {
  let query = db.selectFrom('offers').selectAll().where('helper_id', '=', where.helperId);
  if (where.offerId) query = query.where('id', '=', where.offerId);
  if (where.pendingOnly) query = query.where('status', '=', 'pending').where('expires_at', '>', new Date().toISOString());
  const offers = await query.orderBy('created_at', 'desc').limit(100).execute();
  if (offers.length === 0) return [];
  const requests = await summaryQuery(db)
    .where(
      'requests.id',
      'in',
      offers.map((o) => o.request_id),
    )
    .execute();
  return offers.flatMap((o) => {
    const request = requests.find((r) => r.id === o.request_id);
    return request
      ? [{ id: o.id, status: o.status as OfferStatus, expiresAt: o.expires_at, reason: o.reason, request: toSummary(request) }]
      : [];
  });
}

export function listPending(db: Kysely<Database>, user: SessionUser): Promise<OfferView[]> {
  return offerViews(db, { helperId: user.id, pendingOnly: true });
}

async function ownOffer(db: Kysely<Database>, user: SessionUser, offerId: string) {
  const offer = await db.selectFrom('offers').selectAll().where('id', '=', offerId).executeTakeFirst();
  if (!offer || offer.helper_id !== user.id) throw new AppError('NOT_FOUND', 'no such offer');
  return offer;
}

/**
 * Accepting is one conditional update (pending and not expired -> accepted): of any number of racing accepts,
 * exactly one changes a row; the rest are told the offer is no longer open.
 */
export async function accept(db: Kysely<Database>, user: SessionUser, offerId: string): Promise<{ offer: OfferView; requestId: string }> {
  const offer = await ownOffer(db, user, offerId);
  const at = new Date().toISOString();
  const won = await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('offers')
      .set({ status: 'accepted', decided_at: at })
      .where('id', '=', offerId)
      .where('status', '=', 'pending')
      .where('expires_at', '>', at)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    const moved = await moveStatus(trx, {
      requestId: offer.request_id,
      from: 'offered',
      to: 'assigned',
      actor: 'helper',
      actorId: user.id,
      note: null,
      at,
      patch: { helper_id: user.id },
    });
    if (!moved) throw new AppError('OFFER_NOT_OPEN', 'this request was withdrawn or reassigned meanwhile');
    return true;
  });
  if (!won) throw new AppError('OFFER_NOT_OPEN', 'this offer has expired or was already answered');
  return { offer: await findView(db, user, offerId), requestId: offer.request_id };
}

export async function findView(db: Kysely<Database>, user: SessionUser, offerId: string): Promise<OfferView> {
  const [view] = await offerViews(db, { helperId: user.id, offerId, pendingOnly: false });
  if (!view) throw new AppError('NOT_FOUND', 'no such offer');
  return view;
}

export async function decline(db: Kysely<Database>, user: SessionUser, offerId: string, reason: string): Promise<string> {
  const offer = await ownOffer(db, user, offerId);
  const at = new Date().toISOString();
  const done = await releaseOffer(db, {
    offerId,
    requestId: offer.request_id,
    outcome: 'declined',
    declineReason: reason,
    actor: 'helper',
    actorId: user.id,
    note: systemNote('declined', { reason }),
    at,
  });
  if (!done) throw new AppError('OFFER_NOT_OPEN', 'this offer has expired or was already answered');
  return offer.request_id;
}
