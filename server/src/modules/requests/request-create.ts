// Filing a request: the rules for what may be attached (uploads, materials and 容缺 dates, 告知承诺, a booked slot or
// agency point day) and the exactly-once guarantee per (filer, idempotency key).
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, CreateRequestBody, UploadKind } from '../../../../types';
import { prepareQuery } from '../../db/prepared';
import type { Database, ServiceItemsTable } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { parseRoles } from '../../lib/json';
import { addWorkingDays, bannerDate, shiftDay } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { claimSlot, findAgencyVisit } from '../booking/booking.service';
import { findItem } from '../catalogue/catalogue.repository';
import { toServiceItemView } from '../catalogue/catalogue.service';
import { findVillage } from '../places/places.repository';
import { mayActFor } from '../family/family.service';
import { attachUploads } from '../uploads/uploads.service';
import * as repo from './requests.repository';
import { moveStatus, recordTransition } from './transition-log';
import { systemNote } from './timeline-notes';

/** 容缺 promises further out than this are not a "short delay" any more. */
const MAX_DEFERRAL_DAYS = 60;

export interface Created {
  id: string;
  created: boolean;
}

/** Whose request this is, and in which capacity the filer acts (recorded on the first step of the timeline). */
async function whoFor(db: Kysely<Database>, user: SessionUser, forUserId: string | undefined): Promise<{ residentId: string; actor: Actor }> {
  if (!forUserId || forUserId === user.id) return { residentId: user.id, actor: 'resident' };
  // 亲属代办: a family member whose link the resident confirmed with their own code acts on the resident's side.
  if (await mayActFor(db, user.id, forUserId)) return { residentId: forUserId, actor: 'resident' };
  // 网格+代办: grid workers and staff file for residents during visits.
  if (user.roles.includes('grid_worker') || user.roles.includes('supervisor')) {
    const target = await db.selectFrom('users').select('roles').where('id', '=', forUserId).executeTakeFirst();
    // Only a resident's account: a case filed "for" a helper's or an enterprise's account would be nobody's.
    if (target && parseRoles(target.roles).includes('resident')) return { residentId: forUserId, actor: user.roles.includes('supervisor') ? 'supervisor' : 'helper' };
    throw new AppError('VALIDATION_FAILED', 'no such resident', 'forUserId');
  }
  throw new AppError('FORBIDDEN', 'you may only file for yourself or a family member who has confirmed');
}

function checkMaterials(item: ServiceItemsTable | undefined, body: CreateRequestBody, today: string): void {
  if (!body.materials) {
    if (item && (body.kind === 'assist' || body.kind === 'delegate')) {
      throw new AppError('VALIDATION_FAILED', 'mark every required material as provided or 容缺', 'materials');
    }
    return;
  }
  if (!item) throw new AppError('VALIDATION_FAILED', 'materials belong to a service item; choose one', 'serviceItemId');
  const required = toServiceItemView(item).materials;
  for (const m of body.materials) {
    const spec = required.find((r) => r.name === m.name);
    if (!spec) throw new AppError('VALIDATION_FAILED', `"${m.name}" is not a material of this item`, 'materials');
    if (m.status === 'deferred') {
      if (!item.deferral_allowed || !spec.deferrable) {
        throw new AppError('VALIDATION_FAILED', `"${m.name}" cannot be supplied later (容缺 does not apply to it)`, 'materials');
      }
      if (!m.supplyBy || m.supplyBy <= today || m.supplyBy > shiftDay(today, MAX_DEFERRAL_DAYS)) {
        throw new AppError('VALIDATION_FAILED', `give a date within ${MAX_DEFERRAL_DAYS} days by which "${m.name}" will be supplied`, 'materials');
      }
    }
  }
  const missing = required.filter((r) => !body.materials?.some((m) => m.name === r.name));
  if (missing.length) {
    throw new AppError('VALIDATION_FAILED', `mark every required material as provided or 容缺: ${missing.map((m) => m.name).join('、')}`, 'materials');
  }
}

type NewRequest = {
  id: string;
  kind: string;
  residentId: string;
  filedById: string;
  villageId: string;
  description: string;
  serviceItemId: string | null;
  idempotencyKey: string;
  at: string;
  legalDeadline: string | null;
  landmark: string | null;
  lat: number | null;
  lng: number | null;
  voiceNoteId: string | null;
  slotId: string | null;
  agencyVisitId: string | null;
  commitmentSignatureId: string | null;
  needsLanguage: string | null;
};

