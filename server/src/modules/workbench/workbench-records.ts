// The workbench records of one request as views: check-ins, welfare steps, authorisations, hand-overs, and the
// resident's emergency contacts (their confirmed family members) for the helper and staff.
import type { Kysely } from 'kysely';
import type {
  Actor,
  AuthorisationKind,
  AuthorisationView,
  CheckInView,
  EmergencyContact,
  HandoverItem,
  HandoverKind,
  HandoverView,
  UploadView,
  WelfareOutcome,
  WelfareStep,
  WelfareStepView,
} from '../../../../types';
import type { Database } from '../../db/schema';
import { parseStringList } from '../../lib/json';
import { toUploadView } from '../uploads/uploads.service';

export interface WorkbenchRecords {
  checkIns: CheckInView[];
  welfareSteps: WelfareStepView[];
  authorisations: AuthorisationView[];
  handovers: HandoverView[];
  emergencyContacts: EmergencyContact[];
}

export async function workbenchRecords(db: Kysely<Database>, requestId: string, residentId: string, relation: Actor | null): Promise<WorkbenchRecords> {
  const [checkIns, welfare, auths, handovers, uploads, family] = await Promise.all([
    db.selectFrom('check_ins').selectAll().where('request_id', '=', requestId).orderBy('id').execute(),
    db
      .selectFrom('welfare_steps')
      .innerJoin('users', 'users.id', 'welfare_steps.helper_id')
      .select(['welfare_steps.step', 'welfare_steps.outcome', 'welfare_steps.note', 'welfare_steps.at', 'users.name'])
      .where('welfare_steps.request_id', '=', requestId)
      .orderBy('welfare_steps.id')
      .execute(),
    db.selectFrom('authorisations').selectAll().where('request_id', '=', requestId).orderBy('at').execute(),
    db
      .selectFrom('handovers')
      .innerJoin('users', 'users.id', 'handovers.recorded_by')
      .selectAll('handovers')
      .select('users.name as recorder')
      .where('handovers.request_id', '=', requestId)
      .orderBy('handovers.at')
      .execute(),
    db.selectFrom('uploads').selectAll().where('request_id', '=', requestId).execute(),
    relation === 'helper' || relation === 'supervisor'
      ? db
          .selectFrom('family_links')
          .innerJoin('users', 'users.id', 'family_links.resident_id')
          .select(['users.name', 'users.phone', 'family_links.relation'])
          .where('family_links.member_id', '=', residentId)
          .where('family_links.status', '=', 'confirmed')
          .execute()
      : Promise.resolve([]),
  ]);
  const upload = (id: string | null): UploadView | null => {
    const row = id ? uploads.find((u) => u.id === id) : undefined;
    return row ? toUploadView(row) : null;
  };
  return {
    checkIns: checkIns.map((c) => ({
      at: c.at,
      location: c.lat !== null && c.lng !== null ? { lat: c.lat, lng: c.lng } : null,
      distanceKm: c.distance_km,
      far: c.far === 1,
    })),
    welfareSteps: welfare.map((w) => ({ step: w.step as WelfareStep, outcome: w.outcome as WelfareOutcome, note: w.note, at: w.at, helperName: w.name })),
    authorisations: auths.flatMap((a) => {
      const residentSignature = upload(a.resident_signature_id);
      const helperSignature = upload(a.helper_signature_id);
      return residentSignature && helperSignature
        ? [{ id: a.id, kind: a.kind as AuthorisationKind, letter: a.letter, residentSignature, helperSignature, sha256: a.sha256, at: a.at }]
        : [];
    }),
    handovers: handovers.map((h) => ({
      id: h.id,
      kind: h.kind as HandoverKind,
      fromParty: h.from_party,
      toParty: h.to_party,
      items: JSON.parse(h.items) as HandoverItem[],
      photos: parseStringList(h.photo_ids).flatMap((id) => {
        const view = upload(id);
        return view ? [view] : [];
      }),
      fromSignature: upload(h.from_signature_id),
      toSignature: upload(h.to_signature_id),
      trackingNo: h.tracking_no,
      place: h.place,
      location: h.lat !== null && h.lng !== null ? { lat: h.lat, lng: h.lng } : null,
      at: h.at,
      recordedBy: h.recorder,
    })),
    emergencyContacts: family.map((f) => ({ name: f.name, relation: f.relation, phone: f.phone ?? '' })),
  };
}
