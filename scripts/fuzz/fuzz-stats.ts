// Tallies for the fuzz run: by status, by focus, by operation, the categories that failed, and a few examples of each
// kind of failure (matched to the server's own log line by request id, so a 5xx comes with its stack).
import { asRecord, stringField } from '../crash/api-client';
import type { FuzzCase } from './build-request';
import type { RawExchange } from './raw-http';
import type { Checked, Problem } from './response-check';

export interface Example {
  problem: Problem;
  category: string;
  operation: string;
  request: string;
  status: number;
  answer: string;
  serverLog?: string;
}

interface Tally {
  sent: number;
  status5xx: number;
  uncoded4xx: number;
  leak: number;
}

const emptyTally = (): Tally => ({ sent: 0, status5xx: 0, uncoded4xx: 0, leak: 0 });
// Every failure is kept (answers are cut to 300 characters), so cause counts are exact; bounded by --requests.
const MAX_EXAMPLES = 100_000;

export class FuzzStats {
  requests = 0;
  responses = 0;
  noResponse = 0;
  readonly byStatus: Record<string, number> = {};
  readonly byFocus: Record<string, Tally> = {};
  readonly byOperation: Record<string, number> = {};
  readonly byCategory: Record<string, Tally> = {};
  readonly noResponseByCategory: Record<string, number> = {};
  private readonly examples: Example[] = [];

  record(c: FuzzCase, exchange: RawExchange, checks: readonly Checked[]): void {
    this.requests += 1;
    const focus = c.category.split(':')[0] ?? c.category;
    const byFocus = (this.byFocus[focus] ??= emptyTally());
    const byCategory = (this.byCategory[c.category] ??= emptyTally());
    byFocus.sent += 1;
    byCategory.sent += 1;
    this.byOperation[c.operation] = (this.byOperation[c.operation] ?? 0) + 1;
    if (exchange.responses.length === 0) {
      this.noResponse += 1;
      this.noResponseByCategory[c.category] = (this.noResponseByCategory[c.category] ?? 0) + 1;
      return;
    }
    exchange.responses.forEach((res, i) => {
      this.responses += 1;
      this.byStatus[res.status] = (this.byStatus[res.status] ?? 0) + 1;
      const check = checks[i];
      if (!check?.problem) return;
      byFocus[check.problem] += 1;
      byCategory[check.problem] += 1;
      if (this.examples.length < MAX_EXAMPLES) {
        this.examples.push({
          problem: check.problem,
          category: c.category,
          operation: c.operation,
          request: `${c.method} ${c.targetPreview}`,
          status: res.status,
          answer: check.detail,
        });
      }
    });
  }

  count(problem: Problem): number {
    return Object.values(this.byFocus).reduce((sum, t) => sum + t[problem], 0);
  }

  failingCategories(): Record<string, Tally> {
    return Object.fromEntries(Object.entries(this.byCategory).filter(([, t]) => t.status5xx + t.uncoded4xx + t.leak > 0));
  }

  /**
   * Failures grouped by root cause: a 5xx by the server's logged error (type and message), anything else by status and
   * answer. Each cause with how often it was seen and one example; 5xx first.
   */
  causes(serverLogs: readonly string[]): { cause: string; count: number; example: Example }[] {
    const groups = new Map<string, { cause: string; count: number; example: Example }>();
    for (const e of this.examples) {
      const serverLog = e.problem === 'status5xx' ? logFor(e.answer, serverLogs) : undefined;
      // The request id and an echoed URL differ per request, not per cause.
      const answer = e.answer.replace(/"requestId":"[^"]*"/, '').replace(/'[^']*' is not a valid url/, "'…' is not a valid url").slice(0, 160);
      const cause = `${e.problem} ${e.status}: ${serverLog?.split(' | ')[0] ?? answer}`;
      const group = groups.get(cause);
      if (group) group.count += 1;
      else groups.set(cause, { cause, count: 1, example: { ...e, serverLog } });
    }
    const rank = (p: Problem) => (p === 'status5xx' ? 0 : p === 'leak' ? 1 : 2);
    return [...groups.values()].sort((a, b) => rank(a.example.problem) - rank(b.example.problem) || b.count - a.count);
  }
}

/** The server's error line for the request id in an answer body: the error message and where it was thrown. */
function logFor(answer: string, serverLogs: readonly string[]): string | undefined {
  let requestId: string | null = null;
  try {
    requestId = stringField(JSON.parse(answer) as unknown, 'error', 'requestId');
  } catch {
    return undefined;
  }
  const line = requestId ? serverLogs.find((l) => l.includes(`"reqId":"${requestId}"`)) : undefined;
  if (!line) return undefined;
  try {
    const err = asRecord(asRecord(JSON.parse(line) as unknown)?.err);
    const stack = typeof err?.stack === 'string' ? err.stack.split('\n').slice(0, 3).join(' | ') : '';
    return `${String(err?.type)}: ${String(err?.message)} | ${stack}`.slice(0, 600);
  } catch {
    return line.slice(0, 600);
  }
}
