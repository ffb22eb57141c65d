// Responses serialized without a validator in the hot path. TypeBox writes a nullable field as anyOf [T, null], and
// fast-json-stringify serializes an anyOf by running Ajv on the value against each branch in turn: a case page took
// six times as long as JSON.stringify, mostly validating the objects it was about to write. The same schema with
// `nullable: true` on T is written with a plain null check. Only the compiled serializer sees the rewrite; the
// routes' schemas, and so the OpenAPI document and the checking of input, stay as they are written.
import fp from 'fastify-plugin';
import fastJson, { type Schema } from 'fast-json-stringify';
import type { FastifyInstance, FastifySchema } from 'fastify';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSchema = (value: Json): value is JsonObject & Schema => isObject(value);
const isNullType = (value: Json | undefined) => isObject(value) && value.type === 'null' && Object.keys(value).length === 1;

/** T of anyOf [T, null] when T is a plain typed schema (not a union or a reference of its own), else undefined. */
function nullableOf(schema: JsonObject): JsonObject | undefined {
  const branches = schema.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2 || Object.keys(schema).length !== 1) return undefined;
  const [first, second] = branches;
  const other = isNullType(second) ? first : isNullType(first) ? second : undefined;
  const plain = isObject(other) && typeof other.type === 'string' && other.type !== 'null' && other.anyOf === undefined && other.$ref === undefined;
  return plain ? other : undefined;
}

/** The property whose constant tells the branches of a union of objects apart (TypeBox's Literal), if there is one. */
function discriminatorOf(branches: Json[]): { key: string; values: Json[] } | undefined {
  const objects = branches.filter(isObject);
  if (objects.length !== branches.length || objects.some((b) => b.type !== 'object' || !isObject(b.properties))) return undefined;
  const first = objects[0]?.properties;
  if (!isObject(first)) return undefined;
  for (const key of Object.keys(first)) {
    const values = objects.map((b) => {
      const property = isObject(b.properties) ? b.properties[key] : undefined;
      const required = Array.isArray(b.required) && b.required.includes(key);
      return isObject(property) && required ? property.const : undefined;
    });
    if (values.every((v) => typeof v === 'string') && new Set(values).size === values.length) return { key, values };
  }
  return undefined;
}

/**
 * The keys of every branch in one order that keeps each branch's own order (state before day, blockedBy before
 * supervisorNote, ...), or undefined when two branches order the same keys differently.
 */
function mergedOrder(orders: string[][]): string[] | undefined {
  const all = [...new Set(orders.flat())];
  const before = new Map(all.map((key) => [key, new Set<string>()]));
  for (const order of orders) order.forEach((key, i) => i > 0 && before.get(key)?.add(order[i - 1] ?? key));
  const out: string[] = [];
  while (out.length < all.length) {
    const next = all.find((key) => !out.includes(key) && [...(before.get(key) ?? [])].every((k) => out.includes(k)));
    if (next === undefined) return undefined;
    out.push(next);
  }
  return out;
}

/**
 * A union of objects tagged by a constant property as ONE object schema naming every branch's properties, so the
 * serializer writes whatever the value holds with no validator at all (if/then/else on the tag still runs Ajv per
 * response). For a value of one branch this is the same JSON as the union: the serializer writes only the properties
 * the value has, in an order that keeps every branch's own. fast-json-stringify writes required properties first, so
 * each branch's order is taken that way, and only the tag stays required (it must lead every branch): a required
 * property of one branch is not one of the other. Only done when the branches agree on every property they share and
 * carry no keyword but type, properties and required; the tag is written as the string it is.
 */
