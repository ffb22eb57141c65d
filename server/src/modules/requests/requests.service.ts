// Request rules: who may file, see and move a request, and the views built for them.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  allowedTransitions,
  canTransition,
  type Actor,
  type CreateRequestBody,
  type HelperKind,
  type LanguageCode,
  type RequestDetail,
  type RequestKind,
  type RequestStatus,
  type RequestSummary,
} from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { parseStringList } from '../../lib/json';
import type { SessionUser } from '../../plugins/auth';
import { findVillage } from '../places/places.repository';
import { findItem } from '../catalogue/catalogue.repository';
import { findUserById } from '../auth/auth.repository';
import * as repo from './requests.repository';
import { moveStatus, recordTransition } from './transition-log';

const KIND_LABEL: Record<RequestKind, string> = {
  callback: '回电',
  home_visit: '上门服务',
  assist: '帮办',
  delegate: '代办',
};

/** How the caller stands to this request; null means it is not theirs to see. */
export function relationOf(row: repo.SummaryRow, user: SessionUser): Actor | null {
  if (row.helper_id === user.id) return 'helper';
  if (row.resident_id === user.id || row.filed_by_id === user.id) return 'resident';
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
  };
}

/** Transitions with their own endpoints (offer, accept, decline) are not offered through the generic one. */
function isGenericTransition(from: RequestStatus, to: RequestStatus): boolean {
  if (to === 'offered') return false;
  if (from === 'offered') return to === 'suspended' || to === 'terminated' || to === 'withdrawn';
  return true;
}

async function loadVisible(db: Kysely<Database>, user: SessionUser, id: string): Promise<{ row: repo.SummaryRow; relation: Actor | null }> {
  const row = await repo.findSummary(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'no such request');
  const relation = relationOf(row, user);
  if (relation) return { row, relation };
  // A helper who is being offered the request may read it to decide.
  if (await repo.hasPendingOffer(db, id, user.id)) return { row, relation: null };
  // Somebody else's request looks exactly like a missing one: no hint that it exists.
  throw new AppError('NOT_FOUND', 'no such request');
}

export async function getDetail(db: Kysely<Database>, user: SessionUser, id: string): Promise<RequestDetail> {
  const { row, relation } = await loadVisible(db, user, id);
  const [timeline, names, helper] = await Promise.all([
    repo.listTimeline(db, id),
    repo.findUserNames(db, [row.resident_id, row.filed_by_id]),
    row.helper_id ? repo.findHelperContact(db, row.helper_id) : Promise.resolve(undefined),
  ]);
  const nameOf = (uid: string) => names.find((n) => n.id === uid)?.name ?? '';
  const status = row.status as RequestStatus;
  return {
    ...toSummary(row),
    resident: { id: row.resident_id, name: nameOf(row.resident_id) },
    filedBy: { id: row.filed_by_id, name: nameOf(row.filed_by_id) },
    helper: helper
      ? {
          id: helper.id,
          name: helper.name,
          kind: helper.kind as HelperKind,
          phone: helper.phone ?? '',
          languages: parseStringList(helper.languages) as LanguageCode[],
        }
      : null,
    timeline: timeline.map((t) => ({
      id: Number(t.id),
      from: t.from_status as RequestStatus | null,
      to: t.to_status as RequestStatus,
      at: t.at,
      actor: t.actor as Actor,
      actorName: t.actor_name,
      note: t.note,
    })),
    nextStatuses: relation ? allowedTransitions(status, relation).filter((to) => isGenericTransition(status, to)) : [],
  };
}

export async function listFor(db: Kysely<Database>, user: SessionUser): Promise<RequestSummary[]> {
  let query = repo.summaryQuery(db);
  if (!user.roles.includes('supervisor')) {
    query = query.where((eb) =>
      eb.or([eb('requests.resident_id', '=', user.id), eb('requests.filed_by_id', '=', user.id), eb('requests.helper_id', '=', user.id)]),
    );
  }
  const rows = await query.orderBy('requests.created_at', 'desc').limit(200).execute();
  return rows.map(toSummary);
}

/**
 * Files a request: submitted, then triaged by the system. Exactly once per (filer, idempotency key), even when the
 * reply was lost and the client retries. Returns the request id and whether it was created now.
 */
export async function createRequest(
  db: Kysely<Database>,
  user: SessionUser,
  body: CreateRequestBody,
  idempotencyKey: string,
): Promise<{ id: string; created: boolean }> {
  const existing = await repo.findByIdempotencyKey(db, user.id, idempotencyKey);
  if (existing) return { id: existing.id, created: false };

  const village = await findVillage(db, body.villageId);
  if (!village) throw new AppError('VALIDATION_FAILED', 'there is no such village; choose it from the list', 'villageId');
  if (body.serviceItemId && !(await findItem(db, body.serviceItemId))) {
    throw new AppError('VALIDATION_FAILED', 'there is no such service item', 'serviceItemId');
  }
  let residentId = user.id;
  if (body.forUserId && body.forUserId !== user.id) {
    // Filing for someone else is for grid workers (网格+代办) and staff; family members get their own flow.
    if (!user.roles.includes('grid_worker') && !user.roles.includes('supervisor')) {
      throw new AppError('FORBIDDEN', 'you may only file requests for yourself');
    }
    if (!(await findUserById(db, body.forUserId))) throw new AppError('VALIDATION_FAILED', 'no such resident', 'forUserId');
    residentId = body.forUserId;
  }

  const id = `r-${crypto.randomUUID()}`;
  const at = new Date().toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('requests')
        .values({
          id,
          kind: body.kind,
          status: 'submitted',
          resident_id: residentId,
          filed_by_id: user.id,
          village_id: village.id,
          description: body.description.trim(),
          service_item_id: body.serviceItemId ?? null,
          helper_id: null,
          idempotency_key: idempotencyKey,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await recordTransition(trx, { requestId: id, from: null, to: 'submitted', actor: 'resident', actorId: user.id, note: null, at });
      await moveStatus(trx, {
        requestId: id,
        from: 'submitted',
        to: 'triaged',
        actor: 'system',
        actorId: null,
        note: `类型：${KIND_LABEL[body.kind]}`,
        at,
      });
    });
  } catch (error) {
    // Two identical submissions raced: the unique (filer, key) index let one through; answer with that one.
    const winner = await repo.findByIdempotencyKey(db, user.id, idempotencyKey);
    if (winner) return { id: winner.id, created: false };
    throw error;
  }
  return { id, created: true };
}

export async function transition(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  to: RequestStatus,
  note: string | null,
): Promise<{ releasedForDispatch: boolean }> {
  const { row, relation } = await loadVisible(db, user, id);
  if (!relation) throw new AppError('FORBIDDEN', 'accept the offer before working on this request');
  const from = row.status as RequestStatus;
  if (!canTransition(from, to, relation) || !isGenericTransition(from, to)) {
    throw new AppError('INVALID_TRANSITION', `a ${relation} cannot move this request from ${from} to ${to}`);
  }
  const at = new Date().toISOString();
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
