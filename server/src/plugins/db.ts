// Makes the database handle available as app.db and closes it when the app closes.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DbHandle } from '../db/connect';
import type { Database } from '../db/schema';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbHandle: DbHandle;
  }
}

export default fp(
  async function db(app: FastifyInstance, options: { handle: DbHandle }) {
    app.decorate('db', options.handle.db);
    app.decorate('dbHandle', options.handle);
    app.addHook('onClose', async () => {
      await options.handle.close();
    });
  },
  { name: 'db' },
);
