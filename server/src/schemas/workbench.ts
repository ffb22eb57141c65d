// TypeBox schemas for the helper's workbench, each proven equal to its contract type.
import { Type, type Static } from '@sinclair/typebox';
import {
  AUTHORISATION_KINDS,
  HANDOVER_KINDS,
  MATERIAL_FORMS,
  WELFARE_OUTCOMES,
  WELFARE_STEPS,
  type AuthorisationBody as AuthorisationBodyT,
  type AuthorisationLetter as AuthorisationLetterT,
  type AuthorisationView as AuthorisationViewT,
  type CheckInBody as CheckInBodyT,
  type CheckInView as CheckInViewT,
  type DutyBody as DutyBodyT,
  type DutyResponse as DutyResponseT,
  type EmergencyContact as EmergencyContactT,
  type HandoverBody as HandoverBodyT,
  type HandoverView as HandoverViewT,
  type WelfareStepBody as WelfareStepBodyT,
  type WelfareStepView as WelfareStepViewT,
  type TaskListResponse as TaskListResponseT,
} from '../../../types';
import { Nullable, StringEnum, type Assert, type Equals } from './common';
import { UploadView } from './upload';
import { RequestSummary } from './summary';

const strict = { additionalProperties: false } as const;
const Id = Type.String({ minLength: 1, maxLength: 64 });
const Instant = Type.String({ format: 'date-time', maxLength: 40 });
const Point = Type.Object({ lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) }, strict);
const PointView = Type.Object({ lat: Type.Number(), lng: Type.Number() });

export const DutyBody = Type.Object({ onDuty: Type.Boolean() }, strict);
export const DutyResponse = Type.Object({ onDuty: Type.Boolean() });
export const CheckInBody = Type.Object({ location: Type.Optional(Point), capturedAt: Type.Optional(Instant) }, strict);
export const CheckInView = Type.Object({ at: Type.String(), location: Nullable(PointView), distanceKm: Nullable(Type.Number()), far: Type.Boolean() });
export const WelfareStepBody = Type.Object(
  {
    step: StringEnum(WELFARE_STEPS),
    outcome: StringEnum(WELFARE_OUTCOMES),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    capturedAt: Type.Optional(Instant),
  },
  strict,
);
export const WelfareStepView = Type.Object({
  step: StringEnum(WELFARE_STEPS),
  outcome: StringEnum(WELFARE_OUTCOMES),
  note: Nullable(Type.String()),
  at: Type.String(),
  helperName: Type.String(),
});
export const EmergencyContact = Type.Object({ name: Type.String(), relation: Type.String(), phone: Type.String() });
export const AuthorisationLetter = Type.Object({ kind: StringEnum(AUTHORISATION_KINDS), letter: Type.String() });
export const AuthorisationBody = Type.Object(
  { kind: StringEnum(AUTHORISATION_KINDS), residentSignatureId: Id, helperSignatureId: Id, capturedAt: Type.Optional(Instant) },
  strict,
);
export const AuthorisationView = Type.Object({
  id: Type.String(),
  kind: StringEnum(AUTHORISATION_KINDS),
  letter: Type.String(),
  residentSignature: UploadView,
  helperSignature: UploadView,
  sha256: Type.String(),
  at: Type.String(),
});
const HandoverItem = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), form: StringEnum(MATERIAL_FORMS), count: Type.Integer({ minimum: 1, maximum: 99 }) },
  strict,
);
export const HandoverBody = Type.Object(
  {
    kind: StringEnum(HANDOVER_KINDS),
    items: Type.Array(HandoverItem, { minItems: 1, maxItems: 40 }),
    photoIds: Type.Optional(Type.Array(Id, { maxItems: 20 })),
    fromSignatureId: Type.Optional(Id),
    toSignatureId: Type.Optional(Id),
    trackingNo: Type.Optional(Type.String({ minLength: 4, maxLength: 40 })),
    departmentCaseNo: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    place: Type.Optional(Type.String({ maxLength: 200 })),
    location: Type.Optional(Point),
    capturedAt: Type.Optional(Instant),
    money: Type.Optional(
      Type.Object(
        {
          // up to 100,000 yuan: a premium or a fee, not a transfer
          amountFen: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
          purpose: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }),
          receiptNo: Type.Optional(Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' })),
        },
        strict,
      ),
    ),
  },
  strict,
);
export const HandoverView = Type.Object({
  id: Type.String(),
  kind: StringEnum(HANDOVER_KINDS),
  fromParty: Type.String(),
  toParty: Type.String(),
  items: Type.Array(Type.Object({ name: Type.String(), form: StringEnum(MATERIAL_FORMS), count: Type.Integer() })),
  photos: Type.Array(UploadView),
  fromSignature: Nullable(UploadView),
  toSignature: Nullable(UploadView),
  trackingNo: Nullable(Type.String()),
  money: Nullable(Type.Object({ amountFen: Type.Integer(), purpose: Type.String(), receiptNo: Nullable(Type.String()) })),
  place: Nullable(Type.String()),
  location: Nullable(PointView),
  at: Type.String(),
  recordedBy: Type.String(),
});

export const TaskListResponse = Type.Object({
  items: Type.Array(
    Type.Object({ request: RequestSummary, day: Nullable(Type.String()), start: Nullable(Type.String()), location: PointView, legKm: Type.Number() }),
  ),
});

export type WorkbenchSchemasMatchContract = [
  Assert<Equals<Static<typeof TaskListResponse>, TaskListResponseT>>,
  Assert<Equals<Static<typeof DutyBody>, DutyBodyT>>,
  Assert<Equals<Static<typeof DutyResponse>, DutyResponseT>>,
  Assert<Equals<Static<typeof CheckInBody>, CheckInBodyT>>,
  Assert<Equals<Static<typeof CheckInView>, CheckInViewT>>,
  Assert<Equals<Static<typeof WelfareStepBody>, WelfareStepBodyT>>,
  Assert<Equals<Static<typeof WelfareStepView>, WelfareStepViewT>>,
  Assert<Equals<Static<typeof EmergencyContact>, EmergencyContactT>>,
  Assert<Equals<Static<typeof AuthorisationLetter>, AuthorisationLetterT>>,
  Assert<Equals<Static<typeof AuthorisationBody>, AuthorisationBodyT>>,
  Assert<Equals<Static<typeof AuthorisationView>, AuthorisationViewT>>,
  Assert<Equals<Static<typeof HandoverBody>, HandoverBodyT>>,
  Assert<Equals<Static<typeof HandoverView>, HandoverViewT>>,
];
