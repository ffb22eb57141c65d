// Schemas for 网格+代办 (filing for a resident at the door), proven equal to their contract types.
import { Type, type Static } from '@sinclair/typebox';
import type {
  ConfirmationCodeResponse as ConfirmationCodeResponseT,
  ConfirmRequestBody as ConfirmRequestBodyT,
  RegisterResidentBody as RegisterResidentBodyT,
  ResidentLookupBody as ResidentLookupBodyT,
  ResidentRef as ResidentRefT,
} from '../../../types';
import { Nullable, type Assert, type Equals } from './common';
import { Phone } from './api';

const strict = { additionalProperties: false } as const;

export const ResidentLookupBody = Type.Object({ phone: Phone }, strict);
export const ResidentRef = Type.Object({ id: Type.String(), name: Type.String(), villageId: Nullable(Type.String()) });
export const RegisterResidentBody = Type.Object(
  { phone: Phone, name: Type.String({ minLength: 1, maxLength: 40 }), villageId: Type.String({ minLength: 1, maxLength: 64 }), consent: Type.Literal(true) },
  strict,
);
export const ConfirmationCodeResponse = Type.Object({ sent: Type.Literal(true), devCode: Type.Optional(Type.String()) });
export const ConfirmRequestBody = Type.Object(
  { code: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })), signatureId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) },
  strict,
);

export type ConfirmationSchemasMatchContract = [
  Assert<Equals<Static<typeof ResidentLookupBody>, ResidentLookupBodyT>>,
  Assert<Equals<Static<typeof ResidentRef>, ResidentRefT>>,
  Assert<Equals<Static<typeof RegisterResidentBody>, RegisterResidentBodyT>>,
  Assert<Equals<Static<typeof ConfirmationCodeResponse>, ConfirmationCodeResponseT>>,
  Assert<Equals<Static<typeof ConfirmRequestBody>, ConfirmRequestBodyT>>,
];
