// What a family link's end takes away. Whoever filed a case for a family member reads and follows it as the resident
// does; once the member (or the filer) ends their 亲属代办 link, that stops too, for the cases filed before as well:
// withdrawing consent means he no longer sees her affairs. The case stays hers, and its record still names him.
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
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

/**
 * Who hears about a case as its resident (status messages, reminders, answers to a 加急 ask): the resident, and whoever
 * filed it for them while their family link stands. The row carries filerLinkEnded(eb) as filer_link_ended.
 */
export function residentSide(row: { resident_id: string; filed_by_id: string; filer_link_ended: SqlBool }): string[] {
  return [...new Set([row.resident_id, ...(row.filer_link_ended ? [] : [row.filed_by_id])])];
}
