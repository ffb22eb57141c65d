// Everything around the body: the request target (real ids, traversal, encodings, lengths), the method, the
// Idempotency-Key header, and the wire framing (chunking, lying lengths, oversize headers).
import type { Random } from '../crash/seeded-random';
import { validValue, type ValueContext } from './body-values';
import type { Fixtures } from './fixtures';
import type { Operation } from './openapi-operations';

/** A request target is bytes, not a string: some variants are not valid UTF-8. */
export type Target = Buffer;

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Like encodeURIComponent, but never throws: a lone surrogate goes out as the UTF-8 of U+FFFD. */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

const PARAM_TRICKS: (string | Buffer)[] = [
  '',
  '.',
  '..',
  '../../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%00',
  'a%00b',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(4_000),
  'x'.repeat(20_000),
  percentEncode('其其格'),
  percentEncode('ᠮᠣᠩᠭᠣᠯ'),
  percentEncode('😀'),
  '其其格',
  Buffer.from([0xff, 0xfe, 0x41]),
  "r-'%20OR%201=1--",
  '%24%7B7*7%7D',
  '%3Cscript%3E',
  'a%2Fb',
  'a;b',
  '*',
  'null',
  '-1',
  'r-00000000-0000-0000-0000-000000000000',
];

const WHOLE_PATHS = [
  '/../../../../etc/passwd',
  '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/js/..%2f..%2f..%2fpackage.json',
  '/index.html%00.js',
  '/.env',
  '/.git/config',
  '/data/jwt-secret',
  '/server/src/config.ts',
  '/node_modules/fastify/package.json',
  '/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd',
  '/api/docs/json/../../package.json',
  '*',
];

export const PATH_VARIANTS = ['param-trick', 'other-residents-id', 'query-missing', 'query-wrong', 'double-slash', 'trailing-slash', 'upper-case', 'dot-segments', 'query-junk', 'long-query', 'fragment', 'matrix', 'absolute-form', 'static-traversal'] as const;

/** The id a well-formed request to this operation uses: from its collection's pool, else one of resident A's requests. */
function realId(op: Operation, fixtures: Fixtures, random: Random): string {
  const collection = op.template.split('/').slice(0, 3).join('/');
  const pool = fixtures.idPools[collection];
  return random.pick(pool && pool.length > 0 ? pool : (fixtures.idPools['/api/requests'] ?? ['none']));
}

