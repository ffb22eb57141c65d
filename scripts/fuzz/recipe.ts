// What fast-check generates: one small recipe per request. Each recipe keeps the request well-formed except in one
// dimension (its focus), so the broken part reaches the code that must reject it instead of failing an earlier check
// (a wrong body behind a missing token only ever tests the token check).
import fc from 'fast-check';

export const FOCI = ['valid', 'body', 'encoding', 'path', 'auth', 'idempotency', 'method', 'wire', 'unknown-route'] as const;
export type Focus = (typeof FOCI)[number];

const WEIGHTS: Record<Focus, number> = {
  valid: 6,
  body: 24,
  encoding: 12,
  path: 15,
  auth: 15,
  idempotency: 8,
  method: 6,
  wire: 10,
  'unknown-route': 4,
};

export interface Recipe {
  focus: Focus;
  /** operation index (taken modulo the number of operations) */
  op: number;
  /** which variant of the focus (taken modulo the number of variants) */
  variant: number;
  /** seeds the small choices made while building (which field, which size) */
  aux: number;
  /** strings for field values: ASCII, graphemes, raw UTF-16 units (lone surrogates included), and known troublemakers */
  texts: string[];
  /** an arbitrary JSON value for bodies that are not what the schema wants */
  json: fc.JsonValue;
  /** the source address 127.<ip>.x.y: spreads requests over per-IP rate limits */
  ip: number;
}

const TROUBLE = [
  '其其格',
  'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ',
  '😀👨‍👩‍👧‍👦',
  '\u0000',
  '\u202e\u200b\ufeff',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  '%00%2e%2e',
  '\r\nX-Injected: 1',
  'null',
  '\ud800',
  '\udfff\ud800',
  ' ',
  '\u3000',
];

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...TROUBLE),
);

export function recipeArbitrary(): fc.Arbitrary<Recipe> {
  return fc.record({
    focus: fc.oneof(...FOCI.map((focus) => ({ arbitrary: fc.constant(focus), weight: WEIGHTS[focus] }))),
    op: fc.nat({ max: 10_000 }),
    variant: fc.nat({ max: 10_000 }),
    aux: fc.nat(),
    texts: fc.array(text, { minLength: 4, maxLength: 4 }),
    json: fc.jsonValue({ maxDepth: 3 }),
    ip: fc.nat({ max: 249 }),
  });
}

/** The same seed gives the same recipes. */
export function sampleRecipes(count: number, seed: number): Recipe[] {
  return fc.sample(recipeArbitrary(), { seed, numRuns: count });
}
