import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AvailabilityResponse } from '../../schemas/api';
import { errorResponses } from '../../schemas/common';
import { availability } from './booking.service';

const bookingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/availability',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['booking'],
        summary: 'Free visit slots of the helpers who serve a village, and the mobile agency point’s days there',
        querystring: Type.Object({ villageId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false }),
        response: { 200: AvailabilityResponse, ...errorResponses },
      },
    },
    async (request) => availability(app.db, request.query.villageId),
  );
};

export default bookingRoutes;
