// Frozen. 亲属代办 links can be ended, by the one who acts or by the family member acted for (she may withdraw her
// consent at any time). An ended link stays as a record of who could act when; it no longer grants anything.
import type { Kysely } from 'kysely';

const COLUMNS = ['ended_at', 'ended_by'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of COLUMNS) await db.schema.alterTable('family_links').addColumn(column, 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of [...COLUMNS].reverse()) await db.schema.alterTable('family_links').dropColumn(column).execute();
}
