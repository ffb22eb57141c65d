// TypeBox schemas for every request and response; each is proven equal to its type in types/api.ts.
import { Type, type Static } from '@sinclair/typebox';
import {
  AGENCY_DAY_KINDS,
  HELPER_KINDS,
  LANGUAGE_CODES,
  MATERIAL_FORMS,
  OFFER_STATUSES,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  ROLES,
  ACTORS,
  VILLAGE_KINDS,
  MATERIAL_STATUSES,
  CALL_OUTCOMES,
  FAMILY_LINK_STATUSES,
  TIMELINE_NOTE_KEYS,
  type UploadView as UploadViewT,
  type AvailabilityResponse as AvailabilityResponseT,
  type CallAttemptBody as CallAttemptBodyT,
  type AddFamilyBody as AddFamilyBodyT,
  type AddFamilyResponse as AddFamilyResponseT,
  type ConfirmFamilyBody as ConfirmFamilyBodyT,
  type FamilyListResponse as FamilyListResponseT,
  type MessageListResponse as MessageListResponseT,
  type CodeRequestBody as CodeRequestBodyT,
  type CodeRequestResponse as CodeRequestResponseT,
  type VerifyCodeBody as VerifyCodeBodyT,
  type WechatLoginBody as WechatLoginBodyT,
  type WechatPhoneLoginBody as WechatPhoneLoginBodyT,
  type BindWechatResponse as BindWechatResponseT,
  type SessionResponse as SessionResponseT,
  type UserView as UserViewT,
  type TownshipView as TownshipViewT,
  type ServiceItemView as ServiceItemViewT,
  type CreateRequestBody as CreateRequestBodyT,
  type RequestSummary as RequestSummaryT,
  type RequestDetail as RequestDetailT,
  type RequestListResponse as RequestListResponseT,
  type TransitionBody as TransitionBodyT,
  type AskUrgencyBody as AskUrgencyBodyT,
  type OfferView as OfferViewT,
  type OfferListResponse as OfferListResponseT,
  type DeclineBody as DeclineBodyT,
  type AcceptResponse as AcceptResponseT,
  type HealthResponse as HealthResponseT,
  type ContactsResponse as ContactsResponseT,
} from '../../../types';
import { Nullable, StringEnum, type Assert, type Equals } from './common';
import { UploadView } from './upload';
import { VisitPlanView } from './dispatch';
import { RequestSummary, summaryFields } from './summary';
import { AuthorisationView, CheckInView, EmergencyContact, HandoverView, WelfareStepView } from './workbench';

const strict = { additionalProperties: false } as const;

export const HealthResponse = Type.Object({ status: Type.Literal('ok') });

export const Phone = Type.String({ pattern: '^1[3-9][0-9]{9}$', description: 'mainland mobile number, 11 digits' });

export const CodeRequestBody = Type.Object({ phone: Phone }, strict);
export const CodeRequestResponse = Type.Object({
  sent: Type.Literal(true),
  expiresInSeconds: Type.Integer(),
  devCode: Type.Optional(Type.String()),
});
export const VerifyCodeBody = Type.Object({ phone: Phone, code: Type.String({ pattern: '^[0-9]{6}$' }) }, strict);
export const WechatLoginBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 128 }) }, strict);
export const WechatPhoneLoginBody = Type.Object(
  { loginCode: Type.String({ minLength: 1, maxLength: 128 }), phoneCode: Type.String({ minLength: 1, maxLength: 128 }) },
  strict,
);
export const BindWechatResponse = Type.Object({ bound: Type.Literal(true) }, strict);

export const UserView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  phone: Nullable(Type.String()),
  roles: Type.Array(StringEnum(ROLES)),
  villageId: Nullable(Type.String()),
});
export const SessionResponse = Type.Object({ token: Type.String(), user: UserView });

/** traditional Mongolian beside a Chinese field; absent when not translated */
const Mn = Type.Optional(Type.String());
export const VillageView = Type.Object({ id: Type.String(), name: Type.String(), nameMn: Mn, kind: StringEnum(VILLAGE_KINDS) });
export const TownshipView = Type.Object({ id: Type.String(), name: Type.String(), nameMn: Mn, villages: Type.Array(VillageView) });
export const PlacesResponse = Type.Array(TownshipView);

