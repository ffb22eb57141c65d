// Frozen. The mobile agency point's days (流动代办点) become the service centre's to run: a day can be cancelled (a
// dust storm, a closed road) with the reason kept, and a 民生集市 market day can be added for the villages whose
// residents go to that market, with its hours. The regular round (each village on one weekday every second week)
// stays the default; a row a supervisor touched is never regenerated over.
import type { Kysely } from 'kysely';

const TEXT_COLUMNS = ['start_time', 'end_time', 'event_id', 'created_by', 'cancelled_at', 'cancelled_by', 'cancel_reason'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  // 'round': the regular fortnightly visit; 'market': a 民生集市 day added by a supervisor
  await db.schema.alterTable('agency_visits').addColumn('kind', 'text', (c) => c.notNull().defaultTo('round')).execute();
  for (const column of TEXT_COLUMNS) await db.schema.alterTable('agency_visits').addColumn(column, 'text').execute();
  await db.schema.createIndex('agency_visits_day_idx').on('agency_visits').columns(['day', 'village_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('agency_visits_day_idx').execute();
  for (const column of [...TEXT_COLUMNS].reverse()) await db.schema.alterTable('agency_visits').dropColumn(column).execute();
  await db.schema.alterTable('agency_visits').dropColumn('kind').execute();
}