// Prepared: compiling this insert was a noticeable share of a filing's CPU.
const insertRequest = prepareQuery((db, a: NewRequest) =>
  db.insertInto('requests').values({
    id: a.id,
    kind: a.kind,
    status: 'submitted',
    resident_id: a.residentId,
    filed_by_id: a.filedById,
    village_id: a.villageId,
    description: a.description,
    service_item_id: a.serviceItemId,
    helper_id: null,
    idempotency_key: a.idempotencyKey,
    created_at: a.at,
    updated_at: a.at,
    legal_deadline: a.legalDeadline,
    landmark: a.landmark,
    lat: a.lat,
    lng: a.lng,
    voice_note_id: a.voiceNoteId,
    slot_id: a.slotId,
    agency_visit_id: a.agencyVisitId,
    commitment_signature_id: a.commitmentSignatureId,
    needs_language: a.needsLanguage,
  }),
);

export async function createRequest(db: Kysely<Database>, user: SessionUser, body: CreateRequestBody, idempotencyKey: string): Promise<Created> {
  const existing = await repo.findByIdempotencyKey(db, user.id, idempotencyKey);
  if (existing) return { id: existing.id, created: false };

  const village = await findVillage(db, body.villageId);
  if (!village) throw new AppError('VALIDATION_FAILED', 'there is no such village; choose it from the list', 'villageId');
  const item = body.serviceItemId ? await findItem(db, body.serviceItemId) : undefined;
  if (body.serviceItemId && !item) throw new AppError('VALIDATION_FAILED', 'there is no such service item', 'serviceItemId');
  if (body.commitmentSignatureId && !item?.promise_allowed) {
    throw new AppError('VALIDATION_FAILED', '告知承诺 does not apply to this item', 'commitmentSignatureId');
  }
  if (body.slotId && body.agencyVisitId) throw new AppError('VALIDATION_FAILED', 'choose a time slot or the agency point day, not both', 'slotId');
  const today = bannerDate();
  checkMaterials(item, body, today);
  const { residentId, actor } = await whoFor(db, user, body.forUserId);

  const id = `r-${crypto.randomUUID()}`;
  const at = new Date().toISOString();
  const uploads: [string, UploadKind][] = [
    ...(body.voiceNoteId ? [[body.voiceNoteId, 'voice'] as [string, UploadKind]] : []),
    ...(body.commitmentSignatureId ? [[body.commitmentSignatureId, 'signature'] as [string, UploadKind]] : []),
    ...(body.materials ?? []).flatMap((m) => (m.uploadIds ?? []).map((u) => [u, 'photo'] as [string, UploadKind])),
  ];
  try {
    await db.transaction().execute(async (trx) => {
      await insertRequest.run(trx, {
        id,
        kind: body.kind,
        residentId,
        filedById: user.id,
        villageId: village.id,
        description: body.description.trim(),
        serviceItemId: body.serviceItemId ?? null,
        idempotencyKey,
        at,
        legalDeadline: item ? addWorkingDays(today, item.time_limit_days) : null,
        landmark: body.landmark?.trim() || null,
        lat: body.location?.lat ?? null,
        lng: body.location?.lng ?? null,
        voiceNoteId: body.voiceNoteId ?? null,
        slotId: body.slotId ?? null,
        agencyVisitId: body.agencyVisitId ?? null,
        commitmentSignatureId: body.commitmentSignatureId ?? null,
        needsLanguage: body.needsLanguage ?? null,
      });
      await attachUploads(trx, user, id, uploads);
      const materialRows = (body.materials ?? []).map((m) => ({
        request_id: id,
        name: m.name,
        form: (item ? toServiceItemView(item).materials.find((r) => r.name === m.name)?.form : undefined) ?? 'original',
        status: m.status,
        supply_by: m.status === 'deferred' ? (m.supplyBy ?? null) : null,
        upload_ids: JSON.stringify(m.uploadIds ?? []),
      }));
      if (materialRows.length) await trx.insertInto('request_materials').values(materialRows).execute();
      // The booked helper is offered the visit first: dispatch reads it back from the slot or the agency day.
      if (body.slotId) await claimSlot(trx, body.slotId, id, village.id);
      else if (body.agencyVisitId) await findAgencyVisit(trx, body.agencyVisitId, village.id);
      if (actor === 'helper') {
        // 网格+代办: nothing is dispatched until the resident confirms it is what they want.
        await recordTransition(trx, { requestId: id, from: null, to: 'submitted', actor, actorId: user.id, ...systemNote('filedByGridWorker'), at });
        await trx.insertInto('resident_confirmations').values({ request_id: id, code_hash: null, attempts: 0, method: null, signature_id: null, created_at: at, confirmed_at: null }).execute();
        return;
      }
      await recordTransition(trx, { requestId: id, from: null, to: 'submitted', actor, actorId: user.id, note: null, at });
      await moveStatus(trx, { requestId: id, from: 'submitted', to: 'triaged', actor: 'system', actorId: null, ...systemNote('kind', { kind: body.kind }), at });
    });
    return { id, created: true };
  } catch (error) {
    // Two identical submissions raced: the unique (filer, key) index let one through; answer with that one.
    const winner = await repo.findByIdempotencyKey(db, user.id, idempotencyKey);
    if (winner) return { id: winner.id, created: false };
    throw error;
  }
}
