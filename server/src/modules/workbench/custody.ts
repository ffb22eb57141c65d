// What of the resident's a helper still holds: documents (and any 代缴 money) handed over on 居民交材料 and not yet
// handed back. A case that ends early (终止, 撤销) does not end the custody: the helper returns them on a 交接单 of its
// own, and the case stays on the helper's task list until then.
import { sql, type ExpressionBuilder } from 'kysely';
import { RETURN_HANDOVERS, type RequestStatus } from '../../../../types';
import type { Database } from '../../db/schema';

/** Exits after which the resident's things are handed back without the case moving on. */
export const EXITS_WITH_RETURN: readonly RequestStatus[] = ['terminated', 'withdrawn'];
/** holdsResidentItems (types/domain.ts) for the request row of a query. */
export function holdsResidentItemsSql(eb: ExpressionBuilder<Database, 'requests'>) {
  const handed = (kinds: readonly string[]) =>
    eb
      .selectFrom('handovers')
      .select(sql.lit(1).as('one'))
      .whereRef('handovers.request_id', '=', 'requests.id')
      .where('handovers.kind', 'in', [...kinds]);
  return eb.and([eb.exists(handed(['resident_to_helper'])), eb.not(eb.exists(handed(RETURN_HANDOVERS)))]);
}
