// 一企一档, read side: who may see which enterprise, and the archive as one document (profile, projects, milestones).
import type { Kysely, Selectable } from 'kysely';
import type { ArchiveAccess, EnterpriseArchive, EnterpriseSummary, MilestoneDocument, MilestoneFile, MilestoneKind, MilestoneStatus, MilestoneView, MyMilestoneView } from '../../../../types';
import { MILESTONE_NAMES } from '../../../../types';
import type { Database } from '../../db/schema';
import type { EnterprisesTable, ProjectMilestonesTable } from '../../db/schema-quality';
import { AppError } from '../../lib/app-error';
import { maskPhone } from '../../lib/json';
import type { SessionUser } from '../../plugins/auth';

export type Access = ArchiveAccess;

/** Supervisors see every enterprise; the contact sees their own; a helper sees those where they hold a milestone. */
export async function accessTo(db: Kysely<Database>, user: SessionUser, enterprise: Pick<EnterprisesTable, 'id' | 'contact_user_id'>): Promise<Access | null> {
  if (user.roles.includes('supervisor')) return 'supervisor';
  if (enterprise.contact_user_id === user.id) return 'contact';
  const held = await db
    .selectFrom('project_milestones')
    .innerJoin('enterprise_projects', 'enterprise_projects.id', 'project_milestones.project_id')
    .select('project_milestones.id')
    .where('enterprise_projects.enterprise_id', '=', enterprise.id)
    .where('project_milestones.helper_id', '=', user.id)
    .executeTakeFirst();
  return held ? 'helper' : null;
}

export async function loadEnterprise(db: Kysely<Database>, user: SessionUser, id: string) {
  const row = await db.selectFrom('enterprises').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'no such enterprise');
  const access = await accessTo(db, user, row);
  if (!access) throw new AppError('NOT_FOUND', 'no such enterprise', undefined, true);
  return { row, access };
}

/** The stored file of a document: { id, mime, size } (see enterprises.service). */
function parseFile(milestoneId: number, value: unknown): MilestoneFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const f = value as Record<string, unknown>;
  if (typeof f.id !== 'string' || typeof f.mime !== 'string' || typeof f.size !== 'number') return null;
  return { id: f.id, mime: f.mime, size: f.size, url: milestoneFileUrl(milestoneId, f.id) };
}

export const milestoneFileUrl = (milestoneId: number, fileId: string) => `/api/enterprise-milestones/${milestoneId}/files/${encodeURIComponent(fileId)}`;

export function parseDocuments(milestoneId: number, text: string): MilestoneDocument[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((d: Record<string, unknown>) =>
    typeof d.name === 'string'
      ? [{ name: d.name, number: typeof d.number === 'string' ? d.number : null, issuedOn: typeof d.issuedOn === 'string' ? d.issuedOn : null, file: parseFile(milestoneId, d.file) }]
      : [],
  );
}

type MilestoneRow = Selectable<ProjectMilestonesTable> & { helper_name: string | null };

function milestoneView(m: MilestoneRow): MilestoneView {
  return {
    id: Number(m.id),
    kind: m.kind as MilestoneKind,
    name: MILESTONE_NAMES[m.kind as MilestoneKind],
    status: m.status as MilestoneStatus,
    helper: m.helper_id && m.helper_name ? { id: m.helper_id, name: m.helper_name } : null,
    plannedOn: m.planned_on,
    startedOn: m.started_on,
    completedOn: m.completed_on,
    documents: parseDocuments(m.id, m.documents),
    note: m.note,
    updatedAt: m.updated_at,
  };
}

/** The milestones assigned to the caller (a helper's own work), oldest enterprise first, in milestone order. */
export async function myMilestones(db: Kysely<Database>, user: SessionUser): Promise<MyMilestoneView[]> {
  const rows = await db
    .selectFrom('project_milestones')
    .innerJoin('enterprise_projects', 'enterprise_projects.id', 'project_milestones.project_id')
    .innerJoin('enterprises', 'enterprises.id', 'enterprise_projects.enterprise_id')
    .leftJoin('users', 'users.id', 'project_milestones.helper_id')
    .selectAll('project_milestones')
    .select(['users.name as helper_name', 'enterprises.id as enterprise_id', 'enterprises.name as enterprise_name', 'enterprise_projects.name as project_name'])
    .where('project_milestones.helper_id', '=', user.id)
    .orderBy('enterprises.name')
    .orderBy('enterprise_projects.created_at')
    .orderBy('project_milestones.seq')
    .limit(500)
    .execute();
  return rows.map((m) => ({ ...milestoneView(m), enterpriseId: m.enterprise_id, enterpriseName: m.enterprise_name, projectName: m.project_name }));
}

