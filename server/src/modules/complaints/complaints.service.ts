// 办不成事: "I could not get this done", from the resident or from someone acting for them, about a case or not.
// A supervisor triages it with a deadline in working days and answers; the resident sees the answer.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ComplaintAnswerBody, ComplaintBody, ComplaintStatus, ComplaintTriageBody, ComplaintView } from '../../../../types';
import type { Database } from '../../db/schema';
import type { ComplaintsTable } from '../../db/schema-quality';
import { AppError } from '../../lib/app-error';
import { addWorkingDays, bannerDate } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { mayActFor } from '../family/family.service';
import { loadVisible } from '../requests/requests.service';
import { deadlineStanding } from '../supervision/deadline-state';
import { notifySupervisors } from '../supervision/supervisors';

const isStaff = (user: SessionUser) => user.roles.some((r) => r === 'helper' || r === 'grid_worker' || r === 'supervisor');

function complaintQuery(db: Kysely<Database>) {
  return db
    .selectFrom('complaints')
    .innerJoin('users as resident', 'resident.id', 'complaints.resident_id')
    .innerJoin('users as filer', 'filer.id', 'complaints.filed_by_id')
    .selectAll('complaints')
    .select(['resident.name as resident_name', 'filer.name as filer_name']);
}
type Row = ComplaintsTable & { resident_name: string; filer_name: string };

function toView(row: Row, today: string): ComplaintView {
  const open = row.status !== 'answered';
  const standing = deadlineStanding(today, row.deadline);
  return {
    id: row.id,
    resident: { id: row.resident_id, name: row.resident_name },
    filedBy: { id: row.filed_by_id, name: row.filer_name },
    requestId: row.request_id,
    description: row.description,
    status: row.status as ComplaintStatus,
    createdAt: row.created_at,
    deadline: standing.legalDeadline,
    deadlineState: open ? standing.state : 'none',
    triageNote: row.triage_note,
    triagedAt: row.triaged_at,
    answer: row.answer,
    resolved: row.resolved === null ? null : row.resolved === 1,
    answeredAt: row.answered_at,
    answeredOnTime: row.answered_at && row.deadline ? bannerDate(new Date(row.answered_at)) <= row.deadline : null,
  };
}

const maySee = (row: Pick<Row, 'resident_id' | 'filed_by_id'>, user: SessionUser) =>
  user.roles.includes('supervisor') || row.resident_id === user.id || row.filed_by_id === user.id;

export async function getComplaint(db: Kysely<Database>, user: SessionUser, id: string): Promise<ComplaintView> {
  const row = await complaintQuery(db).where('complaints.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'no such report');
  if (!maySee(row, user)) throw new AppError('NOT_FOUND', 'no such report', undefined, true);
  return toView(row, bannerDate());
}

export async function listComplaints(db: Kysely<Database>, user: SessionUser, status?: ComplaintStatus): Promise<ComplaintView[]> {
  let query = complaintQuery(db);
  if (!user.roles.includes('supervisor')) {
    query = query.where((eb) => eb.or([eb('complaints.resident_id', '=', user.id), eb('complaints.filed_by_id', '=', user.id)]));
  }
  if (status) query = query.where('complaints.status', '=', status);
  const rows = await query.orderBy('complaints.created_at', 'desc').limit(500).execute();
  const today = bannerDate();
  return rows.map((r) => toView(r, today));
}

/** For whom: oneself; a confirmed family member; or any resident when a helper, grid worker or supervisor reports for them. */
async function residentFor(db: Kysely<Database>, user: SessionUser, forUserId: string | undefined): Promise<string> {
  if (!forUserId || forUserId === user.id) return user.id;
  if (await mayActFor(db, user.id, forUserId)) return forUserId;
  if (!isStaff(user)) throw new AppError('FORBIDDEN', 'you may only report for yourself or a family member who has confirmed');
  const exists = await db.selectFrom('users').select('id').where('id', '=', forUserId).executeTakeFirst();
  if (!exists) throw new AppError('VALIDATION_FAILED', 'no such resident', 'forUserId');
  return forUserId;
}

export async function fileComplaint(db: Kysely<Database>, user: SessionUser, body: ComplaintBody): Promise<ComplaintView> {
  const residentId = await residentFor(db, user, body.forUserId);
  if (body.requestId) {
    // The case must be one the reporter may see, and it must be the resident's own.
    const { row } = await loadVisible(db, user, body.requestId);
    if (row.resident_id !== residentId) throw new AppError('VALIDATION_FAILED', 'this case is not the resident’s', 'requestId');
  }
  const id = `c-${crypto.randomUUID()}`;
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('complaints')
      .values({
        id,
        resident_id: residentId,
        filed_by_id: user.id,
        request_id: body.requestId ?? null,
        description: body.description.trim(),
        status: 'submitted',
        created_at: at,
        deadline: null,
        triage_note: null,
        triaged_at: null,
        triaged_by: null,
        answer: null,
        resolved: null,
        answered_at: null,
        answered_by: null,
      })
      .execute();
    await notifySupervisors(trx, 'complaint', id, body.requestId ?? null, at);
  });
  return getComplaint(db, user, id);
}

async function update(db: Kysely<Database>, user: SessionUser, id: string, from: ComplaintStatus[], set: Partial<ComplaintsTable>, message: string): Promise<ComplaintView> {
  const row = await complaintQuery(db).where('complaints.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'no such report');
  if (!from.includes(row.status as ComplaintStatus)) throw new AppError('INVALID_TRANSITION', `this report is ${row.status}`);
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('complaints').set(set).where('id', '=', id).where('status', '=', row.status).executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new AppError('INVALID_TRANSITION', 'the report changed meanwhile; reload and try again');
    const recipients = [...new Set([row.resident_id, row.filed_by_id])];
    await trx
      .insertInto('messages')
      .values(recipients.map((userId) => ({ user_id: userId, request_id: row.request_id, kind: 'complaint', body: `${id}|${message}`, created_at: at, read_at: null })))
      .execute();
  });
  return getComplaint(db, user, id);
}

/** Triage sets (or, while open, moves) the deadline: n working days from today in banner time. */
export function triage(db: Kysely<Database>, user: SessionUser, id: string, body: ComplaintTriageBody, now: Date = new Date()): Promise<ComplaintView> {
  const deadline = addWorkingDays(bannerDate(now), body.dueWorkingDays);
  return update(
    db,
    user,
    id,
    ['submitted', 'in_progress'],
    { status: 'in_progress', deadline, triage_note: body.note.trim(), triaged_at: now.toISOString(), triaged_by: user.id },
    'in_progress',
  );
}

export function answer(db: Kysely<Database>, user: SessionUser, id: string, body: ComplaintAnswerBody): Promise<ComplaintView> {
  return update(
    db,
    user,
    id,
    ['in_progress'],
    { status: 'answered', answer: body.answer.trim(), resolved: body.resolved ? 1 : 0, answered_at: new Date().toISOString(), answered_by: user.id },
    'answered',
  );
}
