// Frozen. 加急: a supervisor may mark a case urgent with a reason, and lift it again; dispatch then plans the visit for
// the first day a helper can come instead of pooling it into a later trip, and the case board lists it first. A
// resident (or whoever filed for them) may ask for it with a reason; the ask waits on the board until a supervisor
// grants or declines it.
import type { Kysely } from 'kysely';

const COLUMNS = ['urgent_at', 'urgent_reason', 'urgency_asked_at', 'urgency_asked_reason'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of COLUMNS) await db.schema.alterTable('requests').addColumn(column, 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of [...COLUMNS].reverse()) await db.schema.alterTable('requests').dropColumn(column).execute();
}