export const MaterialView = Type.Object({
  name: Type.String(),
  nameMn: Mn,
  form: StringEnum(MATERIAL_FORMS),
  count: Type.Integer(),
  deferrable: Type.Boolean(),
  note: Nullable(Type.String()),
  noteMn: Mn,
});
export const ServiceItemView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  nameMn: Mn,
  department: Type.String(),
  departmentMn: Mn,
  timeLimitDays: Type.Integer(),
  fee: Type.String(),
  feeMn: Mn,
  promiseAllowed: Type.Boolean(),
  deferralAllowed: Type.Boolean(),
  online: Type.Boolean(),
  guide: Type.String(),
  guideMn: Mn,
  keywords: Type.Array(Type.String()),
  materials: Type.Array(MaterialView),
});
export const CatalogueResponse = Type.Array(ServiceItemView);

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' });
const GeoPoint = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
  strict,
);
const MaterialSubmission = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    status: StringEnum(MATERIAL_STATUSES),
    supplyBy: Type.Optional(Day),
    uploadIds: Type.Optional(Type.Array(Id, { maxItems: 10 })),
  },
  strict,
);
export const CreateRequestBody = Type.Object(
  {
    kind: StringEnum(REQUEST_KINDS),
    villageId: Id,
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    serviceItemId: Type.Optional(Id),
    forUserId: Type.Optional(Id),
    slotId: Type.Optional(Id),
    agencyVisitId: Type.Optional(Id),
    landmark: Type.Optional(Type.String({ maxLength: 200 })),
    location: Type.Optional(GeoPoint),
    voiceNoteId: Type.Optional(Id),
    materials: Type.Optional(Type.Array(MaterialSubmission, { maxItems: 40 })),
    commitmentSignatureId: Type.Optional(Id),
    needsLanguage: Type.Optional(StringEnum(LANGUAGE_CODES)),
  },
  strict,
);

export { UploadView };

const PersonRef = Type.Object({ id: Type.String(), name: Type.String() });
export const HelperContact = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: StringEnum(HELPER_KINDS),
  phone: Type.String(),
  languages: Type.Array(StringEnum(LANGUAGE_CODES)),
});
const TimelineEntry = Type.Object({
  id: Type.Integer(),
  from: Nullable(StringEnum(REQUEST_STATUSES)),
  to: StringEnum(REQUEST_STATUSES),
  at: Type.String(),
  actor: StringEnum(ACTORS),
  actorName: Nullable(Type.String()),
  note: Nullable(Type.String()),
  noteKey: Type.Optional(StringEnum(TIMELINE_NOTE_KEYS)),
  noteParams: Type.Optional(Type.Record(Type.String(), Type.String())),
});
export { RequestSummary };
export const RequestDetail = Type.Object({
  ...summaryFields,
  resident: PersonRef,
  filedBy: PersonRef,
  helper: Nullable(HelperContact),
  timeline: Type.Array(TimelineEntry),
  nextStatuses: Type.Array(StringEnum(REQUEST_STATUSES)),
  legalDeadline: Nullable(Type.Object({ date: Type.String(), workingDaysLeft: Type.Integer() })),
  materials: Type.Array(
    Type.Object({
      name: Type.String(),
      form: StringEnum(MATERIAL_FORMS),
      status: StringEnum(MATERIAL_STATUSES),
      supplyBy: Nullable(Type.String()),
      uploads: Type.Array(UploadView),
    }),
  ),
  booking: Nullable(Type.Object({ day: Type.String(), start: Type.String(), end: Type.String(), place: Nullable(Type.String()) })),
  landmark: Nullable(Type.String()),
  location: Nullable(Type.Object({ lat: Type.Number(), lng: Type.Number() })),
  voiceNote: Nullable(UploadView),
  commitmentSignature: Nullable(UploadView),
  callAttempts: Type.Array(
    Type.Object({ outcome: StringEnum(CALL_OUTCOMES), note: Nullable(Type.String()), at: Type.String(), helperName: Type.String() }),
  ),
  escalated: Type.Boolean(),
  departmentCaseNo: Nullable(Type.String()),
  checkIns: Type.Array(CheckInView),
  welfareSteps: Type.Array(WelfareStepView),
  authorisations: Type.Array(AuthorisationView),
  handovers: Type.Array(HandoverView),
  moneyLedger: Nullable(Type.Object({ receivedFen: Type.Integer(), paidFen: Type.Integer(), returnedFen: Type.Integer() })),
  emergencyContacts: Type.Array(EmergencyContact),
  residentPhone: Nullable(Type.String()),
  awaitingResidentConfirmation: Type.Boolean(),
  visitPlan: Nullable(VisitPlanView),
  urgencyAsked: Type.Boolean(),
});
export const AskUrgencyBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) }, strict);
export const RequestListResponse = Type.Object({ items: Type.Array(RequestSummary) });
export const TransitionBody = Type.Object(
  {
    to: StringEnum(REQUEST_STATUSES),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    capturedAt: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
  },
  strict,
);

export const OfferView = Type.Object({
  id: Type.String(),
  status: StringEnum(OFFER_STATUSES),
  expiresAt: Type.String(),
  reason: Type.String(),
  request: RequestSummary,
});
export const OfferListResponse = Type.Object({ items: Type.Array(OfferView) });
export const DeclineBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, strict);
export const AcceptResponse = Type.Object({ offer: OfferView, request: RequestDetail });

