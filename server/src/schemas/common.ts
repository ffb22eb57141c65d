// Building blocks for TypeBox schemas, derived from the contract's `as const` lists.
import { Type, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { ERROR_CODES } from '../../../types';

/** A string enum from a const list: one JSON-schema `enum`, typed as the list's union. */
export function StringEnum<const T extends readonly string[]>(values: T, description?: string): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Compile-time proof that a schema's static type is exactly the contract's type. */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Assert<T extends true> = T;

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: StringEnum(ERROR_CODES),
      message: Type.String(),
      field: Type.Optional(Type.String()),
      requestId: Type.Optional(Type.String()),
    }),
  },
  { $id: 'ErrorBody' },
);

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ description: 'client-made UUID; a retry with the same key is replayed' })),
});

/** Error responses every authenticated route may give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
  429: ErrorBody,
} as const;
