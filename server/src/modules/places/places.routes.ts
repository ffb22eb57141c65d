import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TownshipView, VillageKind } from '../../../../types';
import { PlacesResponse } from '../../schemas/api';
import { listTownships, listVillages } from './places.repository';

const placesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/places',
    {
      schema: {
        tags: ['places'],
        summary: "The banner's townships (镇/苏木) with their 嘎查, 村 and 社区",
        response: { 200: PlacesResponse },
      },
    },
    async (): Promise<TownshipView[]> => {
      const [townships, villages] = await Promise.all([listTownships(app.db), listVillages(app.db)]);
      // Both languages: the app shows the reader's (the Mongolian is absent where there is no translation yet).
      return townships.map((t) => ({
        id: t.id,
        name: t.name,
        ...(t.name_mn ? { nameMn: t.name_mn } : {}),
        villages: villages
          .filter((v) => v.township_id === t.id)
          .map((v) => ({ id: v.id, name: v.name, ...(v.name_mn ? { nameMn: v.name_mn } : {}), kind: v.kind as VillageKind })),
      }));
    },
  );
};

export default placesRoutes;
