// Well-formed values for a JSON schema, pointing at real things where a field names one (a village, a service item,
// a user), so a valid body really passes validation and reaches the service code.
import type { Random } from '../crash/seeded-random';
import type { Fixtures } from './fixtures';
import type { JsonSchema } from './openapi-operations';

export interface ValueContext {
  random: Random;
  texts: readonly string[];
  /** an arbitrary JSON value from fast-check, for bodies of the wrong shape */
  json: unknown;
  fixtures: Fixtures;
}

const digits = (random: Random, n: number) => Array.from({ length: n }, () => String(random.int(0, 9))).join('');

/** Cut to at most `max` code points (the unit JSON Schema's maxLength counts in). */
export function clip(value: string, max: number | undefined): string {
  if (max === undefined) return value;
  return [...value].slice(0, max).join('');
}

function stringFor(name: string, schema: JsonSchema, ctx: ValueContext): string {
  const { random, fixtures } = ctx;
  if (name === 'villageId') return random.pick(fixtures.villageIds);
  if (name === 'serviceItemId') return random.pick(fixtures.serviceItemIds);
  if (name === 'forUserId') return random.pick(fixtures.userIds);
  if (schema.pattern === '^1[3-9][0-9]{9}$') return `1${random.int(3, 9)}${digits(random, 9)}`;
  if (schema.pattern === '^[0-9]{6}$') return digits(random, 6);
  // The mini-program login code: half of them are ones the WeChat stand-in accepts (see wechat-stand-in.ts).
  if (name === 'code' && random.chance(0.5)) return `ok-${random.token(16)}`;
  const picked = clip(random.pick(ctx.texts), schema.maxLength);
  const min = schema.minLength ?? 0;
  return [...picked].length >= min && picked.trim() !== '' ? picked : clip(`帮办 ${picked}`.padEnd(min, 'x'), schema.maxLength);
}

export function validValue(name: string, schema: JsonSchema, ctx: ValueContext): unknown {
  if (schema.enum && schema.enum.length > 0) return ctx.random.pick(schema.enum);
  if (schema.anyOf && schema.anyOf.length > 0) return validValue(name, ctx.random.pick(schema.anyOf), ctx);
  switch (schema.type) {
    case 'string':
      return stringFor(name, schema, ctx);
    case 'integer':
      return ctx.random.int(schema.minimum ?? 0, schema.maximum ?? 100);
    case 'number':
      return ctx.random.next() * 100;
    case 'boolean':
      return ctx.random.chance(0.5);
    case 'array':
      return schema.items ? [validValue(name, schema.items, ctx)] : [];
    case 'object':
      return validObject(schema, ctx);
    default:
      return null;
  }
}

export function validObject(schema: JsonSchema, ctx: ValueContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    if (required.has(name) || ctx.random.chance(0.5)) out[name] = validValue(name, prop, ctx);
  }
  return out;
}

/** Property names of one type, for mutations that target a string (or any) field. */
export function propertyNames(schema: JsonSchema | null, type?: string): string[] {
  return Object.entries(schema?.properties ?? {})
    .filter(([, prop]) => type === undefined || prop.type === type)
    .map(([name]) => name);
}
