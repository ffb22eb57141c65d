// Every documented operation, read from the server's own OpenAPI document (GET /api/docs/json), so a new route is
// fuzzed without anyone editing the fuzzer.
import { asRecord } from '../crash/api-client';

/** The subset of JSON Schema the API's TypeBox schemas use. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

export interface QueryParam {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

export interface Operation {
  method: string;
  /** OpenAPI form: /api/requests/{id} */
  template: string;
  pathParams: string[];
  query: QueryParam[];
  /** documents an Idempotency-Key header */
  idempotency: boolean;
  body: JsonSchema | null;
  /**
   * takes a multipart upload. @fastify/swagger leaves `consumes: multipart/form-data` out of the document, so the
   * route's own summary ("multipart field ...") is the sign when there is no requestBody.
   */
  multipart: boolean;
  /** a fuzz-friendly name: "POST /api/requests/{id}/transitions" */
  name: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function toSchema(value: unknown): JsonSchema | null {
  const record = asRecord(value);
  // The shape is the server's own TypeBox output: trusted as JSON Schema once it is an object.
  return record ? (record as JsonSchema) : null;
}

export function operationsFrom(doc: unknown): Operation[] {
  const paths = asRecord(asRecord(doc)?.paths);
  if (!paths) throw new Error('the OpenAPI document has no paths');
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    for (const [method, raw] of Object.entries(asRecord(item) ?? {})) {
      if (!METHODS.includes(method)) continue;
      const op = asRecord(raw) ?? {};
      const parameters = Array.isArray(op.parameters) ? op.parameters.map((p: unknown) => asRecord(p) ?? {}) : [];
      const contents = asRecord(asRecord(op.requestBody)?.content) ?? {};
      const content = asRecord(contents['application/json']);
      operations.push({
        method: method.toUpperCase(),
        template,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => String(p.name)),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: String(p.name), schema: toSchema(p.schema) ?? {}, required: p.required === true })),
        idempotency: parameters.some((p) => p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key'),
        body: content ? toSchema(content.schema) : null,
        multipart: 'multipart/form-data' in contents || (!content && /multipart/i.test(String(op.summary ?? ''))),
        name: `${method.toUpperCase()} ${template}`,
      });
    }
  }
  return operations;
}