function mergedByTag(branches: Json[], nullable: boolean): Json | undefined {
  const tag = discriminatorOf(branches);
  const objects = branches.filter(isObject);
  if (!tag || objects.some((b) => Object.keys(b).some((k) => k !== 'type' && k !== 'properties' && k !== 'required'))) return undefined;
  const merged: JsonObject = {};
  const orders: string[][] = [];
  for (const branch of objects) {
    if (!isObject(branch.properties)) return undefined;
    const required = (key: string) => Array.isArray(branch.required) && branch.required.includes(key);
    const keys = Object.keys(branch.properties);
    const order = [...keys.filter(required), ...keys.filter((key) => !required(key))];
    if (order[0] !== tag.key) return undefined;
    orders.push(order);
    for (const [key, value] of Object.entries(branch.properties)) {
      const schema = key === tag.key ? { type: 'string' } : withNullableFields(value);
      const seen = merged[key];
      if (seen !== undefined && JSON.stringify(seen) !== JSON.stringify(schema)) return undefined;
      merged[key] = schema;
    }
  }
  const order = mergedOrder(orders);
  if (!order) return undefined;
  const properties: JsonObject = {};
  for (const key of order) properties[key] = merged[key] ?? null;
  return { type: 'object', properties, required: [tag.key], ...(nullable ? { nullable: true } : {}) };
}

/** anyOf of tagged objects as if/then/else on the tag: Ajv then checks one constant, not a whole object per branch. */
function byDiscriminator(branches: Json[], nullable: boolean): Json | undefined {
  const tag = discriminatorOf(branches);
  if (!tag) return undefined;
  const chain = branches.reduceRight<Json>((otherwise, branch, i) => {
    const rewritten = withNullableFields(branch);
    if (i === branches.length - 1) return rewritten;
    const when: JsonObject = { type: 'object', properties: { [tag.key]: { const: tag.values[i] ?? null } }, required: [tag.key] };
    return { if: when, then: rewritten, else: otherwise };
  }, null);
  return nullable ? { if: { type: 'null' }, then: { type: 'null' }, else: chain } : chain;
}

/**
 * Every anyOf [T, null] with T a plain typed schema becomes T with nullable: true, and a union of objects tagged by a
 * constant property becomes one object of all the branches' properties (or, where they disagree, if/then/else on the
 * tag). Any other union is left exactly as written, branches included: fast-json-stringify picks its branch by
 * validating with Ajv, which knows no `nullable`.
 */
export function withNullableFields(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(withNullableFields);
  if (!isObject(schema)) return schema;
  const nullable = nullableOf(schema);
  if (nullable) return { ...(withNullableFields(nullable) as JsonObject), nullable: true };
  if (Array.isArray(schema.anyOf) && Object.keys(schema).length === 1) {
    const withoutNull = schema.anyOf.filter((b) => !isNullType(b));
    const inner = withoutNull.length === 1 && isObject(withoutNull[0]) && Array.isArray(withoutNull[0].anyOf) ? withoutNull[0].anyOf : withoutNull;
    const orNull = withoutNull.length < schema.anyOf.length;
    const tagged = mergedByTag(inner, orNull) ?? byDiscriminator(inner, orNull);
    if (tagged) return tagged;
  }
  if (schema.anyOf !== undefined || schema.oneOf !== undefined) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) out[key] = withNullableFields(value);
  return out;
}

export default fp(
  async function serialization(app: FastifyInstance) {
    app.addHook('onRoute', function setSerializer(this: FastifyInstance, route) {
      // The shared schemas ($ref targets) of the context the route lives in, as Fastify's own compiler uses them.
      const context = this;
      route.serializerCompiler = ({ schema }: { schema: FastifySchema }) => {
        // A plain copy (TypeBox's symbol keys dropped): the rewrite must not touch the route's own schema objects.
        const rewritten = withNullableFields(JSON.parse(JSON.stringify(schema)) as Json);
        if (!isSchema(rewritten)) throw new Error(`the response schema of ${route.method} ${route.url} is not an object`);
        return fastJson(rewritten, { schema: context.getSchemas() as Record<string, Schema> });
      };
    });
  },
  { name: 'serialization' },
);
