// TypeBox schemas of 企业数字名片, each proven equal to its contract type in types/card.ts.
import { Type, type Static } from '@sinclair/typebox';
import * as T from '../../../types';
import { MILESTONE_KINDS, MILESTONE_STATUSES } from '../../../types';
import { Nullable, StringEnum, type Assert, type Equals } from './common';

const CardMilestone = Type.Object({
  kind: StringEnum(MILESTONE_KINDS), name: Type.String(), status: StringEnum(MILESTONE_STATUSES), completedOn: Nullable(Type.String()),
});
export const EnterpriseCard = Type.Object({
  name: Type.String(), creditCode: Type.String(), legalPerson: Type.String(), industry: Type.String(), townshipName: Type.String(),
  townshipNameMn: Type.Optional(Type.String()), address: Type.String(),
  projects: Type.Array(
    Type.Object({
      name: Type.String(), site: Type.String(), investment: Type.String(), done: Type.Integer(), total: Type.Integer(),
      current: Nullable(CardMilestone), milestones: Type.Array(CardMilestone),
    }),
  ),
  credentials: Type.Array(Type.Object({ name: Type.String(), number: Nullable(Type.String()), issuedOn: Nullable(Type.String()), milestone: Type.String() })),
  serviceHelpers: Type.Array(Type.String()), helpLine: Type.String(), issuedAt: Type.String(), asOf: Type.String(),
});
export const EnterpriseCardState = Type.Object({
  card: Nullable(
    Type.Object({
      token: Type.String(), url: Type.String(), qrDataUrl: Type.String(), issuedAt: Type.String(), views: Type.Integer(), lastViewedAt: Nullable(Type.String()),
    }),
  ),
});
/** 22 base64url characters: 128 random bits (see card.ts) */
export const CardTokenParams = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{22}$' }) }, { additionalProperties: false });

export type CardSchemasMatchContract = [
  Assert<Equals<Static<typeof EnterpriseCard>, T.EnterpriseCard>>,
  Assert<Equals<Static<typeof EnterpriseCardState>, T.EnterpriseCardState>>,
];
