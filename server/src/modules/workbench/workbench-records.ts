// The workbench records of one request as views: check-ins, welfare steps, authorisations, hand-overs, and the
// resident's emergency contacts (their confirmed family members) for the helper and staff.
import { parseMoney } from './handover-money';
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
import { prepareQuery } from '../../db/prepared';
import type { Database, UploadsTable } from '../../db/schema';
import { parseStringList } from '../../lib/json';
import { toUploadView } from '../uploads/uploads.service';

type ById = { id: string };

const checkIns = prepareQuery((db, a: ById) => db.selectFrom('check_ins').selectAll().where('request_id', '=', a.id).orderBy('id'));

const welfareSteps = prepareQuery((db, a: ById) =>
  db
    .selectFrom('welfare_steps')
    .innerJoin('users', 'users.id', 'welfare_steps.helper_id')
    .select(['welfare_steps.step', 'welfare_steps.outcome', 'welfare_steps.note', 'welfare_steps.at', 'users.name'])
    .where('welfare_steps.request_id', '=', a.id)
    .orderBy('welfare_steps.id'),
);

const authorisations = prepareQuery((db, a: ById) =>
  db.selectFrom('authorisations').selectAll().where('request_id', '=', a.id).orderBy('at'),
);

const handovers = prepareQuery((db, a: ById) =>
  db
    .selectFrom('handovers')
    .innerJoin('users', 'users.id', 'handovers.recorded_by')
    .selectAll('handovers')
    .select('users.name as recorder')
    .where('handovers.request_id', '=', a.id)
    .orderBy('handovers.at'),
);

/** The resident's confirmed family members: their emergency contacts, for the helper and staff only. */
const familyContacts = prepareQuery((db, a: { residentId: string }) =>
  db
    .selectFrom('family_links')
    .innerJoin('users', 'users.id', 'family_links.resident_id')
    .select(['users.name', 'users.phone', 'family_links.relation'])
    .where('family_links.member_id', '=', a.residentId)
    .where('family_links.status', '=', 'confirmed'),
);

export interface WorkbenchRecords {
  checkIns: CheckInView[];
  welfareSteps: WelfareStepView[];
  authorisations: AuthorisationView[];
  handovers: HandoverView[];
  emergencyContacts: EmergencyContact[];
}

/** `uploads` are the request's files, already read by the caller for its own part of the page. */
export async function workbenchRecords(
  db: Kysely<Database>,
  requestId: string,
  residentId: string,
  relation: Actor | null,
  uploads: readonly UploadsTable[],
): Promise<WorkbenchRecords> {
  const byId = { id: requestId };
  const [checkInRows, welfare, auths, handoverRows, family] = await Promise.all([
    checkIns.all(db, byId),
    welfareSteps.all(db, byId),
    authorisations.all(db, byId),
    handovers.all(db, byId),
    relation === 'helper' || relation === 'supervisor' ? familyContacts.all(db, { residentId }) : Promise.resolve([]),
  ]);
  const upload = (id: string | null): UploadView | null => {
    const row = id ? uploads.find((u) => u.id === id) : undefined;
    return row ? toUploadView(row) : null;
  };
  return {
    checkIns: checkInRows.map((c) => ({
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
    handovers: handoverRows.map((h) => ({
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
      money: parseMoney(h.money),
      place: h.place,
      location: h.lat !== null && h.lng !== null ? { lat: h.lat, lng: h.lng } : null,
      at: h.at,
      recordedBy: h.recorder,
    })),
    emergencyContacts: family.map((f) => ({ name: f.name, relation: f.relation, phone: f.phone ?? '' })),
  };
}
