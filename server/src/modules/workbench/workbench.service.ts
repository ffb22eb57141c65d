// The helper at work: duty, check-in at the door, the welfare escalation, the signed authorisation, and every
// hand-over of documents. Each record and its status step happen in one transaction.
import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuthorisationBody, AuthorisationKind, CheckInBody, RequestStatus, WelfareStepBody } from '../../../../types';
import type { Database } from '../../db/schema';
import { haversineKm } from '../../dispatch/geo';
import { AppError } from '../../lib/app-error';
import { notifySupervisors } from '../supervision/supervisors';
import { bannerDate } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { loadVisible } from '../requests/requests.service';
import { moveStatus } from '../requests/transition-log';
import { noteFields, systemNote, type SystemNote } from '../requests/timeline-notes';
import { capturedAt } from './captured-at';
import { attachUploads } from '../uploads/uploads.service';
import { composeLetter } from './letter';

const FAR_KM = 2;

async function asAssignedHelper(db: Kysely<Database>, user: SessionUser, id: string) {
  const { row, relation } = await loadVisible(db, user, id);
  if (relation !== 'helper') throw new AppError('FORBIDDEN', 'only the helper assigned to this request can do this');
  return row;
}

function mustBeIn(status: string, allowed: RequestStatus[], what: string): void {
  if (!allowed.includes(status as RequestStatus)) {
    throw new AppError('INVALID_TRANSITION', `${what} is not possible while the request is ${status}`);
  }
}

async function move(trx: Transaction<Database>, requestId: string, from: string, to: RequestStatus, user: SessionUser, note: string | SystemNote | null, at: string) {
  if (!(await moveStatus(trx, { requestId, from: from as RequestStatus, to, actor: 'helper', actorId: user.id, ...noteFields(note), at }))) {
    throw new AppError('INVALID_TRANSITION', 'the request changed meanwhile; reload and try again');
  }
}

export async function setDuty(db: Kysely<Database>, user: SessionUser, onDuty: boolean): Promise<boolean> {
  const result = await db.updateTable('helpers').set({ on_duty: onDuty ? 1 : 0 }).where('user_id', '=', user.id).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('FORBIDDEN', 'only helpers and grid workers have duty');
  return onDuty;
}

export async function checkIn(db: Kysely<Database>, user: SessionUser, id: string, body: CheckInBody): Promise<void> {
  const row = await asAssignedHelper(db, user, id);
  mustBeIn(row.status, ['en_route'], 'check-in');
  const at = capturedAt(body.capturedAt);
  const place = await db
    .selectFrom('requests')
    .innerJoin('villages', 'villages.id', 'requests.village_id')
    .select(['requests.lat', 'requests.lng', 'villages.lat as vlat', 'villages.lng as vlng'])
    .where('requests.id', '=', id)
    .executeTakeFirstOrThrow();
  const target = place.lat !== null && place.lng !== null ? { lat: place.lat, lng: place.lng } : { lat: place.vlat, lng: place.vlng };
  const km = body.location ? haversineKm(body.location, target) : null;
  const far = km !== null && km > FAR_KM;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('check_ins')
      .values({ request_id: id, helper_id: user.id, lat: body.location?.lat ?? null, lng: body.location?.lng ?? null, distance_km: km, far: far ? 1 : 0, at })
      .execute();
    const note = km === null ? systemNote('checkInNoLocation') : far ? systemNote('checkInFar', { km: km.toFixed(1) }) : systemNote('checkIn');
    await move(trx, id, row.status, 'on_site', user, note, at);
  });
}

export async function welfareStep(db: Kysely<Database>, user: SessionUser, id: string, body: WelfareStepBody): Promise<void> {
  const row = await asAssignedHelper(db, user, id);
  mustBeIn(row.status, ['assigned', 'scheduled', 'en_route', 'on_site'], 'the welfare check');
  const at = capturedAt(body.capturedAt);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('welfare_steps').values({ request_id: id, helper_id: user.id, step: body.step, outcome: body.outcome, note: body.note ?? null, at }).execute();
    if (body.step !== 'alert_supervisor') return;
    await notifySupervisors(trx, 'welfare_alert', body.note ?? '', id, at);
  });
}

export async function letterFor(db: Kysely<Database>, user: SessionUser, id: string, kind: AuthorisationKind): Promise<string> {
  const row = await asAssignedHelper(db, user, id);
  const parts = await db
    .selectFrom('requests')
    .innerJoin('users as r', 'r.id', 'requests.resident_id')
    .innerJoin('users as h', 'h.id', 'requests.helper_id')
    .innerJoin('helpers', 'helpers.user_id', 'requests.helper_id')
    .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
    .select(['r.name as resident', 'h.name as helper', 'helpers.kind', 'service_items.name as item', 'service_items.department'])
    .where('requests.id', '=', id)
    .executeTakeFirstOrThrow();
  return composeLetter({
    kind,
    residentName: parts.resident,
    helperName: parts.helper,
    helperKind: parts.kind,
    itemName: parts.item,
    department: parts.department,
    description: row.description,
    date: bannerDate(),
  });
}

export async function authorise(db: Kysely<Database>, user: SessionUser, id: string, body: AuthorisationBody): Promise<void> {
  const row = await asAssignedHelper(db, user, id);
  mustBeIn(row.status, body.kind === 'continuation' ? ['suspended'] : ['on_site'], body.kind === 'continuation' ? 'a 续办委托书' : 'the 委托书');
  const letter = await letterFor(db, user, id, body.kind);
  const at = capturedAt(body.capturedAt);
  await db.transaction().execute(async (trx) => {
    await attachUploads(trx, user, id, [[body.residentSignatureId, 'signature'], [body.helperSignatureId, 'signature']]);
    const sigs = await trx.selectFrom('uploads').select(['id', 'sha256']).where('id', 'in', [body.residentSignatureId, body.helperSignatureId]).execute();
    const hashOf = (uid: string) => sigs.find((s) => s.id === uid)?.sha256 ?? '';
    const sha256 = crypto.createHash('sha256').update(`${letter}\n${hashOf(body.residentSignatureId)}\n${hashOf(body.helperSignatureId)}`).digest('hex');
    await trx
      .insertInto('authorisations')
      .values({
        id: `a-${crypto.randomUUID()}`,
        request_id: id,
        kind: body.kind,
        letter,
        resident_signature_id: body.residentSignatureId,
        helper_signature_id: body.helperSignatureId,
        sha256,
        helper_id: user.id,
        at,
      })
      .execute();
    if (body.kind === 'continuation') await move(trx, id, row.status, 'assigned', user, systemNote('continuationSigned'), at);
    else await move(trx, id, row.status, 'authorised', user, systemNote('authorisationSigned', { sha: sha256.slice(0, 12) }), at);
  });
}
