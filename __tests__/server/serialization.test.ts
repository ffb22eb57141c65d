// The serializer's schema rewrite (plugins/serialization.ts) writes exactly what the schema as written would.
import fastJson from 'fast-json-stringify';
import { Type } from '@sinclair/typebox';
import { withNullableFields } from '../../server/src/plugins/serialization';
import { Nullable } from '../../server/src/schemas/common';

const Tagged = Type.Union([
  Type.Object({ state: Type.Literal('planned'), day: Type.String(), note: Nullable(Type.String()) }),
  Type.Object({ state: Type.Literal('waiting'), blockedBy: Type.String() }),
]);
const Page = Type.Object({
  id: Type.String(),
  helper: Nullable(Type.Object({ name: Type.String(), phone: Nullable(Type.String()) })),
  count: Nullable(Type.Integer()),
  plan: Nullable(Tagged),
  either: Type.Union([Type.String(), Type.Integer()]),
});

const plain = JSON.parse(JSON.stringify(Page)) as Parameters<typeof withNullableFields>[0];
const asWritten = fastJson(JSON.parse(JSON.stringify(Page)) as object);
const rewritten = fastJson(withNullableFields(plain) as object);

test.each([
  ['every nullable null', { id: 'r1', helper: null, count: null, plan: null, either: 'a' }],
  ['nested values present', { id: 'r1', helper: { name: '张', phone: null }, count: 3, plan: { state: 'planned', day: '2026-11-27', note: null }, either: 2 }],
  ['the other tagged branch', { id: 'r1', helper: { name: '张', phone: '138' }, count: 0, plan: { state: 'waiting', blockedBy: 'capacity' }, either: 'b' }],
])('%s: the same JSON as the schema as written', (_name, value) => {
  expect(rewritten(value)).toBe(asWritten(value));
});

test('fields the schema does not name are still left out', () => {
  const value = { id: 'r1', helper: { name: '张', phone: null, idNumber: 'secret' }, count: null, plan: { state: 'waiting', blockedBy: 'capacity', extra: 1 }, either: 'a', secret: 'x' };
  const json = rewritten(value);
  expect(json).not.toContain('secret');
  expect(json).not.toContain('extra');
  expect(JSON.parse(json)).toEqual({ id: 'r1', helper: { name: '张', phone: null }, count: null, plan: { state: 'waiting', blockedBy: 'capacity' }, either: 'a' });
});

test('nullable fields become a null check; unions without a tag are left as written', () => {
  const schema = withNullableFields(plain) as { properties: Record<string, Record<string, unknown>> };
  expect(schema.properties.count).toEqual({ type: 'integer', nullable: true });
  expect(schema.properties.either).toEqual(JSON.parse(JSON.stringify(Page.properties.either)));
});
