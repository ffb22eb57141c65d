// Turns a recipe into the exact bytes sent: a well-formed request to one documented operation, broken in the
// recipe's focus only.
import { seededRandom, type Random } from '../crash/seeded-random';
import { encodedBody, mutatedBody, validBody, type Body } from './body-variants';
import type { Fixtures } from './fixtures';
import { multipartBody } from './multipart-variants';
import { AUTH_VARIANTS, authorizationFor, type AuthVariant } from './jwt-tokens';
import type { Operation } from './openapi-operations';
import type { Recipe } from './recipe';
import { METHODS, WIRE_VARIANTS, idempotencyHeaders, percentEncode, trickyTarget, validTarget, type WireVariant } from './request-variants';

export interface BuildContext {
  operations: readonly Operation[];
  fixtures: Fixtures;
  secret: string;
  port: number;
}

export interface FuzzCase {
  index: number;
  /** focus:variant, e.g. "body:huge-string-2097152" */
  category: string;
  operation: string;
  method: string;
  targetPreview: string;
  bytes: Buffer;
  head: boolean;
  halfClose: boolean;
  localAddress: string;
}

const UNKNOWN_ROUTES = ['/api', '/api/', '/api/admin', '/api/users', '/api/requests/x/y/z', '/api/offers/x/reassign', '/graphql', '/favicon.ico'];

/** Sign-in routes go without a session; offers are the grid worker's; everything else is resident A's. */
function defaultAuth(op: Operation): AuthVariant {
  if (op.template.startsWith('/api/auth/')) return 'missing';
  return op.template.startsWith('/api/offers') ? 'gridWorker' : 'residentA';
}

