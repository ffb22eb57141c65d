// What a family link's end takes away. Whoever filed a case for a family member reads and follows it as the resident
// does; once the member (or the filer) ends their 亲属代办 link, that stops too, for the cases filed before as well:
// withdrawing consent means he no longer sees her affairs. The case stays hers, and its record still names him.
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/schema';

/** Whether the link between the case's filer (acting) and its resident (acted for) has been ended. */
export function filerLinkEnded(eb: ExpressionBuilder<Database, 'requests'>) {
  return eb.exists(
    eb
      .selectFrom('family_links')
      .select(sql.lit(1).as('one'))
      .whereRef('family_links.resident_id', '=', 'requests.filed_by_id')
      .whereRef('family_links.member_id', '=', 'requests.resident_id')
      .where('family_links.status', '=', 'ended'),
  );
}
