// TypeBox schemas for every request and response; each is proven equal to its type in types/api.ts.
import { Type, type Static } from '@sinclair/typebox';
import {
  HELPER_KINDS,
  LANGUAGE_CODES,
  MATERIAL_FORMS,
  OFFER_STATUSES,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  ROLES,
  ACTORS,
  VILLAGE_KINDS,
  type CodeRequestBody as CodeRequestBodyT,
  type CodeRequestResponse as CodeRequestResponseT,
  type VerifyCodeBody as VerifyCodeBodyT,
  type WechatLoginBody as WechatLoginBodyT,
  type SessionResponse as SessionResponseT,
  type UserView as UserViewT,
  type TownshipView as TownshipViewT,
  type ServiceItemView as ServiceItemViewT,
  type CreateRequestBody as CreateRequestBodyT,
  type RequestSummary as RequestSummaryT,
  type RequestDetail as RequestDetailT,
  type RequestListResponse as RequestListResponseT,
  type TransitionBody as TransitionBodyT,
  type OfferView as OfferViewT,
  type OfferListResponse as OfferListResponseT,
  type DeclineBody as DeclineBodyT,
  type AcceptResponse as AcceptResponseT,
  type HealthResponse as HealthResponseT,
} from '../../../types';
import { Nullable, StringEnum, type Assert, type Equals } from './common';

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

export const UserView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  phone: Nullable(Type.String()),
  roles: Type.Array(StringEnum(ROLES)),
  villageId: Nullable(Type.String()),
});
export const SessionResponse = Type.Object({ token: Type.String(), user: UserView });

export const VillageView = Type.Object({ id: Type.String(), name: Type.String(), kind: StringEnum(VILLAGE_KINDS) });
export const TownshipView = Type.Object({ id: Type.String(), name: Type.String(), villages: Type.Array(VillageView) });
export const PlacesResponse = Type.Array(TownshipView);

export const MaterialView = Type.Object({
  name: Type.String(),
  form: StringEnum(MATERIAL_FORMS),
  count: Type.Integer(),
  deferrable: Type.Boolean(),
  note: Nullable(Type.String()),
});
export const ServiceItemView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  department: Type.String(),
  timeLimitDays: Type.Integer(),
  fee: Type.String(),
  promiseAllowed: Type.Boolean(),
  deferralAllowed: Type.Boolean(),
  online: Type.Boolean(),
  guide: Type.String(),
  keywords: Type.Array(Type.String()),
  materials: Type.Array(MaterialView),
});
export const CatalogueResponse = Type.Array(ServiceItemView);

export const CreateRequestBody = Type.Object(
  {
    kind: StringEnum(REQUEST_KINDS),
    villageId: Type.String({ minLength: 1, maxLength: 64 }),
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    serviceItemId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    forUserId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  strict,
);

const PersonRef = Type.Object({ id: Type.String(), name: Type.String() });
const HelperContact = Type.Object({
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
});
const summaryFields = {
  id: Type.String(),
  kind: StringEnum(REQUEST_KINDS),
  status: StringEnum(REQUEST_STATUSES),
  description: Type.String(),
  villageId: Type.String(),
  villageName: Type.String(),
  townshipName: Type.String(),
  serviceItemId: Nullable(Type.String()),
  serviceItemName: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};
export const RequestSummary = Type.Object(summaryFields);
export const RequestDetail = Type.Object({
  ...summaryFields,
  resident: PersonRef,
  filedBy: PersonRef,
  helper: Nullable(HelperContact),
  timeline: Type.Array(TimelineEntry),
  nextStatuses: Type.Array(StringEnum(REQUEST_STATUSES)),
});
export const RequestListResponse = Type.Object({ items: Type.Array(RequestSummary) });
export const TransitionBody = Type.Object(
  { to: StringEnum(REQUEST_STATUSES), note: Type.Optional(Type.String({ maxLength: 1000 })) },
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

// The proofs: if a schema and its contract type drift apart, the server does not compile.
export type SchemaMatchesContract = [
  Assert<Equals<Static<typeof HealthResponse>, HealthResponseT>>,
  Assert<Equals<Static<typeof CodeRequestBody>, CodeRequestBodyT>>,
  Assert<Equals<Static<typeof CodeRequestResponse>, CodeRequestResponseT>>,
  Assert<Equals<Static<typeof VerifyCodeBody>, VerifyCodeBodyT>>,
  Assert<Equals<Static<typeof WechatLoginBody>, WechatLoginBodyT>>,
  Assert<Equals<Static<typeof UserView>, UserViewT>>,
  Assert<Equals<Static<typeof SessionResponse>, SessionResponseT>>,
  Assert<Equals<Static<typeof TownshipView>, TownshipViewT>>,
  Assert<Equals<Static<typeof ServiceItemView>, ServiceItemViewT>>,
  Assert<Equals<Static<typeof CreateRequestBody>, CreateRequestBodyT>>,
  Assert<Equals<Static<typeof RequestSummary>, RequestSummaryT>>,
  Assert<Equals<Static<typeof RequestDetail>, RequestDetailT>>,
  Assert<Equals<Static<typeof RequestListResponse>, RequestListResponseT>>,
  Assert<Equals<Static<typeof TransitionBody>, TransitionBodyT>>,
  Assert<Equals<Static<typeof OfferView>, OfferViewT>>,
  Assert<Equals<Static<typeof OfferListResponse>, OfferListResponseT>>,
  Assert<Equals<Static<typeof DeclineBody>, DeclineBodyT>>,
  Assert<Equals<Static<typeof AcceptResponse>, AcceptResponseT>>,
];
