// Schemas for personal data (PIPL), proven equal to their contract types.
import { Type, type Static } from '@sinclair/typebox';
import type {
  AccessLogResponse as AccessLogResponseT,
  DeletionRequestBody as DeletionRequestBodyT,
  DeletionRequestResponse as DeletionRequestResponseT,
  ExportResponse as ExportResponseT,
  IdentityView as IdentityViewT,
  ProfileView as ProfileViewT,
  SensitiveConsentBody as SensitiveConsentBodyT,
  UpdateProfileBody as UpdateProfileBodyT,
} from '../../../types';
import { Nullable, type Assert, type Equals } from './common';

const strict = { additionalProperties: false } as const;

export const ProfileView = Type.Object({
  idNumber: Nullable(Type.String()),
  disability: Nullable(Type.String()),
  livesAlone: Nullable(Type.Boolean()),
  sensitiveConsentAt: Nullable(Type.String()),
});
export const SensitiveConsentBody = Type.Object({ granted: Type.Literal(true) }, strict);
export const UpdateProfileBody = Type.Object(
  {
    idNumber: Type.Optional(Type.String({ pattern: '^[0-9]{17}[0-9X]$' })),
    disability: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    livesAlone: Type.Optional(Type.Boolean()),
  },
  strict,
);
export const IdentityView = Type.Object({ name: Type.String(), idNumber: Nullable(Type.String()), disability: Nullable(Type.String()) });
export const AccessLogResponse = Type.Object({
  items: Type.Array(Type.Object({ viewerName: Type.String(), subjectName: Type.String(), field: Type.String(), purpose: Type.String(), at: Type.String() })),
});
export const DeletionRequestBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, strict);
export const DeletionRequestResponse = Type.Object({ received: Type.Literal(true), createdAt: Type.String() });
export const ExportResponse = Type.Object({
  exportedAt: Type.String(),
  user: Type.Object({ id: Type.String(), name: Type.String(), phone: Nullable(Type.String()), roles: Type.Array(Type.String()), villageId: Nullable(Type.String()) }),
  profile: Type.Intersect([IdentityView, Type.Object({ livesAlone: Nullable(Type.Boolean()) })]),
  requests: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), status: Type.String(), description: Type.String(), createdAt: Type.String() })),
  messages: Type.Array(Type.Object({ kind: Type.String(), body: Type.String(), createdAt: Type.String() })),
  familyLinks: Type.Array(Type.Object({ memberName: Type.String(), relation: Type.String(), status: Type.String() })),
  actingForMe: Type.Array(Type.Object({ actorName: Type.String(), relation: Type.String(), status: Type.String() })),
});

export type PersonalSchemasMatchContract = [
  Assert<Equals<Static<typeof ProfileView>, ProfileViewT>>,
  Assert<Equals<Static<typeof SensitiveConsentBody>, SensitiveConsentBodyT>>,
  Assert<Equals<Static<typeof UpdateProfileBody>, UpdateProfileBodyT>>,
  Assert<Equals<Static<typeof IdentityView>, IdentityViewT>>,
  Assert<Equals<Static<typeof AccessLogResponse>, AccessLogResponseT>>,
  Assert<Equals<Static<typeof DeletionRequestBody>, DeletionRequestBodyT>>,
  Assert<Equals<Static<typeof DeletionRequestResponse>, DeletionRequestResponseT>>,
  Assert<Equals<Static<typeof ExportResponse>, ExportResponseT>>,
];
