// 一企一档, write side: supervisors keep the profile and add projects (each gets the seven milestones from 企业开办 to
// 投产); a milestone is updated by a supervisor or by the helper assigned to it, and the enterprise contact hears of it.
import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { MILESTONE_KINDS, type EnterpriseBody, type MessageKind, type MilestoneDocumentInput, type MilestoneUpdateBody, type ProjectBody } from '../../../../types';
import type { Database } from '../../db/schema';
import type { ProjectMilestonesTable } from '../../db/schema-quality';
import { AppError } from '../../lib/app-error';
import { parseRoles } from '../../lib/json';
import { bannerDate } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { isRealDay } from '../supervision/days';
import { loadEnterprise, parseDocuments } from './enterprises.view';

type Trx = Transaction<Database>;

/** The contact's account: an existing one (by phone) gains the 'enterprise' role, otherwise one is made. */
async function contactAccount(trx: Trx, phone: string, name: string): Promise<string> {
  const existing = await trx.selectFrom('users').select(['id', 'roles']).where('phone', '=', phone).executeTakeFirst();
  if (existing) {
    const roles = parseRoles(existing.roles);
    if (!roles.includes('enterprise')) await trx.updateTable('users').set({ roles: JSON.stringify([...roles, 'enterprise']) }).where('id', '=', existing.id).execute();
    return existing.id;
  }
  const id = `u-${crypto.randomUUID()}`;
  await trx.insertInto('users').values({ id, phone, name, roles: JSON.stringify(['enterprise']), village_id: null, wechat_openid: null, created_at: new Date().toISOString() }).execute();
  return id;
}

/** A former contact who no longer speaks for any enterprise loses the role (and with it the archive). */
async function dropRoleIfUnused(trx: Trx, userId: string): Promise<void> {
  const still = await trx.selectFrom('enterprises').select('id').where('contact_user_id', '=', userId).executeTakeFirst();
  if (still) return;
  const user = await trx.selectFrom('users').select('roles').where('id', '=', userId).executeTakeFirstOrThrow();
  await trx.updateTable('users').set({ roles: JSON.stringify(parseRoles(user.roles).filter((r) => r !== 'enterprise')) }).where('id', '=', userId).execute();
}

async function checkProfile(db: Kysely<Database>, body: EnterpriseBody, selfId: string | null): Promise<void> {
  const township = await db.selectFrom('townships').select('id').where('id', '=', body.townshipId).executeTakeFirst();
  if (!township) throw new AppError('VALIDATION_FAILED', 'no such township', 'townshipId');
  const clash = await db.selectFrom('enterprises').select('id').where('credit_code', '=', body.creditCode).executeTakeFirst();
  if (clash && clash.id !== selfId) throw new AppError('ALREADY_EXISTS', 'an enterprise with this credit code is already on file', 'creditCode');
}

const profile = (body: EnterpriseBody) => ({
  name: body.name.trim(),
  credit_code: body.creditCode,
  legal_person: body.legalPerson.trim(),
  industry: body.industry.trim(),
  township_id: body.townshipId,
  address: body.address.trim(),
  contact_name: body.contactName.trim(),
});

export async function createEnterprise(db: Kysely<Database>, body: EnterpriseBody): Promise<string> {
  await checkProfile(db, body, null);
  const id = `e-${crypto.randomUUID()}`;
  await db.transaction().execute(async (trx) => {
    const contactId = await contactAccount(trx, body.contactPhone, body.contactName.trim());
    await trx.insertInto('enterprises').values({ id, ...profile(body), contact_user_id: contactId, created_at: new Date().toISOString() }).execute();
  });
  return id;
}

export async function updateEnterprise(db: Kysely<Database>, user: SessionUser, id: string, body: EnterpriseBody): Promise<void> {
  const { row } = await loadEnterprise(db, user, id);
  await checkProfile(db, body, id);
  await db.transaction().execute(async (trx) => {
    const contactId = await contactAccount(trx, body.contactPhone, body.contactName.trim());
    await trx.updateTable('enterprises').set({ ...profile(body), contact_user_id: contactId }).where('id', '=', id).execute();
    if (contactId !== row.contact_user_id) await dropRoleIfUnused(trx, row.contact_user_id);
  });
}

