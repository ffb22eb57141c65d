// 网格+代办: a grid worker at a resident's door finds them by phone (or registers them, with their consent), files
// for them, and the resident confirms with a code sent to their own phone or a signature on the spot. Only then is
// the request dispatched.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ConfirmRequestBody, RegisterResidentBody, ResidentRef } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { parseRoles } from '../../lib/json';
import type { SessionUser } from '../../plugins/auth';
import { findUserByPhone } from '../auth/auth.repository';
import { findVillage } from '../places/places.repository';
import { moveStatus } from '../requests/transition-log';
import { systemNote } from '../requests/timeline-notes';
import { attachUploads } from '../uploads/uploads.service';

const MAX_ATTEMPTS = 5;
const hash = (requestId: string, code: string) => crypto.createHash('sha256').update(`${requestId}:${code}`).digest('hex');

export async function lookup(db: Kysely<Database>, phone: string): Promise<ResidentRef> {
  const user = await findUserByPhone(db, phone);
  if (!user) throw new AppError('NOT_FOUND', 'no resident with this number; register them with their consent');
  // A staff or enterprise account is not someone to file for (the caller is staff: saying so reveals nothing new).
  if (!parseRoles(user.roles).includes('resident')) throw new AppError('NOT_FOUND', 'this number belongs to a staff or enterprise account, not a resident');
  return { id: user.id, name: user.name, villageId: user.village_id };
}

export async function register(db: Kysely<Database>, body: RegisterResidentBody): Promise<ResidentRef> {
  if (!(await findVillage(db, body.villageId))) throw new AppError('VALIDATION_FAILED', 'there is no such village', 'villageId');
  if (await findUserByPhone(db, body.phone)) throw new AppError('VALIDATION_FAILED', 'this number is already registered: look the resident up', 'phone');
  const id = `u-${crypto.randomUUID()}`;
  await db
    .insertInto('users')
    .values({ id, phone: body.phone, name: body.name.trim(), roles: JSON.stringify(['resident']), village_id: body.villageId, wechat_openid: null, created_at: new Date().toISOString() })
    .execute();
  return { id, name: body.name.trim(), villageId: body.villageId };
}

async function pendingFiledBy(db: Kysely<Database>, user: SessionUser, requestId: string) {
  const row = await db
    .selectFrom('resident_confirmations')
    .innerJoin('requests', 'requests.id', 'resident_confirmations.request_id')
    .select(['resident_confirmations.code_hash', 'resident_confirmations.attempts', 'resident_confirmations.confirmed_at', 'requests.filed_by_id'])
    .where('resident_confirmations.request_id', '=', requestId)
    .executeTakeFirst();
  if (!row || row.filed_by_id !== user.id) throw new AppError('NOT_FOUND', 'no request waiting for this resident’s confirmation', undefined, Boolean(row));
  if (row.confirmed_at) throw new AppError('INVALID_TRANSITION', 'the resident has already confirmed this request');
  return row;
}

export async function sendCode(db: Kysely<Database>, user: SessionUser, requestId: string): Promise<string> {
  await pendingFiledBy(db, user, requestId);
  const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
  await db.updateTable('resident_confirmations').set({ code_hash: hash(requestId, code), attempts: 0 }).where('request_id', '=', requestId).execute();
  return code;
}

export async function confirm(db: Kysely<Database>, user: SessionUser, requestId: string, body: ConfirmRequestBody): Promise<void> {
  const row = await pendingFiledBy(db, user, requestId);
  if (!body.code === !body.signatureId) throw new AppError('VALIDATION_FAILED', 'confirm with the code or with a signature', 'code');
  if (body.code) {
    if (!row.code_hash || row.attempts >= MAX_ATTEMPTS) throw new AppError('CODE_EXPIRED', 'send a new code to the resident', 'code');
    if (hash(requestId, body.code) !== row.code_hash) {
      await db.updateTable('resident_confirmations').set({ attempts: row.attempts + 1 }).where('request_id', '=', requestId).execute();
      throw new AppError('CODE_INVALID', 'the code is not right; ask the resident to read it again', 'code');
    }
  }
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    if (body.signatureId) await attachUploads(trx, user, requestId, [[body.signatureId, 'signature']]);
    const done = await trx
      .updateTable('resident_confirmations')
      .set({ confirmed_at: at, method: body.code ? 'code' : 'signature', signature_id: body.signatureId ?? null })
      .where('request_id', '=', requestId)
      .where('confirmed_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new AppError('INVALID_TRANSITION', 'the resident has already confirmed this request');
    const note = systemNote(body.code ? 'confirmedByCode' : 'confirmedBySignature');
    await moveStatus(trx, { requestId, from: 'submitted', to: 'triaged', actor: 'system', actorId: null, ...note, at });
  });
}
