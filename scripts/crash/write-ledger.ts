// The client-side record of every write the crash test made and what the client was told: the truth the database is
// checked against after the last kill.
import { asRecord, stringField, type ApiResponse } from './api-client';

/** file: POST /api/requests; accept: POST /api/offers/:id/accept; deliver: POST /api/requests/:id/transitions */
export type WriteKind = 'file' | 'accept' | 'deliver';

/**
 * acked: a 2xx arrived in full (must be in the database exactly once).
 * unacked: no answer (killed, refused, reset); retried with the same key after the next start.
 * stuck: after a restart, a retry was told the same key is "still being processed" (nothing can be in flight after
 *   a restart, so that answer never changes: the client can never finish this write with its key).
 * rejected: a 4xx other than that; serverError: a 5xx.
 */
export type WriteState = 'unacked' | 'acked' | 'stuck' | 'rejected' | 'serverError';

export interface WriteRecord {
  kind: WriteKind;
  userId: string;
  token: string;
  key: string;
  path: string;
  body: unknown;
  state: WriteState;
  /** for file: the request id the client was given; for accept/deliver: the request acted on */
  requestId: string | null;
  offerId: string | null;
  attempts: number;
  cycle: number;
  /** acknowledged only by a retry after a restart */
  ackedOnRetry: boolean;
  lastStatus: number | null;
  lastError: string | null;
}

export class WriteLedger {
  readonly records: WriteRecord[] = [];

  add(record: Omit<WriteRecord, 'state' | 'attempts' | 'ackedOnRetry' | 'lastStatus' | 'lastError'>): WriteRecord {
    const full: WriteRecord = { ...record, state: 'unacked', attempts: 0, ackedOnRetry: false, lastStatus: null, lastError: null };
    this.records.push(full);
    return full;
  }

  /** Records one attempt's outcome. `afterRestart` marks retries made before any new load on a fresh process. */
  settle(record: WriteRecord, outcome: ApiResponse | Error, afterRestart: boolean): void {
    record.attempts += 1;
    if (outcome instanceof Error) {
      record.state = 'unacked';
      record.lastError = outcome.message;
      return;
    }
    record.lastStatus = outcome.status;
    if (outcome.status >= 200 && outcome.status < 300) {
      record.state = 'acked';
      record.ackedOnRetry = afterRestart;
      const returnedId = record.kind === 'accept' ? stringField(outcome.body, 'request', 'id') : stringField(outcome.body, 'id');
      if (record.kind === 'file') record.requestId = returnedId;
      else if (returnedId !== record.requestId) record.lastError = `answered for request ${String(returnedId)}`;
      return;
    }
    const code = stringField(outcome.body, 'error', 'code');
    const message = stringField(outcome.body, 'error', 'message');
    record.lastError = code
      ? `${outcome.status} ${code}: ${message ?? ''}`
      : `${outcome.status} ${JSON.stringify(asRecord(outcome.body) ?? outcome.body).slice(0, 200)}`;
    if (outcome.status >= 500) record.state = 'serverError';
    else if (afterRestart && code === 'IDEMPOTENCY_IN_PROGRESS') record.state = 'stuck';
    else record.state = 'rejected';
  }

  inState(state: WriteState, kind?: WriteKind): WriteRecord[] {
    return this.records.filter((r) => r.state === state && (kind === undefined || r.kind === kind));
  }

  countsByKind(): Record<WriteKind, Record<WriteState, number>> {
    const empty = (): Record<WriteState, number> => ({ unacked: 0, acked: 0, stuck: 0, rejected: 0, serverError: 0 });
    const counts: Record<WriteKind, Record<WriteState, number>> = { file: empty(), accept: empty(), deliver: empty() };
    for (const r of this.records) counts[r.kind][r.state] += 1;
    return counts;
  }
}
