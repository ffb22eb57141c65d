// Request bodies: the valid one, then wrong in content (types, missing and extra fields, sizes up to ~2 MB, odd
// Unicode, nesting) or in encoding (truncated JSON, invalid UTF-8, other charsets and content types).
import zlib from 'node:zlib';
import { propertyNames, validObject, type ValueContext } from './body-values';
import type { JsonSchema } from './openapi-operations';

export interface Body {
  bytes: Buffer;
  contentType: string | null;
  /** extra headers the variant needs (Content-Encoding) */
  headers?: [string, string][];
  label: string;
}

const JSON_TYPE = 'application/json';
const json = (value: unknown, label: string): Body => ({ bytes: Buffer.from(JSON.stringify(value), 'utf8'), contentType: JSON_TYPE, label });
const rawJson = (text: string, label: string): Body => ({ bytes: Buffer.from(text, 'utf8'), contentType: JSON_TYPE, label });

/** JSON text of `object` with one more member written first (as text, so it may repeat a key or be __proto__). */
function withLeadingMember(name: string, valueText: string, object: Record<string, unknown>): string {
  const rest = JSON.stringify(object).slice(1);
  return `{${JSON.stringify(name)}:${valueText}${rest === '}' ? '' : ','}${rest}`;
}

const EXTRA_KEYS = ['id', 'status', 'helperId', 'residentId', 'roles', 'isAdmin', 'filedById', 'createdAt', '$where', 'x'.repeat(300)];
const WRONG_VALUES: unknown[] = [123, -1, 1.5, 0, true, false, null, [], {}, ['callback'], { $ne: null }, 1e308];
/** Sizes around the 1 MiB body limit and far above it. */
const HUGE_BYTES = [200_000, 1024 * 1024 - 300, 1024 * 1024 + 300, 2 * 1024 * 1024];
const HUGE_UNITS = ['a', '其', '😀', '\\'];

export const BODY_MUTATIONS = [
  'missing-required',
  'extra-field',
  'wrong-type',
  'empty-string',
  'blank-string',
  'over-max-length',
  'huge-string',
  'odd-unicode',
  'not-an-object',
  'deep-nesting',
  'proto-key',
  'duplicate-key',
  'enum-near-miss',
  'number-edge',
  'null-body',
  'json-noise',
] as const;

export function validBody(schema: JsonSchema | null, ctx: ValueContext): Body | null {
  return schema ? json(validObject(schema, ctx), 'valid') : null;
}

export function mutatedBody(schema: JsonSchema | null, variant: number, ctx: ValueContext): Body {
  const { random, texts } = ctx;
  const label = BODY_MUTATIONS[variant % BODY_MUTATIONS.length] ?? 'missing-required';
  const value = schema ? validObject(schema, ctx) : {};
  const anyProp = propertyNames(schema)[0] !== undefined ? random.pick(propertyNames(schema)) : 'field';
  const strings = propertyNames(schema, 'string');
  const stringProp = strings.length > 0 ? random.pick(strings) : anyProp;
  const maxOf = (name: string) => schema?.properties?.[name]?.maxLength ?? 64;
  switch (label) {
    case 'missing-required': {
      const required = schema?.required ?? [];
      delete value[required.length > 0 ? random.pick(required) : anyProp];
      return json(value, label);
    }
    case 'extra-field':
      return json({ ...value, [random.pick(EXTRA_KEYS)]: random.pick([texts[1], 1, true, null, {}]) }, label);
    case 'wrong-type':
      return json({ ...value, [anyProp]: random.pick([...WRONG_VALUES, [texts[0]], { a: texts[0] }]) }, label);
    case 'empty-string':
      return json({ ...value, [stringProp]: '' }, label);
    case 'blank-string':
      return json({ ...value, [stringProp]: random.pick(['   ', '\t\n', '\u3000\u3000', '\u200b']) }, label);
    case 'over-max-length':
      return json({ ...value, [stringProp]: random.pick(['x', '其', '😀']).repeat(maxOf(stringProp) + 1) }, label);
    case 'huge-string': {
      const unit = random.pick(HUGE_UNITS);
      const bytes = random.pick(HUGE_BYTES);
      return json({ ...value, [stringProp]: unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))) }, `${label}-${bytes}`);
    }
    case 'odd-unicode':
      return json({ ...value, [stringProp]: `${texts[2] ?? ''}\u0000\ud800${texts[3] ?? ''}\u202e` }, label);
    case 'not-an-object': {
      // fast-check's JSON value, unless it happens to be an object (which would not be "not an object")
      const shaped = typeof ctx.json === 'object' && ctx.json !== null && !Array.isArray(ctx.json) ? [ctx.json] : ctx.json;
      return json(random.chance(0.7) ? shaped : random.pick([texts[0], 42, [value], true]), label);
    }
    case 'deep-nesting': {
      const depth = random.pick([64, 1_000, 100_000]);
      const open = random.chance(0.5) ? '['.repeat(depth) : '{"a":'.repeat(depth);
      const close = open.startsWith('[') ? ']'.repeat(depth) : '}'.repeat(depth);
      return rawJson(`${open}1${close}`, `${label}-${depth}`);
    }
    case 'proto-key':
      return rawJson(
        random.chance(0.5)
          ? withLeadingMember('__proto__', '{"roles":["supervisor"]}', value)
          : withLeadingMember('constructor', '{"prototype":{"isAdmin":true}}', value),
        label,
      );
    case 'duplicate-key':
      return rawJson(withLeadingMember(stringProp, JSON.stringify(texts[0] ?? ''), value), label);
    case 'enum-near-miss': {
      const enumProp = propertyNames(schema).find((name) => schema?.properties?.[name]?.enum);
      const current = enumProp ? String(value[enumProp]) : 'x';
      const near = random.pick([current.toUpperCase(), ` ${current}`, `${current} `, `${current}\u0000`, current.slice(1), 0]);
      return json({ ...value, [enumProp ?? anyProp]: near }, label);
    }
    case 'number-edge':
      return rawJson(
        `{${JSON.stringify(anyProp)}:${random.pick(['1e400', '-0', '123456789012345678901234567890', '0x10', '.5', '1_000'])}}`,
        label,
      );
    case 'null-body':
      return rawJson('null', label);
    case 'json-noise': {
      const extra = typeof ctx.json === 'object' && ctx.json !== null && !Array.isArray(ctx.json) ? ctx.json : { noise: ctx.json };
      return json({ ...value, ...extra }, label);
    }
  }
}

