// TypeBox schemas of the agency point's schedule, each proven equal to its contract type in types/agency.ts.
import { Type, type Static } from '@sinclair/typebox';
import * as T from '../../../types';
import { AGENCY_DAY_KINDS } from '../../../types';
import { Nullable, StringEnum, type Assert, type Equals } from './common';

const strict = { additionalProperties: false } as const;
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

export const AgencyDayView = Type.Object({
  id: Type.String(), kind: StringEnum(AGENCY_DAY_KINDS), day: Type.String(), start: Nullable(Type.String()), end: Nullable(Type.String()),
  place: Type.String(), townshipName: Type.String(), villages: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  helper: Type.Object({ id: Type.String(), name: Type.String() }), booked: Type.Integer(),
  cancelled: Nullable(Type.Object({ at: Type.String(), reason: Type.String() })),
});
export const AgencyDayListResponse = Type.Object({ items: Type.Array(AgencyDayView) });
export const MarketDayBody = Type.Object(
  {
    day: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' }),
    start: Time,
    end: Time,
    place: Text(100),
    villageIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 50 }),
    helperId: Type.String({ minLength: 1, maxLength: 64 }),
  },
  strict,
);
export const CancelAgencyDayBody = Type.Object({ reason: Text(200) }, strict);
export const CancelAgencyDayResponse = Type.Object({ day: AgencyDayView, redispatched: Type.Integer(), underWay: Type.Integer() });

export const ChangeAgencyDayHelperBody = Type.Object({ helperId: Type.String({ minLength: 1, maxLength: 64 }), reason: Text(200) }, strict);
export const ChangeAgencyDayHelperResponse = Type.Object({ day: AgencyDayView, handedOver: Type.Integer(), underWay: Type.Integer() });

export const ChangeAgencyDayPlaceBody = Type.Object({ place: Text(100), reason: Text(200) }, strict);
export const ChangeAgencyDayPlaceResponse = Type.Object({ day: AgencyDayView, told: Type.Integer() });

export type AgencySchemasMatchContract = [
  Assert<Equals<Static<typeof ChangeAgencyDayPlaceBody>, T.ChangeAgencyDayPlaceBody>>,
  Assert<Equals<Static<typeof ChangeAgencyDayPlaceResponse>, T.ChangeAgencyDayPlaceResponse>>,
  Assert<Equals<Static<typeof ChangeAgencyDayHelperBody>, T.ChangeAgencyDayHelperBody>>,
  Assert<Equals<Static<typeof ChangeAgencyDayHelperResponse>, T.ChangeAgencyDayHelperResponse>>,
  Assert<Equals<Static<typeof AgencyDayListResponse>, T.AgencyDayListResponse>>,
  Assert<Equals<Static<typeof MarketDayBody>, T.MarketDayBody>>,
  Assert<Equals<Static<typeof CancelAgencyDayBody>, T.CancelAgencyDayBody>>,
  Assert<Equals<Static<typeof CancelAgencyDayResponse>, T.CancelAgencyDayResponse>>,
];
