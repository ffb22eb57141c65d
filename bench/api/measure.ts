// One autocannon run and the few numbers taken from it.
import crypto from 'node:crypto';
import autocannon from 'autocannon';

export interface Target {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** a fresh Idempotency-Key on every request (each write is a new one, never a replay) */
  freshIdempotencyKey?: boolean;
}

export interface Measurement {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

export interface RunOptions {
  seconds: number;
  connections: number;
  /** requests per second over all connections; absent: as fast as the server answers */
  overallRate?: number;
}

export async function measure(target: Target, options: RunOptions): Promise<Measurement> {
  let counter = 0;
  const prefix = crypto.randomBytes(6).toString('hex');
  const result = await autocannon({
    url: target.url,
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.overallRate,
    timeout: 10,
    requests: target.freshIdempotencyKey
      ? [
          {
            setupRequest: (request) => {
              counter += 1;
              return { ...request, headers: { ...request.headers, 'idempotency-key': `bench-${prefix}-${counter}` } };
            },
          },
        ]
      : undefined,
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}