export const ENCODINGS = [
  'truncated',
  'trailing-garbage',
  'bom',
  'invalid-utf8',
  'utf16',
  'empty',
  'whitespace',
  'json5',
  'nan-literal',
  'form-urlencoded',
  'text-plain',
  'multipart',
  'no-content-type',
  'odd-content-type',
  'latin1',
  'gzip',
] as const;

const ODD_TYPES = [
  'application/json; charset=utf-8; boundary="',
  'json',
  '*/*',
  `application/json${';x=y'.repeat(800)}`,
  'APPLICATION/JSON',
  'application/json, text/plain',
  'application/jsonp',
  'application/merge-patch+json',
  'application/json;charset=utf-16',
  'application/json; charset=klingon',
  'text/json',
];
const INVALID_UTF8 = [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe, 0xfe, 0xff]];

export function encodedBody(schema: JsonSchema | null, variant: number, ctx: ValueContext): Body {
  const { random } = ctx;
  const label = ENCODINGS[variant % ENCODINGS.length] ?? 'truncated';
  const value = schema ? validObject(schema, ctx) : { x: 1 };
  const text = JSON.stringify(value);
  const bytes = Buffer.from(text, 'utf8');
  switch (label) {
    case 'truncated':
      return { bytes: bytes.subarray(0, random.int(1, Math.max(1, bytes.length - 1))), contentType: JSON_TYPE, label };
    case 'trailing-garbage':
      return rawJson(`${text}${random.pick(['}', ',', ' x', '\u0000', '{}', '\n\n{"a":1}'])}`, label);
    case 'bom':
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), contentType: JSON_TYPE, label };
    case 'invalid-utf8': {
      const at = Math.max(1, text.indexOf('":"') + 3);
      return { bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(random.pick(INVALID_UTF8)), bytes.subarray(at)]), contentType: JSON_TYPE, label };
    }
    case 'utf16':
      return { bytes: Buffer.from(text, 'utf16le'), contentType: `${JSON_TYPE}; charset=utf-16le`, label };
    case 'empty':
      return { bytes: Buffer.alloc(0), contentType: JSON_TYPE, label };
    case 'whitespace':
      return rawJson(' \n\t ', label);
    case 'json5':
      return rawJson(text.replace(/"/g, "'").replace(/}$/, ',}') + ' // comment', label);
    case 'nan-literal':
      return rawJson(`{"a":${random.pick(['NaN', 'Infinity', '-Infinity', 'undefined'])}}`, label);
    case 'form-urlencoded':
      return { bytes: Buffer.from(new URLSearchParams(Object.entries(value).map(([k, v]) => [k, String(v)])).toString()), contentType: 'application/x-www-form-urlencoded', label };
    case 'text-plain':
      return { bytes, contentType: 'text/plain', label };
    case 'multipart':
      return {
        bytes: Buffer.from(`--xx\r\nContent-Disposition: form-data; name="body"\r\n\r\n${text}\r\n--xx--\r\n`),
        contentType: 'multipart/form-data; boundary=xx',
        label,
      };
    case 'no-content-type':
      return { bytes, contentType: null, label };
    case 'odd-content-type':
      return { bytes, contentType: random.pick(ODD_TYPES), label };
    case 'latin1': {
      const strings = propertyNames(schema, 'string');
      const field = strings.length > 0 ? random.pick(strings) : 'text';
      return { bytes: Buffer.from(JSON.stringify({ ...value, [field]: 'café ñ ü' }), 'latin1'), contentType: `${JSON_TYPE}; charset=latin1`, label };
    }
    case 'gzip':
      return {
        bytes: random.chance(0.5) ? zlib.gzipSync(bytes) : bytes,
        contentType: JSON_TYPE,
        headers: [['Content-Encoding', random.pick(['gzip', 'br', 'deflate', 'x-bogus'])]],
        label,
      };
  }
}