/** ?name=value for the required query parameters and some of the optional ones. */
function query(op: Operation, values: ValueContext, drop: 'none' | 'required' | 'wrong'): string {
  const pairs: string[] = [];
  for (const param of op.query) {
    if (!param.required && !values.random.chance(0.5)) continue;
    if (drop === 'required' && param.required) continue;
    const value = drop === 'wrong' ? values.random.pick(['', 'x'.repeat(65), '%zz', percentEncode(values.texts[0] ?? '')]) : percentEncode(String(validValue(param.name, param.schema, values)));
    pairs.push(`${percentEncode(param.name)}=${value}`);
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

function fill(op: Operation, id: string | Buffer): Buffer {
  const parts = op.template.split(/\{[^}]+\}/);
  const pieces: Buffer[] = [];
  parts.forEach((part, i) => {
    pieces.push(utf8(part));
    if (i < parts.length - 1) pieces.push(typeof id === 'string' ? utf8(id) : id);
  });
  return Buffer.concat(pieces);
}

export function validTarget(op: Operation, values: ValueContext): Target {
  const path = fill(op, op.pathParams.length > 0 ? realId(op, values.fixtures, values.random) : '');
  return Buffer.concat([path, utf8(query(op, values, 'none'))]);
}

export function trickyTarget(op: Operation, variant: number, values: ValueContext, port: number): { target: Target; label: string } {
  const { fixtures, random } = values;
  const label = PATH_VARIANTS[variant % PATH_VARIANTS.length] ?? 'param-trick';
  const valid = validTarget(op, values).toString('utf8');
  switch (label) {
    case 'query-missing':
      return { target: Buffer.concat([fill(op, realId(op, fixtures, random)), utf8(query(op, values, 'required'))]), label };
    case 'query-wrong':
      return { target: Buffer.concat([fill(op, realId(op, fixtures, random)), utf8(query(op, values, 'wrong'))]), label };
    case 'param-trick':
      return op.pathParams.length > 0 ? { target: fill(op, random.pick(PARAM_TRICKS)), label } : { target: utf8(`${valid}/${String(random.pick(PARAM_TRICKS))}`), label };
    case 'other-residents-id':
      return { target: fill(op, random.pick(fixtures.otherRequestIds)), label };
    case 'double-slash':
      return { target: utf8(valid.replace(/\//g, '//')), label };
    case 'trailing-slash':
      return { target: utf8(`${valid}/`), label };
    case 'upper-case':
      return { target: utf8(valid.toUpperCase()), label };
    case 'dot-segments':
      return { target: utf8(valid.replace('/api/', random.pick(['/api/./', '/api/../api/', '/./api/', '/x/../api/']))), label };
    case 'query-junk':
      return { target: utf8(`${valid}?${random.pick(['a=%zz', '__proto__[roles]=supervisor', 'id=1&id=2', 'x=' + percentEncode('其其格'), '=&&=', '%00=1'])}`), label };
    case 'long-query':
      return { target: utf8(`${valid}?${'a=1&'.repeat(random.pick([500, 5_000]))}`), label };
    case 'fragment':
      return { target: utf8(`${valid}#frag`), label };
    case 'matrix':
      return { target: utf8(`${valid};jsessionid=1`), label };
    case 'absolute-form':
      return { target: utf8(`http://127.0.0.1:${port}${valid}`), label };
    case 'static-traversal':
      return { target: utf8(random.pick(WHOLE_PATHS)), label };
  }
}

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'FOO', 'get', 'PROPFIND', 'M-SEARCH'];

export const IDEMPOTENCY_VARIANTS = [
  'missing',
  'empty',
  'seven-chars',
  'eight-chars',
  'max-length',
  'too-long',
  'unicode',
  'spaces',
  'comma-list',
  'duplicate-header',
  'reused-key',
  'uuid',
  'injection',
] as const;

/** Header lines for an Idempotency-Key variant; `reusedKey` is shared across the run so bodies differ under one key. */
export function idempotencyHeaders(variant: number, random: Random): { headers: [string, string][]; label: string } {
  const label = IDEMPOTENCY_VARIANTS[variant % IDEMPOTENCY_VARIANTS.length] ?? 'missing';
  const h = (value: string): [string, string][] => [['Idempotency-Key', value]];
  switch (label) {
    case 'missing':
      return { headers: [], label };
    case 'empty':
      return { headers: h(''), label };
    case 'seven-chars':
      return { headers: h(random.token(7)), label };
    case 'eight-chars':
      return { headers: h(random.token(8)), label };
    case 'max-length':
      return { headers: h(random.token(128)), label };
    case 'too-long':
      return { headers: h(random.token(random.pick([129, 5_000]))), label };
    case 'unicode':
      return { headers: h(`键-${random.token(10)}`), label };
    case 'spaces':
      return { headers: h(`  ${random.token(10)} x `), label };
    case 'comma-list':
      return { headers: h(`${random.token(10)},${random.token(10)}`), label };
    case 'duplicate-header':
      return { headers: [...h(random.token(10)), ...h(random.token(10))], label };
    case 'reused-key':
      return { headers: h(`fuzz-reused-${random.int(1, 3)}`), label };
    case 'uuid':
      return { headers: h('6f1c7a2e-0b4d-4c1e-9a43-1d2e3f4a5b6c'), label };
    case 'injection':
      return { headers: h("x' OR '1'='1"), label };
  }
}

export const WIRE_VARIANTS = [
  'chunked',
  'chunked-bad-size',
  'length-short',
  'length-long',
  'length-and-chunked',
  'two-lengths',
  'length-not-a-number',
  'huge-header',
  'many-headers',
  'bad-header-bytes',
  'http-1.0',
  'expect-continue',
] as const;
export type WireVariant = (typeof WIRE_VARIANTS)[number];