export async function addProject(db: Kysely<Database>, user: SessionUser, enterpriseId: string, body: ProjectBody): Promise<void> {
  await loadEnterprise(db, user, enterpriseId);
  const id = `p-${crypto.randomUUID()}`;
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('enterprise_projects')
      .values({ id, enterprise_id: enterpriseId, name: body.name.trim(), investment: body.investment.trim(), site: body.site.trim(), description: body.description.trim(), created_at: at })
      .execute();
    await trx
      .insertInto('project_milestones')
      .values(MILESTONE_KINDS.map((kind, i) => ({ project_id: id, kind, seq: i + 1, status: 'not_started', helper_id: null, planned_on: null, started_on: null, completed_on: null, documents: '[]', note: null, updated_at: at })))
      .execute();
  });
}

interface StoredFile {
  id: string;
  mime: string;
  size: number;
}

/**
 * The files of the documents being saved. A file already on this milestone stays; a new one must be the caller's
 * own unused scan or photo (not a request's, not another milestone's). Removing a document just leaves it out.
 */
async function documentFiles(db: Kysely<Database>, user: SessionUser, milestoneId: number, storedJson: string, docs: readonly MilestoneDocumentInput[]): Promise<(StoredFile | null)[]> {
  const kept = new Map(parseDocuments(milestoneId, storedJson).flatMap((d) => (d.file ? [[d.file.id, { id: d.file.id, mime: d.file.mime, size: d.file.size }] as const] : [])));
  const ids = docs.flatMap((d) => (d.uploadId ? [d.uploadId] : []));
  if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION_FAILED', 'a file is attached twice', 'documents');
  const fresh = ids.filter((id) => !kept.has(id));
  const rows = fresh.length ? await db.selectFrom('uploads').select(['id', 'owner_id', 'kind', 'mime', 'size', 'request_id']).where('id', 'in', fresh).execute() : [];
  for (const id of fresh) {
    const row = rows.find((r) => r.id === id);
    const usable = row && row.owner_id === user.id && row.request_id === null && (row.kind === 'document' || row.kind === 'photo');
    // uploadIds are random UUIDs: a LIKE on the stored JSON finds another milestone holding the same file.
    const elsewhere = usable && (await db.selectFrom('project_milestones').select('id').where('documents', 'like', `%"${id}"%`).where('id', '!=', milestoneId).executeTakeFirst());
    if (!usable || elsewhere) throw new AppError('VALIDATION_FAILED', `upload ${id} is not one of your unused document scans or photos`, 'documents');
    kept.set(id, { id: row.id, mime: row.mime, size: row.size });
  }
  return docs.map((d) => (d.uploadId ? (kept.get(d.uploadId) ?? null) : null));
}

/** Dates that follow from the status: started when work begins, completed when done; never completed before started. */
function datesFor(current: Pick<ProjectMilestonesTable, 'status' | 'started_on' | 'completed_on'>, body: MilestoneUpdateBody, today: string) {
  const given: [string, string | null | undefined][] = [
    ['plannedOn', body.plannedOn],
    ['startedOn', body.startedOn],
    ['completedOn', body.completedOn],
    ...(body.documents ?? []).map((d): [string, string | undefined] => ['documents', d.issuedOn]),
  ];
  for (const [field, day] of given) if (day && !isRealDay(day)) throw new AppError('VALIDATION_FAILED', `${day} is not a real date`, field);
  const status = body.status ?? current.status;
  let started = body.startedOn === undefined ? current.started_on : body.startedOn;
  let completed = body.completedOn === undefined ? current.completed_on : body.completedOn;
  if (status === 'done') {
    completed ??= today;
    started ??= completed;
  } else if (body.completedOn) {
    throw new AppError('VALIDATION_FAILED', 'a completion date belongs to a milestone that is done', 'completedOn');
  } else {
    completed = null;
  }
  if (status === 'in_progress') started ??= today;
  if (started && started > today) throw new AppError('VALIDATION_FAILED', 'work cannot have started in the future', 'startedOn');
  if (completed && completed > today) throw new AppError('VALIDATION_FAILED', 'a milestone cannot be completed in the future', 'completedOn');
  if (started && completed && completed < started) throw new AppError('VALIDATION_FAILED', 'completed before it started', 'completedOn');
  return { status, started_on: started, completed_on: completed };
}