export async function archive(db: Kysely<Database>, user: SessionUser, id: string): Promise<EnterpriseArchive> {
  const { row, access } = await loadEnterprise(db, user, id);
  return readArchive(db, row, access);
}

/** The archive of an enterprise already loaded, as `access` may see it (the caller decided who may). */
export async function readArchive(db: Kysely<Database>, row: Selectable<EnterprisesTable>, access: Access): Promise<EnterpriseArchive> {
  const id = row.id;
  const [township, contact, projects, milestones] = await Promise.all([
    db.selectFrom('townships').select('name').where('id', '=', row.township_id).executeTakeFirstOrThrow(),
    db.selectFrom('users').select('phone').where('id', '=', row.contact_user_id).executeTakeFirst(),
    db.selectFrom('enterprise_projects').selectAll().where('enterprise_id', '=', id).orderBy('created_at').orderBy('id').execute(),
    db
      .selectFrom('project_milestones')
      .innerJoin('enterprise_projects', 'enterprise_projects.id', 'project_milestones.project_id')
      .leftJoin('users', 'users.id', 'project_milestones.helper_id')
      .selectAll('project_milestones')
      .select('users.name as helper_name')
      .where('enterprise_projects.enterprise_id', '=', id)
      .orderBy('project_milestones.seq')
      .execute(),
  ]);
  const phone = contact?.phone ?? null;
  return {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    legalPerson: row.legal_person,
    industry: row.industry,
    townshipId: row.township_id,
    townshipName: township.name,
    address: row.address,
    contactName: row.contact_name,
    // Helpers work with the enterprise but call it through the service centre's records, not a copied number.
    contactPhone: access === 'helper' ? maskPhone(phone) : phone,
    createdAt: row.created_at,
    projects: projects.map((p) => {
      const own: MilestoneView[] = milestones
        .filter((m) => m.project_id === p.id)
        .map(milestoneView);
      return {
        id: p.id,
        name: p.name,
        investment: p.investment,
        site: p.site,
        description: p.description,
        createdAt: p.created_at,
        milestones: own,
        done: own.filter((m) => m.status === 'done').length,
        total: own.length,
      };
    }),
    access,
  };
}

export async function listEnterprises(db: Kysely<Database>, user: SessionUser): Promise<EnterpriseSummary[]> {
  let query = db
    .selectFrom('enterprises')
    .innerJoin('townships', 'townships.id', 'enterprises.township_id')
    .select(['enterprises.id', 'enterprises.name', 'enterprises.credit_code', 'enterprises.industry', 'enterprises.contact_name', 'townships.name as township_name']);
  if (!user.roles.includes('supervisor')) {
    query = query.where((eb) =>
      eb.or([
        eb('enterprises.contact_user_id', '=', user.id),
        eb(
          'enterprises.id',
          'in',
          eb
            .selectFrom('project_milestones')
            .innerJoin('enterprise_projects', 'enterprise_projects.id', 'project_milestones.project_id')
            .select('enterprise_projects.enterprise_id')
            .where('project_milestones.helper_id', '=', user.id),
        ),
      ]),
    );
  }
  const rows = await query.orderBy('enterprises.name').limit(500).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [projects, milestones] = await Promise.all([
    db.selectFrom('enterprise_projects').select(['id', 'enterprise_id']).where('enterprise_id', 'in', ids).execute(),
    db
      .selectFrom('project_milestones')
      .innerJoin('enterprise_projects', 'enterprise_projects.id', 'project_milestones.project_id')
      .select(['enterprise_projects.enterprise_id', 'project_milestones.status'])
      .where('enterprise_projects.enterprise_id', 'in', ids)
      .execute(),
  ]);
  return rows.map((r) => {
    const own = milestones.filter((m) => m.enterprise_id === r.id);
    return {
      id: r.id,
      name: r.name,
      creditCode: r.credit_code,
      industry: r.industry,
      townshipName: r.township_name,
      contactName: r.contact_name,
      projects: projects.filter((p) => p.enterprise_id === r.id).length,
      milestonesDone: own.filter((m) => m.status === 'done').length,
      milestonesTotal: own.length,
    };
  });
}
