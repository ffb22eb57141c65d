// Frozen. 代缴: money a helper carries for a resident (a fee, an insurance premium) is recorded on the hand-over where
// it changes hands, as JSON { amountFen, purpose, receiptNo }: cash taken from the resident, paid at the department
// against a receipt, and any balance handed back, each under both signatures.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('handovers').addColumn('money', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('handovers').dropColumn('money').execute();
}
