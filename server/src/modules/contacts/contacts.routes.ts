// "Who helps me": the help line, my village's grid worker, and the helper on my latest open case — the people the
// home screen's one-tap call reaches — and the next day the mobile agency point comes to my village.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { FINAL_STATUSES, type AgencyVisitView, type HelperContact, type HelperKind, type LanguageCode } from '../../../../types';
import { bannerDate } from '../../lib/working-days';
import { agencyVisitView, ensureRounds, openAgencyDays } from '../booking/agency-rounds';
import { parseStringList } from '../../lib/json';
import { ContactsResponse } from '../../schemas/api';
import { errorResponses } from '../../schemas/common';

const contactRoutes: FastifyPluginAsyncTypebox<{ helpLine: string }> = async (app, options) => {
  /** The first day residents of the village can book the agency point (or a market day) for. */
  const nextAgencyDay = async (villageId: string): Promise<AgencyVisitView | null> => {
    const village = await app.db.selectFrom('villages').select(['id', 'name', 'township_id']).where('id', '=', villageId).executeTakeFirst();
    if (!village) return null;
    const today = bannerDate();
    await ensureRounds(app.db, [village], today);
    const [next] = await openAgencyDays(app.db, villageId, today);
    return next ? agencyVisitView(next) : null;
  };
  app.get(
    '/api/me/contacts',
    {
      onRequest: [app.authenticate],
      schema: { tags: ['auth'], summary: 'The help line, my grid worker and my current helper', response: { 200: ContactsResponse, ...errorResponses } },
    },
    async (request) => {
      const me = await app.db.selectFrom('users').select('village_id').where('id', '=', request.user.id).executeTakeFirst();
      const helpers = await app.db
        .selectFrom('helpers')
        .innerJoin('users', 'users.id', 'helpers.user_id')
        .select(['users.id', 'users.name', 'users.phone', 'helpers.kind', 'helpers.languages', 'helpers.grid_village_ids'])
        .execute();
      const contact = (h: (typeof helpers)[number]): HelperContact => ({
        id: h.id,
        name: h.name,
        phone: h.phone ?? '',
        kind: h.kind as HelperKind,
        languages: parseStringList(h.languages) as LanguageCode[],
      });
      const villageId = me?.village_id ?? null;
      // A grid worker living in her own grid is not her own contact (her home screen offered to call herself).
      const gridWorkers = villageId
        ? helpers.filter((h) => h.kind === 'grid_worker' && h.id !== request.user.id && parseStringList(h.grid_village_ids).includes(villageId)).map(contact)
        : [];
      const latest = await app.db
        .selectFrom('requests')
        .select('helper_id')
        .where('resident_id', '=', request.user.id)
        .where('helper_id', 'is not', null)
        .where('status', 'not in', [...FINAL_STATUSES])
        .orderBy('updated_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      const current = latest?.helper_id ? helpers.find((h) => h.id === latest.helper_id) : undefined;
      return { helpLine: options.helpLine, gridWorkers, currentHelper: current ? contact(current) : null, nextAgencyDay: villageId ? await nextAgencyDay(villageId) : null };
    },
  );
};

export default contactRoutes;
