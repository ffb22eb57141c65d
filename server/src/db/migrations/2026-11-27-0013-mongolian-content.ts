// Frozen. Traditional Mongolian beside the Chinese for the content that comes from the database, so a Mongolian
// reader does not meet Chinese in the middle of a Mongolian screen: place names, the service catalogue (name,
// department, fee, guide; each material's Mongolian name and note live in the materials JSON as nameMn / noteMn),
// and a code with parameters for the notes the system writes on the timeline (the Chinese text stays in `note`).
// Every column is nullable: null means "no translation yet", and the app shows the Chinese.
import type { Kysely } from 'kysely';

const COLUMNS = [
  { table: 'townships', column: 'name_mn' },
  { table: 'villages', column: 'name_mn' },
  { table: 'service_items', column: 'name_mn' },
  { table: 'service_items', column: 'department_mn' },
  { table: 'service_items', column: 'fee_mn' },
  { table: 'service_items', column: 'guide_mn' },
  /** a stable code for a note the system wrote, e.g. 'offerExpired'; null for a note a person typed */
  { table: 'transitions', column: 'note_key' },
  /** JSON object of string parameters for note_key */
  { table: 'transitions', column: 'note_params' },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { table, column } of COLUMNS) await db.schema.alterTable(table).addColumn(column, 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { table, column } of [...COLUMNS].reverse()) await db.schema.alterTable(table).dropColumn(column).execute();
}
