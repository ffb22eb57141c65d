import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MessageListResponse } from '../../schemas/api';
import { IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { listMessages, markAllRead } from './messages.service';

const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/messages',
    {
      onRequest: [app.authenticate],
      schema: { tags: ['messages'], summary: 'My messages, newest first, with the unread count', response: { 200: MessageListResponse, ...errorResponses } },
    },
    async (request) => listMessages(app.db, request.user),
  );

  app.post(
    '/api/messages/read',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: { tags: ['messages'], summary: 'Mark all my messages read', headers: IdempotencyHeaders, response: { 200: MessageListResponse, ...errorResponses } },
    },
    async (request) => {
      await markAllRead(app.db, request.user);
      return listMessages(app.db, request.user);
    },
  );
};

export default messageRoutes;
