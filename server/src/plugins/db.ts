// Makes the database handle available as app.db and closes it when the app closes. On SQLite it also holds every
// answer back until the writes it may reflect are on disk (the group commit, db/wal-sync.ts).
import fp from 'fastify-plugin';
import type { FastifyInstance, onSendHookHandler } from 'fastify';
import type { Kysely } from 'kysely';
import type { DbHandle } from '../db/connect';
import type { Database } from '../db/schema';
import type { WalSync } from '../db/wal-sync';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbHandle: DbHandle;
  }
}

function durableBeforeAnswer(walSync: WalSync): onSendHookHandler {
  return (_request, _reply, payload, done) => {
    if (!walSync.pending) return done(null, payload);
    walSync.durable().then(
      () => done(null, payload),
      (error: Error) => done(error),
    );
  };
}

export default fp(
  async function db(app: FastifyInstance, options: { handle: DbHandle }) {
    app.decorate('db', options.handle.db);
    app.decorate('dbHandle', options.handle);
    const { walSync } = options.handle;
    if (walSync) {
      const barrier = durableBeforeAnswer(walSync);
      // Added to each route after its other onSend hooks (a route's own run after the app's), so it also covers
      // what they write, such as the stored answer of an idempotent request.
      app.addHook('onRoute', (route) => {
        const own = route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend];
        route.onSend = [...own, barrier];
      });
    }
    app.addHook('onClose', async () => {
      await options.handle.close();
    });
  },
  { name: 'db' },
);
