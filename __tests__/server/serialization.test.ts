// The serializer's schema rewrite (plugins/serialization.ts) writes exactly what the schema as written would.
import fastJson from 'fast-json-stringify';
import { Type } from '@sinclair/typebox';
import { withNullableFields } from '../../server/src/plugins/serialization';
import { Nullable } from '../../server/src/schemas/common';
import { VisitPlanView } from '../../server/src/schemas/dispatch';
import { DISPATCH_BLOCKERS, type VisitPlanView as VisitPlanViewT } from '../../types';

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

// The case page's visit plan (schemas/dispatch.ts): both branches of the real union, written with no validator.
const WithPlan = Type.Object({ id: Type.String(), visitPlan: Nullable(VisitPlanView) });
const planAsWritten = fastJson(JSON.parse(JSON.stringify(WithPlan)) as object);
const planRewritten = fastJson(withNullableFields(JSON.parse(JSON.stringify(WithPlan)) as Parameters<typeof withNullableFields>[0]) as object);
const planned: VisitPlanViewT = {
  state: 'planned',
  day: '2026-11-30',
  callback: false,
  halfDay: 'am',
  bookedWindow: { start: '2026-11-30T09:00:00+08:00', end: '2026-11-30T10:00:00+08:00' },
  sharedTrip: null,
  byGridWorker: true,
  firstFreeDay: false,
  afterRestDays: false,
  deadline: '2026-12-02',
  deadlineMissed: false,
  supervisorNote: null,
};

test.each<[string, VisitPlanViewT | null]>([
  ['no plan', null],
  ['a planned visit', planned],
  ['a planned callback with every nullable null', { ...planned, callback: true, halfDay: null, bookedWindow: null, deadline: null, supervisorNote: '先打电话' }],
  ['a waiting plan', { state: 'waiting', blockedBy: DISPATCH_BLOCKERS[0], supervisorNote: null }],
  ['a waiting plan with a note', { state: 'waiting', blockedBy: DISPATCH_BLOCKERS[DISPATCH_BLOCKERS.length - 1], supervisorNote: '等车' }],
])('visit plan, %s: the same JSON as the union as written, and as JSON.stringify', (_name, visitPlan) => {
  const value = { id: 'r1', visitPlan };
  expect(planRewritten(value)).toBe(planAsWritten(value));
  expect(planRewritten(value)).toBe(JSON.stringify(value));
});

test('the visit plan union is one object schema: no anyOf or if for the serializer to validate', () => {
  const schema = JSON.stringify(withNullableFields(JSON.parse(JSON.stringify(WithPlan)) as Parameters<typeof withNullableFields>[0]));
  expect(schema).not.toContain('anyOf');
  expect(schema).not.toContain('"if"');
});