/** A document's file, for whoever may read the archive (supervisors, the contact, a helper holding a milestone there). */
export async function milestoneFile(db: Kysely<Database>, user: SessionUser, milestoneId: number, fileId: string) {
  const milestone = await db
    .selectFrom('project_milestones')
    .innerJoin('enterprise_projects', 'enterprise_projects.id', 'project_milestones.project_id')
    .select(['project_milestones.documents', 'enterprise_projects.enterprise_id'])
    .where('project_milestones.id', '=', milestoneId)
    .executeTakeFirst();
  if (!milestone) throw new AppError('NOT_FOUND', 'no such milestone');
  await loadEnterprise(db, user, milestone.enterprise_id);
  const listed = parseDocuments(milestoneId, milestone.documents).some((d) => d.file?.id === fileId);
  const row = listed ? await db.selectFrom('uploads').select(['storage_path', 'mime']).where('id', '=', fileId).executeTakeFirst() : undefined;
  if (!row) throw new AppError('NOT_FOUND', 'no such file');
  return row;
}

export async function updateMilestone(db: Kysely<Database>, user: SessionUser, milestoneId: number, body: MilestoneUpdateBody): Promise<string> {
  const current = await db
    .selectFrom('project_milestones')
    .innerJoin('enterprise_projects', 'enterprise_projects.id', 'project_milestones.project_id')
    .selectAll('project_milestones')
    .select('enterprise_projects.enterprise_id')
    .where('project_milestones.id', '=', milestoneId)
    .executeTakeFirst();
  if (!current) throw new AppError('NOT_FOUND', 'no such milestone');
  const { row, access } = await loadEnterprise(db, user, current.enterprise_id);
  // The contact follows progress; a helper works only the milestone assigned to them; supervisors do everything.
  const mayEdit = access === 'supervisor' || (access === 'helper' && current.helper_id === user.id);
  if (!mayEdit) throw new AppError(access === 'helper' ? 'NOT_FOUND' : 'FORBIDDEN', access === 'helper' ? 'no such milestone' : 'only the service centre updates milestones', undefined, access === 'helper');
  if (body.helperId !== undefined && access !== 'supervisor') throw new AppError('FORBIDDEN', 'only a supervisor assigns milestones');
  if (body.helperId) {
    const helper = await db.selectFrom('helpers').select('user_id').where('user_id', '=', body.helperId).executeTakeFirst();
    if (!helper) throw new AppError('VALIDATION_FAILED', 'no such helper or grid worker', 'helperId');
  }
  const at = new Date().toISOString();
  const dates = datesFor(current, body, bannerDate());
  const files = body.documents ? await documentFiles(db, user, milestoneId, current.documents, body.documents) : [];
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('project_milestones')
      .set({
        ...dates,
        ...(body.helperId !== undefined ? { helper_id: body.helperId } : {}),
        ...(body.plannedOn !== undefined ? { planned_on: body.plannedOn } : {}),
        ...(body.note !== undefined ? { note: body.note.trim() || null } : {}),
        ...(body.documents
          ? { documents: JSON.stringify(body.documents.map((d, i) => ({ name: d.name.trim(), number: d.number?.trim() || null, issuedOn: d.issuedOn ?? null, file: files[i] ?? null }))) }
          : {}),
        updated_at: at,
      })
      .where('id', '=', milestoneId)
      .execute();
    const messages: { user_id: string; kind: MessageKind; body: string }[] = [];
    if (body.helperId && body.helperId !== current.helper_id) messages.push({ user_id: body.helperId, kind: 'milestone_assigned', body: `${row.id}|${current.kind}` });
    if (dates.status !== current.status) messages.push({ user_id: row.contact_user_id, kind: 'milestone', body: `${row.id}|${current.kind}|${dates.status}` });
    if (messages.length) await trx.insertInto('messages').values(messages.map((m) => ({ ...m, request_id: null, created_at: at, read_at: null }))).execute();
  });
  return current.enterprise_id;
}
