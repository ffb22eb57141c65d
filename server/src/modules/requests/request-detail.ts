// One request as its people see it: timeline, helper to call, deadline in working days, materials and 容缺 dates,
// booking, voice note, 告知承诺 signature, call attempts.
import type { Kysely } from 'kysely';
import {
  allowedTransitions,
  type Actor,
  type CallOutcome,
  type HelperKind,
  type LanguageCode,
  type MaterialForm,
  type MaterialStatus,
  type RequestDetail,
  type RequestStatus,
} from '../../../../types';
import type { Database } from '../../db/schema';
import { parseStringList } from '../../lib/json';
import { bannerDate, workingDaysBetween } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { toUploadView } from '../uploads/uploads.service';
import { workbenchRecords } from '../workbench/workbench-records';
import { loadVisitPlan } from '../../dispatch/plan-store';
import * as repo from './requests.repository';
import { isGenericTransition, loadVisible, toSummary } from './requests.service';

async function extras(db: Kysely<Database>, id: string) {
  const [request, materials, uploads, attempts, slot, agency] = await Promise.all([
    db
      .selectFrom('requests')
      .select([
        'legal_deadline',
        'landmark',
        'lat',
        'lng',
        'voice_note_id',
        'commitment_signature_id',
        'slot_id',
        'agency_visit_id',
        'escalated_at',
        'department_case_no',
      ])
      .where('id', '=', id)
      .executeTakeFirstOrThrow(),
    db.selectFrom('request_materials').selectAll().where('request_id', '=', id).orderBy('id').execute(),
    db.selectFrom('uploads').selectAll().where('request_id', '=', id).execute(),
    db
      .selectFrom('call_attempts')
      .innerJoin('users', 'users.id', 'call_attempts.helper_id')
      .select(['call_attempts.outcome', 'call_attempts.note', 'call_attempts.at', 'users.name'])
      .where('call_attempts.request_id', '=', id)
      .orderBy('call_attempts.id')
      .execute(),
    db.selectFrom('slots').selectAll().where('request_id', '=', id).executeTakeFirst(),
    db
      .selectFrom('agency_visits')
      .innerJoin('requests', 'requests.agency_visit_id', 'agency_visits.id')
      .select(['agency_visits.day', 'agency_visits.place'])
      .where('requests.id', '=', id)
      .executeTakeFirst(),
  ]);
  return { request, materials, uploads, attempts, slot, agency };
}

export async function getDetail(db: Kysely<Database>, user: SessionUser, id: string): Promise<RequestDetail> {
  const { row, relation } = await loadVisible(db, user, id);
  const [timeline, names, helper, more, records, visitPlan] = await Promise.all([
    repo.listTimeline(db, id),
    repo.findUserNames(db, [row.resident_id, row.filed_by_id]),
    row.helper_id ? repo.findHelperContact(db, row.helper_id) : Promise.resolve(undefined),
    extras(db, id),
    workbenchRecords(db, id, row.resident_id, relation),
    loadVisitPlan(db, { id, status: row.status as RequestStatus, kind: row.kind, helperId: row.helper_id }, relation === 'supervisor'),
  ]);
  const nameOf = (uid: string) => names.find((n) => n.id === uid)?.name ?? '';
  const pending = await db.selectFrom('resident_confirmations').select('confirmed_at').where('request_id', '=', id).executeTakeFirst();
  const residentRow = relation === 'helper' || relation === 'supervisor'
    ? await db.selectFrom('users').select('phone').where('id', '=', row.resident_id).executeTakeFirst()
    : undefined;
  const status = row.status as RequestStatus;
  const upload = (uploadId: string | null) => {
    const found = uploadId ? more.uploads.find((u) => u.id === uploadId) : undefined;
    return found ? toUploadView(found) : null;
  };
  const { request } = more;
  return {
    ...toSummary(row),
    resident: { id: row.resident_id, name: nameOf(row.resident_id) },
    filedBy: { id: row.filed_by_id, name: nameOf(row.filed_by_id) },
    helper: helper
      ? { id: helper.id, name: helper.name, kind: helper.kind as HelperKind, phone: helper.phone ?? '', languages: parseStringList(helper.languages) as LanguageCode[] }
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
    legalDeadline: request.legal_deadline
      ? { date: request.legal_deadline, workingDaysLeft: workingDaysBetween(bannerDate(), request.legal_deadline) }
      : null,
    materials: more.materials.map((m) => ({
      name: m.name,
      form: m.form as MaterialForm,
      status: m.status as MaterialStatus,
      supplyBy: m.supply_by,
      uploads: parseStringList(m.upload_ids).flatMap((uid) => {
        const view = upload(uid);
        return view ? [view] : [];
      }),
    })),
    booking: more.slot
      ? { day: more.slot.day, start: more.slot.start_time, end: more.slot.end_time, place: null }
      : more.agency
        ? { day: more.agency.day, start: '09:00', end: '17:00', place: more.agency.place }
        : null,
    landmark: request.landmark,
    location: request.lat !== null && request.lng !== null ? { lat: request.lat, lng: request.lng } : null,
    voiceNote: upload(request.voice_note_id),
    commitmentSignature: upload(request.commitment_signature_id),
    callAttempts: more.attempts.map((a) => ({ outcome: a.outcome as CallOutcome, note: a.note, at: a.at, helperName: a.name })),
    escalated: request.escalated_at !== null,
    departmentCaseNo: request.department_case_no,
    ...records,
    residentPhone: relation === 'helper' || relation === 'supervisor' ? (residentRow?.phone ?? null) : null,
    awaitingResidentConfirmation: Boolean(pending && pending.confirmed_at === null),
    visitPlan,
  };
}
