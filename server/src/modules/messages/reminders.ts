// 容缺 reminders: when a promised material is due within REMIND_DAYS working days (or overdue), the resident and
// whoever filed for them get one message per material per day, until it is supplied or the case closes.
import type { Kysely } from 'kysely';
import { FINAL_STATUSES } from '../../../../types';
import type { Database } from '../../db/schema';
import { bannerDate, workingDaysBetween } from '../../lib/working-days';
import { dayStartIso } from '../supervision/days';
import { filerLinkEnded, residentSide } from '../family/consent';

const REMIND_DAYS = 2;

export async function sendSupplementReminders(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const today = bannerDate(now);
  const due = await db
    .selectFrom('request_materials')
    .innerJoin('requests', 'requests.id', 'request_materials.request_id')
    .select(['request_materials.request_id', 'request_materials.name', 'request_materials.supply_by', 'requests.resident_id', 'requests.filed_by_id'])
    .select((eb) => filerLinkEnded(eb).as('filer_link_ended'))
    .where('request_materials.status', '=', 'deferred')
    .where('request_materials.supply_by', 'is not', null)
    .where('requests.status', 'not in', [...FINAL_STATUSES, 'result_delivered', 'rated'])
    .execute();
  let sent = 0;
  for (const m of due) {
    if (!m.supply_by || workingDaysBetween(today, m.supply_by) > REMIND_DAYS) continue;
    const body = `${m.name}|${m.supply_by}`;
    const already = await db
      .selectFrom('messages')
      .select('id')
      .where('request_id', '=', m.request_id)
      .where('kind', '=', 'supplement_due')
      .where('body', '=', body)
      // since the banner day began (UTC+8): a UTC midnight would let the first eight hours of each day send again
      .where('created_at', '>=', dayStartIso(today))
      .executeTakeFirst();
    if (already) continue;
    const at = now.toISOString();
    const recipients = residentSide(m);
    await db
      .insertInto('messages')
      .values(recipients.map((userId) => ({ user_id: userId, request_id: m.request_id, kind: 'supplement_due', body, created_at: at, read_at: null })))
      .execute();
    sent += recipients.length;
  }
  return sent;
}
