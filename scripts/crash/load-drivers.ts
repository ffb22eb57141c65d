// The write load a crash lands in: residents filing requests (each with a fresh Idempotency-Key) and the grid worker
// accepting the offers that reach her and closing them (assigned -> result_delivered, which frees her capacity so
// offers keep coming). Each worker stops at its first unanswered call: the server is gone.
import { asRecord, callJson, stringField, type Session } from './api-client';
import { seededRandom, type Random } from './seeded-random';
import type { WriteLedger, WriteRecord } from './write-ledger';

/** Where the filed requests go: mostly the grid worker 乌日娜's two 嘎查, so offers reach her. */
const HER_VILLAGES = ['wushenzhao-wushenzhao', 'wushenzhao-buridu'];
const OTHER_VILLAGES = ['galutu-hurehu', 'wushenzhao-huize', 'tuke-hulusu', 'wudinghe-henan', 'sulide-taoli'];
const KINDS = ['callback', 'home_visit', 'assist', 'delegate'] as const;
const SERVICE_ITEMS = ['resident-pension-claim', 'senior-allowance', 'disability-cert-renew', 'id-card-renewal'];

export interface LoadContext {
  url: string;
  ledger: WriteLedger;
  seed: number;
  cycle: number;
  residents: readonly Session[];
  gridWorker: Session;
  writersPerResident: number;
}

export interface RunningLoad {
  /** asks every worker to stop after its current call */
  stop(): void;
  /** resolves when every worker has stopped */
  done: Promise<void>;
}

export async function send(url: string, record: WriteRecord, afterRestart: boolean, ledger: WriteLedger): Promise<boolean> {
  try {
    const res = await callJson(url, record.path, { method: 'POST', token: record.token, idempotencyKey: record.key, body: record.body });
    ledger.settle(record, res, afterRestart);
    return true;
  } catch (error) {
    ledger.settle(record, error instanceof Error ? error : new Error(String(error)), afterRestart);
    return false;
  }
}

function requestBody(random: Random, label: string): Record<string, string> {
  const body: Record<string, string> = {
    kind: random.pick(KINDS),
    villageId: random.chance(0.7) ? random.pick(HER_VILLAGES) : random.pick(OTHER_VILLAGES),
    description: `崩溃测试 ${label}：请帮我办理，家里没有人会用手机。${'备注'.repeat(random.int(0, 40))}`,
  };
  // A service item on a call-back or visit needs no materials checklist (帮办/代办 with an item would).
  if ((body.kind === 'callback' || body.kind === 'home_visit') && random.chance(0.3)) body.serviceItemId = random.pick(SERVICE_ITEMS);
  return body;
}

async function residentWriter(ctx: LoadContext, resident: Session, worker: number, stopped: () => boolean): Promise<void> {
  const random = seededRandom(ctx.seed * 1_000_003 + ctx.cycle * 101 + worker);
  for (let n = 0; !stopped(); n += 1) {
    const label = `${ctx.cycle}-${worker}-${n}`;
    const record = ctx.ledger.add({
      kind: 'file',
      userId: resident.userId,
      token: resident.token,
      key: `crash-${ctx.seed}-${label}-${random.token(10)}`,
      path: '/api/requests',
      body: requestBody(random, label),
      requestId: null,
      offerId: null,
      cycle: ctx.cycle,
    });
    if (!(await send(ctx.url, record, false, ctx.ledger))) return;
  }
}

interface OpenOffer {
  offerId: string;
  requestId: string;
}

function openOffers(body: unknown): OpenOffer[] {
  const items = asRecord(body)?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const offerId = stringField(item, 'id');
    const requestId = stringField(item, 'request', 'id');
    return offerId && requestId ? [{ offerId, requestId }] : [];
  });
}

async function gridWorkerLoop(ctx: LoadContext, stopped: () => boolean): Promise<void> {
  const random = seededRandom(ctx.seed * 7_919 + ctx.cycle);
  const me = ctx.gridWorker;
  while (!stopped()) {
    let offers: OpenOffer[];
    try {
      offers = openOffers((await callJson(ctx.url, '/api/offers', { token: me.token })).body);
    } catch {
      return;
    }
    if (offers.length === 0) {
      await new Promise((r) => setTimeout(r, 20));
      continue;
    }
    for (const offer of offers.slice(0, 3)) {
      if (stopped()) return;
      const accept = ctx.ledger.add({
        kind: 'accept',
        userId: me.userId,
        token: me.token,
        key: `accept-${ctx.seed}-${ctx.cycle}-${random.token(12)}`,
        path: `/api/offers/${offer.offerId}/accept`,
        body: undefined,
        requestId: offer.requestId,
        offerId: offer.offerId,
        cycle: ctx.cycle,
      });
      if (!(await send(ctx.url, accept, false, ctx.ledger))) return;
      if (accept.state !== 'acked') continue;
      const deliver = ctx.ledger.add({
        kind: 'deliver',
        userId: me.userId,
        token: me.token,
        key: `deliver-${ctx.seed}-${ctx.cycle}-${random.token(12)}`,
        path: `/api/requests/${offer.requestId}/transitions`,
        body: { to: 'result_delivered', note: '电话已回复，无需上门' },
        requestId: offer.requestId,
        offerId: offer.offerId,
        cycle: ctx.cycle,
      });
      if (!(await send(ctx.url, deliver, false, ctx.ledger))) return;
    }
  }
}

export function startLoad(ctx: LoadContext): RunningLoad {
  let stop = false;
  const stopped = () => stop;
  const workers: Promise<void>[] = [gridWorkerLoop(ctx, stopped)];
  ctx.residents.forEach((resident, r) => {
    for (let w = 0; w < ctx.writersPerResident; w += 1) workers.push(residentWriter(ctx, resident, r * 100 + w, stopped));
  });
  return {
    stop: () => {
      stop = true;
    },
    done: Promise.all(workers).then(() => undefined),
  };
}

/**
 * After a restart and before new load: every unanswered write again, same key, same body, same user. The final pass
 * also retries the stuck ones, to show whether they are still stuck after later restarts.
 */
export async function retryUnacked(
  url: string,
  ledger: WriteLedger,
  options: { includeStuck?: boolean; concurrency?: number } = {},
): Promise<{ retried: number; acked: number; stuck: number }> {
  const queue = [...ledger.inState('unacked'), ...(options.includeStuck ? ledger.inState('stuck') : [])];
  const concurrency = options.concurrency ?? 6;
  const retried = queue.length;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < queue.length) {
      const record = queue[next];
      next += 1;
      if (record) await send(url, record, true, ledger);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return {
    retried,
    acked: queue.filter((r) => r.state === 'acked').length,
    stuck: queue.filter((r) => r.state === 'stuck').length,
  };
}
