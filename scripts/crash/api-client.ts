// The few HTTP calls the check programs make as a client would: JSON in and out, a bearer token, an Idempotency-Key,
// and demo-mode sign-in (the code comes back as devCode).

export interface ApiResponse {
  status: number;
  /** parsed JSON, or the raw text when the body is not JSON */
  body: unknown;
}

export interface CallOptions {
  method?: string;
  token?: string;
  idempotencyKey?: string;
  body?: unknown;
  timeoutMs?: number;
}

/** Throws when no complete response arrived (refused, reset, timed out): the caller did not get an answer. */
export async function callJson(baseUrl: string, path: string, options: CallOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  // Reading the whole body is part of being answered: a server killed mid-body has not acknowledged anything.
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body };
}

export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function stringField(value: unknown, ...path: string[]): string | null {
  let current: unknown = value;
  for (const key of path) current = asRecord(current)?.[key];
  return typeof current === 'string' ? current : null;
}

export interface Session {
  phone: string;
  token: string;
  userId: string;
}

/** Demo-mode sign-in: ask for a code, read it from the response, verify it. */
export async function signIn(baseUrl: string, phone: string): Promise<Session> {
  const sent = await callJson(baseUrl, '/api/auth/code', { method: 'POST', body: { phone } });
  const code = stringField(sent.body, 'devCode');
  if (sent.status !== 200 || !code) throw new Error(`no demo sign-in code for ${phone}: ${sent.status} ${JSON.stringify(sent.body)}`);
  const verified = await callJson(baseUrl, '/api/auth/verify', { method: 'POST', body: { phone, code } });
  const token = stringField(verified.body, 'token');
  const userId = stringField(verified.body, 'user', 'id');
  if (verified.status !== 200 || !token || !userId) {
    throw new Error(`sign-in failed for ${phone}: ${verified.status} ${JSON.stringify(verified.body)}`);
  }
  return { phone, token, userId };
}
