// Things every supervisor must hear of (a bad rating, a 办不成事 report, a call-back that cannot get through, a
// resident a helper cannot reach at the door) go to each one's message centre.
import type { Kysely, Transaction } from 'kysely';
import type { MessageKind } from '../../../../types';
import type { Database } from '../../db/schema';
import { parseRoles } from '../../lib/json';

type Db = Kysely<Database> | Transaction<Database>;

export async function notifySupervisors(db: Db, kind: MessageKind, body: string, requestId: string | null, at: string): Promise<void> {
  // Roles are JSON text (the same in both engines), so the filter is done here rather than in SQL.
  const supervisors = (await db.selectFrom('users').select(['id', 'roles']).where('roles', 'like', '%supervisor%').execute()).filter((u) =>
    parseRoles(u.roles).includes('supervisor'),
  );
  if (supervisors.length === 0) return;
  await db
    .insertInto('messages')
    .values(supervisors.map((s) => ({ user_id: s.id, request_id: requestId, kind, body, created_at: at, read_at: null })))
    .execute();
}