const AgencyVisitView = Type.Object({
  id: Type.String(), day: Type.String(), place: Type.String(), kind: StringEnum(AGENCY_DAY_KINDS), start: Nullable(Type.String()), end: Nullable(Type.String()),
});
export const AvailabilityResponse = Type.Object({
  slots: Type.Array(
    Type.Object({
      id: Type.String(),
      day: Type.String(),
      start: Type.String(),
      end: Type.String(),
      helperName: Type.String(),
      helperKind: StringEnum(HELPER_KINDS),
    }),
  ),
  agencyVisits: Type.Array(AgencyVisitView),
});
export const CallAttemptBody = Type.Object(
  { outcome: StringEnum(CALL_OUTCOMES), note: Type.Optional(Type.String({ maxLength: 500 })) },
  strict,
);
const FamilyLinkView = Type.Object({ id: Type.String(), member: PersonRef, relation: Type.String(), status: StringEnum(FAMILY_LINK_STATUSES) });
export const AddFamilyBody = Type.Object(
  { phone: Phone, name: Type.String({ minLength: 1, maxLength: 40 }), relation: Type.String({ minLength: 1, maxLength: 20 }) },
  strict,
);
export const AddFamilyResponse = Type.Object({ link: FamilyLinkView, devCode: Type.Optional(Type.String()) });
export const ConfirmFamilyBody = Type.Object({ code: Type.String({ pattern: '^[0-9]{6}$' }) }, strict);
const ActingForMeView = Type.Object({ id: Type.String(), actor: PersonRef, relation: Type.String(), status: StringEnum(FAMILY_LINK_STATUSES) });
export const FamilyListResponse = Type.Object({ items: Type.Array(FamilyLinkView), actingForMe: Type.Array(ActingForMeView) });
export { FamilyLinkView };
export const MessageListResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      requestId: Nullable(Type.String()),
      kind: Type.String(),
      body: Type.String(),
      createdAt: Type.String(),
      read: Type.Boolean(),
      caseTitle: Nullable(Type.String()),
      caseTitleMn: Type.Optional(Type.String()),
    }),
  ),
  unread: Type.Integer(),
});

export const ContactsResponse = Type.Object({
  helpLine: Type.String(),
  gridWorkers: Type.Array(HelperContact),
  currentHelper: Nullable(HelperContact),
  nextAgencyDay: Nullable(AgencyVisitView),
});

// The proofs: if a schema and its contract type drift apart, the server does not compile.
export type SchemaMatchesContract = [
  Assert<Equals<Static<typeof HealthResponse>, HealthResponseT>>,
  Assert<Equals<Static<typeof CodeRequestBody>, CodeRequestBodyT>>,
  Assert<Equals<Static<typeof CodeRequestResponse>, CodeRequestResponseT>>,
  Assert<Equals<Static<typeof VerifyCodeBody>, VerifyCodeBodyT>>,
  Assert<Equals<Static<typeof WechatLoginBody>, WechatLoginBodyT>>,
  Assert<Equals<Static<typeof WechatPhoneLoginBody>, WechatPhoneLoginBodyT>>,
  Assert<Equals<Static<typeof BindWechatResponse>, BindWechatResponseT>>,
  Assert<Equals<Static<typeof UserView>, UserViewT>>,
  Assert<Equals<Static<typeof SessionResponse>, SessionResponseT>>,
  Assert<Equals<Static<typeof TownshipView>, TownshipViewT>>,
  Assert<Equals<Static<typeof ServiceItemView>, ServiceItemViewT>>,
  Assert<Equals<Static<typeof CreateRequestBody>, CreateRequestBodyT>>,
  Assert<Equals<Static<typeof RequestSummary>, RequestSummaryT>>,
  Assert<Equals<Static<typeof RequestDetail>, RequestDetailT>>,
  Assert<Equals<Static<typeof RequestListResponse>, RequestListResponseT>>,
  Assert<Equals<Static<typeof TransitionBody>, TransitionBodyT>>,
  Assert<Equals<Static<typeof AskUrgencyBody>, AskUrgencyBodyT>>,
  Assert<Equals<Static<typeof OfferView>, OfferViewT>>,
  Assert<Equals<Static<typeof OfferListResponse>, OfferListResponseT>>,
  Assert<Equals<Static<typeof DeclineBody>, DeclineBodyT>>,
  Assert<Equals<Static<typeof AcceptResponse>, AcceptResponseT>>,
  Assert<Equals<Static<typeof UploadView>, UploadViewT>>,
  Assert<Equals<Static<typeof AvailabilityResponse>, AvailabilityResponseT>>,
  Assert<Equals<Static<typeof CallAttemptBody>, CallAttemptBodyT>>,
  Assert<Equals<Static<typeof AddFamilyBody>, AddFamilyBodyT>>,
  Assert<Equals<Static<typeof AddFamilyResponse>, AddFamilyResponseT>>,
  Assert<Equals<Static<typeof ConfirmFamilyBody>, ConfirmFamilyBodyT>>,
  Assert<Equals<Static<typeof FamilyListResponse>, FamilyListResponseT>>,
  Assert<Equals<Static<typeof MessageListResponse>, MessageListResponseT>>,
  Assert<Equals<Static<typeof ContactsResponse>, ContactsResponseT>>,
];
