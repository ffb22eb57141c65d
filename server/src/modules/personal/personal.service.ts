// PIPL: sensitive fields only after a separate consent, sealed at rest, masked in every response, shown in full only
// to the helper carrying a 代办 case and to supervisors, and every such read written to the access log.
import type { Kysely } from 'kysely';
import type { AccessLogEntry, ExportResponse, IdentityView, ProfileView, UpdateProfileBody } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { parseRoles } from '../../lib/json';
import { isValidIdNumber, maskIdNumber, openYesNo, sealYesNo, type PiiCipher } from '../../lib/pii-crypto';
import type { SessionUser } from '../../plugins/auth';
import { loadVisible } from '../requests/requests.service';

const profileRow = (db: Kysely<Database>, userId: string) => db.selectFrom('resident_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();

function open(cipher: PiiCipher, sealed: string | null): string | null {
  return sealed ? cipher.decrypt(sealed) : null;
}

export async function profile(db: Kysely<Database>, cipher: PiiCipher, user: SessionUser): Promise<ProfileView> {
  const row = await profileRow(db, user.id);
  const id = open(cipher, row?.id_number_sealed ?? null);
  return {
    idNumber: id ? maskIdNumber(id) : null,
    disability: open(cipher, row?.disability_sealed ?? null),
    livesAlone: openYesNo(cipher, row?.lives_alone_sealed ?? null),
    sensitiveConsentAt: row?.sensitive_consent_at ?? null,
  };
}

export async function consent(db: Kysely<Database>, user: SessionUser): Promise<void> {
  const at = new Date().toISOString();
  await db
    .insertInto('resident_profiles')
    .values({ user_id: user.id, id_number_sealed: null, disability_sealed: null, lives_alone_sealed: null, sensitive_consent_at: at, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ sensitive_consent_at: at, updated_at: at }))
    .execute();
}

export async function update(db: Kysely<Database>, cipher: PiiCipher, user: SessionUser, body: UpdateProfileBody): Promise<void> {
  const row = await profileRow(db, user.id);
  if (!row?.sensitive_consent_at) throw new AppError('FORBIDDEN', 'agree to the use of your sensitive personal data first');
  if (body.idNumber && !isValidIdNumber(body.idNumber)) throw new AppError('VALIDATION_FAILED', 'this ID number is not valid; check the last character', 'idNumber');
  await db
    .updateTable('resident_profiles')
    .set({
      ...(body.idNumber ? { id_number_sealed: cipher.encrypt(body.idNumber) } : {}),
      ...(body.disability ? { disability_sealed: cipher.encrypt(body.disability) } : {}),
      ...(body.livesAlone !== undefined ? { lives_alone_sealed: sealYesNo(cipher, body.livesAlone) } : {}),
      updated_at: new Date().toISOString(),
    })
    .where('user_id', '=', user.id)
    .execute();
}

/** The full identity of a case's resident, for the helper carrying it (代办) or a supervisor; the read is logged. */
export async function identityFor(db: Kysely<Database>, cipher: PiiCipher, user: SessionUser, requestId: string): Promise<IdentityView> {
  const { row, relation } = await loadVisible(db, user, requestId);
  const allowed = relation === 'supervisor' || (relation === 'helper' && row.kind === 'delegate');
  if (!allowed) throw new AppError('FORBIDDEN', 'only the helper carrying a 代办 case, or a supervisor, may see the full ID');
  const [resident, p] = await Promise.all([
    db.selectFrom('users').select('name').where('id', '=', row.resident_id).executeTakeFirstOrThrow(),
    profileRow(db, row.resident_id),
  ]);
  const view = { name: resident.name, idNumber: open(cipher, p?.id_number_sealed ?? null), disability: open(cipher, p?.disability_sealed ?? null) };
  await db
    .insertInto('sensitive_access_log')
    .values({ viewer_id: user.id, subject_id: row.resident_id, field: 'id_number,disability', purpose: `case ${requestId}`, at: new Date().toISOString() })
    .execute();
  return view;
}

export async function accessLog(db: Kysely<Database>): Promise<AccessLogEntry[]> {
  const rows = await db
    .selectFrom('sensitive_access_log')
    .innerJoin('users as v', 'v.id', 'sensitive_access_log.viewer_id')
    .innerJoin('users as s', 's.id', 'sensitive_access_log.subject_id')
    .select(['v.name as viewer', 's.name as subject', 'sensitive_access_log.field', 'sensitive_access_log.purpose', 'sensitive_access_log.at'])
    .orderBy('sensitive_access_log.id', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ viewerName: r.viewer, subjectName: r.subject, field: r.field, purpose: r.purpose, at: r.at }));
}

export async function exportData(db: Kysely<Database>, cipher: PiiCipher, user: SessionUser): Promise<ExportResponse> {
  const [me, p, requests, messages, links, forMe] = await Promise.all([
    db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow(),
    profileRow(db, user.id),
    db.selectFrom('requests').select(['id', 'kind', 'status', 'description', 'created_at']).where((eb) => eb.or([eb('resident_id', '=', user.id), eb('filed_by_id', '=', user.id)])).execute(),
    db.selectFrom('messages').select(['kind', 'body', 'created_at']).where('user_id', '=', user.id).execute(),
    db.selectFrom('family_links').innerJoin('users', 'users.id', 'family_links.member_id').select(['users.name', 'family_links.relation', 'family_links.status']).where('family_links.resident_id', '=', user.id).execute(),
    db.selectFrom('family_links').innerJoin('users', 'users.id', 'family_links.resident_id').select(['users.name', 'family_links.relation', 'family_links.status']).where('family_links.member_id', '=', user.id).execute(),
  ]);
  await db.insertInto('sensitive_access_log').values({ viewer_id: user.id, subject_id: user.id, field: 'export', purpose: 'data export by the resident', at: new Date().toISOString() }).execute();
  return {
    exportedAt: new Date().toISOString(),
    user: { id: me.id, name: me.name, phone: me.phone, roles: parseRoles(me.roles), villageId: me.village_id },
    profile: {
      name: me.name,
      idNumber: open(cipher, p?.id_number_sealed ?? null),
      disability: open(cipher, p?.disability_sealed ?? null),
      livesAlone: openYesNo(cipher, p?.lives_alone_sealed ?? null),
    },
    requests: requests.map((r) => ({ id: r.id, kind: r.kind, status: r.status, description: r.description, createdAt: r.created_at })),
    messages: messages.map((m) => ({ kind: m.kind, body: m.body, createdAt: m.created_at })),
    familyLinks: links.map((l) => ({ memberName: l.name, relation: l.relation, status: l.status })),
    actingForMe: forMe.map((l) => ({ actorName: l.name, relation: l.relation, status: l.status })),
  };
}
