// One request as its people see it: timeline, helper to call, deadline in working days, materials and 容缺 dates,
// booking, voice note, 告知承诺 signature, call attempts, the dispatch plan.
//
// Read in one prepared statement (request-detail.queries.ts): the row the access check needs, with the request's
// records beside it as JSON. Nothing of it is answered before the caller is known to be allowed to see the request;
// the workbench records are read only when the row says there are any.
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
import { toVisitPlanView } from '../../dispatch/plan-store';
import { parseStringList } from '../../lib/json';
import { bannerDate, workingDaysBetween } from '../../lib/working-days';
import type { SessionUser } from '../../plugins/auth';
import { toUploadView } from '../uploads/uploads.service';
import { ledgerOf } from '../workbench/handover-money';
import { workbenchRecords, type WorkbenchRecords } from '../workbench/workbench-records';
import * as q from './request-detail.queries';
import { isGenericTransition, toSummary, visibleTo } from './requests.service';
import { timelineNoteCode } from './timeline-notes';

/** What a case without check-ins, welfare steps, authorisations, hand-overs or family contacts shows of them. */
const NO_WORKBENCH_RECORDS: WorkbenchRecords = { checkIns: [], welfareSteps: [], authorisations: [], handovers: [], emergencyContacts: [] };

export async function getDetail(db: Kysely<Database>, user: SessionUser, id: string): Promise<RequestDetail> {
  const { row, relation } = await visibleTo(db, user, id, await q.caseRow.first(db, { id }));
  const timeline = q.parsedJson(row.timeline_json);
  const materials = q.parsedJson(row.materials_json);
  const uploads = q.parsedJson(row.uploads_json);
  const attempts = q.parsedJson(row.attempts_json);
  const slot = q.parsedJson(row.slot_json);
  const planRow = q.parsedJson(row.plan_json);
  const records = row.has_workbench_records ? await workbenchRecords(db, id, row.resident_id, relation, uploads) : NO_WORKBENCH_RECORDS;
  const status = row.status as RequestStatus;
  const staff = relation === 'helper' || relation === 'supervisor';
  const upload = (uploadId: string | null) => {
    const found = uploadId ? uploads.find((u) => u.id === uploadId) : undefined;
    return found ? toUploadView(found) : null;
  };
  return {
    ...toSummary(row),
    resident: { id: row.resident_id, name: row.resident_name ?? '' },
    filedBy: { id: row.filed_by_id, name: row.filer_name ?? '' },
    helper:
      row.helper_user_id !== null && row.helper_name !== null
        ? {
            id: row.helper_user_id,
            name: row.helper_name,
            kind: row.helper_kind as HelperKind,
            phone: row.helper_phone ?? '',
            languages: parseStringList(row.helper_languages ?? '[]') as LanguageCode[],
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
      ...timelineNoteCode(t.note_key, t.note_params),
    })),
    nextStatuses: relation ? allowedTransitions(status, relation).filter((to) => isGenericTransition(status, to)) : [],
    legalDeadline: row.legal_deadline
      ? { date: row.legal_deadline, workingDaysLeft: workingDaysBetween(bannerDate(), row.legal_deadline) }
      : null,
    materials: materials.map((m) => ({
      name: m.name,
      form: m.form as MaterialForm,
      status: m.status as MaterialStatus,
      supplyBy: m.supply_by,
      uploads: parseStringList(m.upload_ids).flatMap((uid) => {
        const view = upload(uid);
        return view ? [view] : [];
      }),
    })),
    booking: slot
      ? { day: slot.day, start: slot.start_time, end: slot.end_time, place: null }
      : row.agency_day !== null && row.agency_place !== null
        ? { day: row.agency_day, start: row.agency_start ?? '09:00', end: row.agency_end ?? '17:00', place: row.agency_place }
        : null,
    landmark: row.landmark,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    voiceNote: upload(row.voice_note_id),
    commitmentSignature: upload(row.commitment_signature_id),
    callAttempts: attempts.map((a) => ({ outcome: a.outcome as CallOutcome, note: a.note, at: a.at, helperName: a.name })),
    escalated: row.escalated_at !== null,
    urgencyAsked: row.urgency_asked_at !== null,
    departmentCaseNo: row.department_case_no,
    ...records,
    moneyLedger: records.handovers.some((h) => h.money) ? ledgerOf(records.handovers) : null,
    residentPhone: staff ? row.resident_phone : null,
    awaitingResidentConfirmation: row.confirmation_request_id !== null && row.confirmed_at === null,
    // The dispatch plan, its row read in this batch.
    visitPlan: planRow ? toVisitPlanView(planRow, { status, kind: row.kind }, relation === 'supervisor') : null,
  };
}