function chunked(body: Buffer, random: Random): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; ) {
    const size = Math.min(body.length - at, random.int(1, 4096));
    parts.push(Buffer.from(`${size.toString(16)}\r\n`), body.subarray(at, at + size), Buffer.from('\r\n'));
    at += size;
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** Framing headers and the payload as sent, for one wire variant. */
function frame(wire: WireVariant | 'normal', body: Buffer | null, random: Random): { headers: string[]; payload: Buffer; halfClose: boolean } {
  const payload = body ?? Buffer.alloc(0);
  const length = `Content-Length: ${payload.length}`;
  switch (wire) {
    case 'normal':
      return { headers: body ? [length] : [], payload, halfClose: false };
    case 'chunked':
      return { headers: ['Transfer-Encoding: chunked'], payload: chunked(payload, random), halfClose: false };
    case 'chunked-bad-size':
      return { headers: ['Transfer-Encoding: chunked'], payload: Buffer.concat([Buffer.from('zz\r\n'), payload, Buffer.from('\r\n0\r\n\r\n')]), halfClose: false };
    case 'length-short':
      return { headers: [`Content-Length: ${Math.max(0, payload.length - random.int(1, 20))}`], payload, halfClose: false };
    case 'length-long':
      return { headers: [`Content-Length: ${payload.length + random.int(1, 1000)}`], payload, halfClose: true };
    case 'length-and-chunked':
      return { headers: [length, 'Transfer-Encoding: chunked'], payload: chunked(payload, random), halfClose: false };
    case 'two-lengths':
      return { headers: [length, `Content-Length: ${payload.length + 1}`], payload, halfClose: true };
    case 'length-not-a-number':
      return { headers: [`Content-Length: ${random.pick(['abc', '-1', '1e3', '0x10', ' '])}`], payload, halfClose: true };
    case 'huge-header':
      return { headers: [length, `Cookie: ${'a'.repeat(random.pick([9_000, 20_000]))}`], payload, halfClose: false };
    case 'many-headers':
      return { headers: [length, ...Array.from({ length: 300 }, (_, i) => `X-Fuzz-${i}: ${i}`)], payload, halfClose: false };
    case 'bad-header-bytes':
      return { headers: [length, random.pick(['X-Bad: a\u0000b', 'X-Bad: a\rb', 'X-Bad:\r\n folded', 'Bad Name: x', ': empty-name'])], payload, halfClose: true };
    case 'http-1.0':
    case 'expect-continue':
      return { headers: wire === 'expect-continue' ? [length, 'Expect: 100-continue'] : [length], payload, halfClose: false };
  }
}

export function buildCase(recipe: Recipe, index: number, ctx: BuildContext): FuzzCase {
  const random = seededRandom(recipe.aux);
  const op = ctx.operations[recipe.op % ctx.operations.length];
  if (!op) throw new Error('no operations to fuzz');
  const values = { random, texts: recipe.texts, json: recipe.json, fixtures: ctx.fixtures };

  let label = 'valid';
  let method = op.method;
  let target = validTarget(op, values);
  let auth = defaultAuth(op);
  let idempotency: [string, string][] = op.idempotency ? [['Idempotency-Key', `fz-${index}-${random.token(12)}`]] : [];
  let body: Body | null = op.multipart ? multipartBody(random.int(0, 2), random) : validBody(op.body, values);
  let wire: WireVariant | 'normal' = 'normal';
  let version = 'HTTP/1.1';

  switch (recipe.focus) {
    case 'valid':
      break;
    case 'body':
      // Upload routes get broken multipart; other body-less writes sometimes get a multipart body they do not expect.
      body =
        op.multipart || (!op.body && op.method === 'POST' && random.chance(0.3))
          ? multipartBody(recipe.variant, random)
          : mutatedBody(op.body, recipe.variant, values);
      label = body.label;
      break;
    case 'encoding':
      body = encodedBody(op.body, recipe.variant, values);
      label = body.label;
      break;
    case 'path': {
      const tricky = trickyTarget(op, recipe.variant, values, ctx.port);
      target = tricky.target;
      label = tricky.label;
      break;
    }
    case 'auth':
      auth = AUTH_VARIANTS[recipe.variant % AUTH_VARIANTS.length] ?? 'missing';
      label = auth;
      break;
    case 'idempotency': {
      const variant = idempotencyHeaders(recipe.variant, random);
      idempotency = variant.headers;
      label = variant.label;
      break;
    }
    case 'method':
      method = METHODS[recipe.variant % METHODS.length] ?? 'PUT';
      label = method;
      break;
    case 'wire':
      wire = WIRE_VARIANTS[recipe.variant % WIRE_VARIANTS.length] ?? 'chunked';
      if (wire === 'http-1.0') version = 'HTTP/1.0';
      body ??= { bytes: Buffer.from('{}'), contentType: 'application/json', label: 'empty-object' };
      label = wire;
      break;
    case 'unknown-route':
      method = random.pick(['GET', 'POST', 'DELETE']);
      target = Buffer.from(random.chance(0.5) ? random.pick(UNKNOWN_ROUTES) : `/api/${percentEncode(recipe.texts[0] ?? '') || 'x'}`);
      label = 'unknown-route';
      break;
  }

  const authorization = authorizationFor(auth, ctx.fixtures.sessions, ctx.secret);
  const framing = frame(wire, body?.bytes ?? null, random);
  const lines = [
    `Host: 127.0.0.1:${ctx.port}`,
    ...(authorization === null ? [] : [`Authorization: ${authorization}`]),
    ...idempotency.map(([name, value]) => `${name}: ${value}`),
    ...(body?.contentType ? [`Content-Type: ${body.contentType}`] : []),
    ...(body?.headers ?? []).map(([name, value]) => `${name}: ${value}`),
    ...framing.headers,
    'Connection: close',
  ];
  const head = Buffer.concat([Buffer.from(`${method} `), target, Buffer.from(` ${version}\r\n${lines.join('\r\n')}\r\n\r\n`, 'utf8')]);
  const preview = target.toString('utf8');
  return {
    index,
    category: `${recipe.focus}:${label}`,
    operation: op.name,
    method,
    targetPreview: preview.length > 120 ? `${preview.slice(0, 120)}…(${target.length} bytes)` : preview,
    bytes: Buffer.concat([head, framing.payload]),
    head: method === 'HEAD',
    halfClose: framing.halfClose,
    // Mostly spread over 250 source addresses; a few share one, so the sign-in rate limit (and its 429) shows up too.
    localAddress: recipe.ip < 10 ? '127.77.255.1' : `127.77.0.${recipe.ip}`,
  };
}
