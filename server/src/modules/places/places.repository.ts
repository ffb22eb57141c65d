import type { Kysely } from 'kysely';
import { prepareQuery } from '../../db/prepared';
import type { Database } from '../../db/schema';

export function listTownships(db: Kysely<Database>) {
  return db.selectFrom('townships').selectAll().orderBy('id').execute();
}

export function listVillages(db: Kysely<Database>) {
  return db.selectFrom('villages').selectAll().orderBy('township_id').orderBy('name').execute();
}

// Prepared: every filing and booking looks its village up.
const villageById = prepareQuery((db, a: { id: string }) =>
  db
    .selectFrom('villages')
    .innerJoin('townships', 'townships.id', 'villages.township_id')
    .select(['villages.id', 'villages.name', 'villages.lat', 'villages.lng', 'villages.township_id', 'townships.name as township_name'])
    .where('villages.id', '=', a.id),
);

export function findVillage(db: Kysely<Database>, id: string) {
  return villageById.first(db, { id });
}
