// Request rules: who may see and move a request. Filing is in request-create.ts, the full view in request-detail.ts.
import type { Kysely } from 'kysely';
import { canTransition, type Actor, type RequestKind, type RequestStatus, type RequestSummary } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import * as repo from './requests.repository';
import { moveStatus } from './transition-log';
import { capturedAt } from '../workbench/captured-at';
import { filerLinkEnded } from '../family/consent';

/**
 * The reader's part in a request, from the three people the row names (and the supervisor role); null means it is
 * not theirs to see. A family member who filed it stops being a party once the family link is ended (consent.ts).
 */
export function relationOf(row: Pick<repo.SummaryRow, 'helper_id' | 'resident_id' | 'filed_by_id' | 'filer_link_ended'>, user: SessionUser): Actor | null {
  if (row.helper_id === user.id) return 'helper';
  if (row.resident_id === user.id || (row.filed_by_id === user.id && !row.filer_link_ended)) return 'resident';
  if (user.roles.includes('supervisor')) return 'supervisor';
  return null;
}

export function toSummary(row: repo.SummaryRow): RequestSummary {
  return {
    id: row.id,
    kind: row.kind as RequestKind,
    status: row.status as RequestStatus,
    description: row.description,
    villageId: row.village_id,
    villageName: row.village_name,
    townshipName: row.township_name,
    serviceItemId: row.service_item_id,
    serviceItemName: row.service_item_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    urgent: row.urgent_at !== null,
    // Traditional Mongolian names, when there are any (the app shows the reader's language).
    ...(row.village_name_mn ? { villageNameMn: row.village_name_mn } : {}),
    ...(row.township_name_mn ? { townshipNameMn: row.township_name_mn } : {}),
    ...(row.service_item_name_mn ? { serviceItemNameMn: row.service_item_name_mn } : {}),
  };
}

/** Transitions with their own endpoints (offer, accept, decline) are not offered through the generic one. */
export function isGenericTransition(from: RequestStatus, to: RequestStatus): boolean {
  if (to === 'offered') return false;
  // These steps leave a record (check-in, signed 委托书, 交接单) and go through the workbench endpoints.
  if (to === 'on_site' || to === 'authorised' || to === 'submitted_to_department') return false;
  if (to === 'materials_received' && (from === 'on_site' || from === 'authorised')) return false;
  if (to === 'result_delivered' && (from === 'approved' || from === 'rejected')) return false;
  if (from === 'suspended' && to === 'assigned') return false;
  if (to === 'rated') return false; // a rating is a 好差评 record: POST /api/requests/:id/rating
  if (from === 'offered') return to === 'suspended' || to === 'terminated' || to === 'withdrawn';
  return true;
}

export async function loadVisible(db: Kysely<Database>, user: SessionUser, id: string): Promise<{ row: repo.SummaryRow; relation: Actor | null }> {
  return visibleTo(db, user, id, await repo.findSummary(db, id));
}

/** The access rule on a request row already read (undefined: there is none): how the caller stands to it, or NOT_FOUND. */
export async function visibleTo<Row extends repo.SummaryRow>(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  row: Row | undefined,
): Promise<{ row: Row; relation: Actor | null }> {
  if (!row) throw new AppError('NOT_FOUND', 'no such request');
  const relation = relationOf(row, user);
  if (relation) return { row, relation };
  // A helper who is being offered the request may read it to decide.
  if (await repo.pendingOfferTo.first(db, { requestId: id, helperId: user.id })) return { row, relation: null };
  // Somebody else's request looks exactly like a missing one: no hint that it exists (but the attempt is logged).
  throw new AppError('NOT_FOUND', 'no such request', undefined, true);
}

/** For files attached to a request: may this user see the request? */
export async function canSeeRequest(db: Kysely<Database>, user: SessionUser, requestId: string): Promise<boolean> {
  try {
    await loadVisible(db, user, requestId);
    return true;
  } catch {
    return false;
  }
}

export async function listFor(db: Kysely<Database>, user: SessionUser): Promise<RequestSummary[]> {
  let query = repo.summaryQuery(db);
  if (!user.roles.includes('supervisor')) {
    query = query.where((eb) =>
      eb.or([
        eb('requests.resident_id', '=', user.id),
        eb.and([eb('requests.filed_by_id', '=', user.id), eb.not(filerLinkEnded(eb))]),
        eb('requests.helper_id', '=', user.id),
      ]),
    );
  }
  const rows = await query.orderBy('requests.created_at', 'desc').limit(200).execute();
  return rows.map(toSummary);
}

export async function transition(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  to: RequestStatus,
  note: string | null,
  when?: string,
): Promise<{ releasedForDispatch: boolean }> {
  const { row, relation } = await loadVisible(db, user, id);
  if (!relation) throw new AppError('FORBIDDEN', 'accept the offer before working on this request');
  const from = row.status as RequestStatus;
  if (!canTransition(from, to, relation) || !isGenericTransition(from, to)) {
    throw new AppError('INVALID_TRANSITION', `a ${relation} cannot move this request from ${from} to ${to}`);
  }
  if ((to === 'rejected' || to === 'suspended' || to === 'terminated') && !note?.trim()) {
    throw new AppError('VALIDATION_FAILED', `say why the request is ${to}: residents always see the reason`, 'note');
  }
  const at = capturedAt(when);
  const moved = await db.transaction().execute(async (trx) => {
    const ok = await moveStatus(trx, {
      requestId: id,
      from,
      to,
      actor: relation,
      actorId: user.id,
      note,
      at,
      // Going back to dispatch (reassignment) releases the current helper.
      ...(to === 'triaged' ? { patch: { helper_id: null } } : {}),
    });
    if (ok) {
      await trx
        .updateTable('offers')
        .set({ status: 'withdrawn', decided_at: at })
        .where('request_id', '=', id)
        .where('status', '=', 'pending')
        .execute();
    }
    return ok;
  });
  if (!moved) throw new AppError('INVALID_TRANSITION', 'the request changed meanwhile; reload and try again');
  return { releasedForDispatch: to === 'triaged' };
}
