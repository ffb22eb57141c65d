import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export function listItems(db: Kysely<Database>) {
  return db.selectFrom('service_items').selectAll().orderBy('department').orderBy('name').execute();
}

export function findItem(db: Kysely<Database>, id: string) {
  return db.selectFrom('service_items').selectAll().where('id', '=', id).executeTakeFirst();
}
