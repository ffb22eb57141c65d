// Runs a dispatch pass every interval. One process runs it (on PostgreSQL, the advisory-lock election is part of the
// dispatch issue); passes never overlap.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { runDispatchPass } from './dispatcher';
import { sendSupplementReminders } from '../modules/messages/reminders';

export function startDispatchLoop(
  db: Kysely<Database>,
  options: { intervalMs: number; offerWindowSeconds: number; log: FastifyBaseLogger },
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = runDispatchPass(db, options.offerWindowSeconds)
      .then(() => sendSupplementReminders(db))
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
