// Runs a dispatch pass every interval, in the one process that holds the dispatch lease; passes never overlap.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { runDispatchPass } from './dispatcher';
import { PROCESS_ID, holdLease } from './lease';
import { sendSupplementReminders } from '../modules/messages/reminders';

export interface DispatchLoopOptions {
  intervalMs: number;
  offerWindowSeconds: number;
  log: FastifyBaseLogger;
  /** who this loop is among the API processes (the process id unless a test runs several in one process) */
  holder?: string;
  /** how long the lease outlives its last renewal: how soon another process takes over from a dead leader */
  leaseMs?: number;
}

/**
 * Every tick renews (or tries to take) the lease, also while a pass is still running: a pass that outlasts the
 * lease would otherwise let a second process start one beside it. A new pass starts only when none is running.
 */
export function startDispatchLoop(db: Kysely<Database>, options: DispatchLoopOptions): () => Promise<void> {
  const holder = options.holder ?? PROCESS_ID;
  const leaseMs = options.leaseMs ?? Math.max(options.intervalMs * 3, 10_000);
  let stopped = false;
  let renewal: Promise<void> | null = null;
  let pass: Promise<void> | null = null;
  const runPass = async (): Promise<void> => {
    try {
      const { offered } = await runDispatchPass(db, options.offerWindowSeconds);
      await sendSupplementReminders(db);
      // One line per pass shows which process ran it and what it did.
      options.log.info({ holder, offered }, 'dispatch pass');
    } catch (error: unknown) {
      options.log.error({ err: error }, 'dispatch pass failed');
    }
  };
  const timer = setInterval(() => {
    if (renewal) return;
    renewal = holdLease(db, 'dispatch', holder, leaseMs)
      .then((leader) => {
        if (!leader || pass || stopped) return;
        pass = runPass().finally(() => {
          pass = null;
        });
      })
      .catch((error: unknown) => options.log.error({ err: error }, 'dispatch lease failed'))
      .finally(() => {
        renewal = null;
      });
  }, options.intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await renewal;
    await pass;
  };
}
