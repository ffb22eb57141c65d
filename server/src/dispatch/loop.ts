// Runs a dispatch pass every interval, in the one process that holds the dispatch lease; passes never overlap.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { runDispatchPass } from './dispatcher';
import { PROCESS_ID, holdLease } from './lease';
import { sendSupplementReminders } from '../modules/messages/reminders';

export function startDispatchLoop(
  db: Kysely<Database>,
  options: { intervalMs: number; offerWindowSeconds: number; log: FastifyBaseLogger },
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = holdLease(db, 'dispatch', PROCESS_ID, options.intervalMs * 3)
      .then(async (leader) => {
        if (!leader) return;
        await runDispatchPass(db, options.offerWindowSeconds);
        await sendSupplementReminders(db);
      })
      .catch((error: unknown) => options.log.error({ err: error }, 'dispatch pass failed'))
      .finally(() => {
        running = null;
      });
  }, options.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
