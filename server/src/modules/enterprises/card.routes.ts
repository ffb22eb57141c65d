// 企业数字名片 over HTTP: the enterprise's contact or a supervisor reads, issues (or replaces) and withdraws the card's
// link; anyone holding the link reads the card, without an account.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { requireRole } from '../../lib/roles';
import { CardTokenParams, EnterpriseCard, EnterpriseCardState } from '../../schemas/card';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { cardState, issueCard, publicCard, withdrawCard } from './card';

export interface CardRouteOptions {
  helpLine: string;
  /** where the app is reached from outside (PUBLIC_ORIGIN); null: the origin the caller used */
  publicOrigin: string | null;
}

const cardRoutes: FastifyPluginAsyncTypebox<CardRouteOptions> = async (app, options) => {
  const managers = requireRole('supervisor', 'enterprise');
  const tags = ['enterprises'];
  const state = { 200: EnterpriseCardState, ...errorResponses };
  const originOf = (request: FastifyRequest) => options.publicOrigin ?? `${request.protocol}://${request.host}`;

  app.get(
    '/api/enterprises/:id/card',
    { onRequest: [app.authenticate, managers], schema: { tags, summary: '企业数字名片: its link and QR code, and how often it was opened', params: IdParams, response: state } },
    async (request) => cardState(app.db, request.user, request.params.id, originOf(request)),
  );
  app.post(
    '/api/enterprises/:id/card',
    {
      config: { idempotency: 'optional' },
      onRequest: [app.authenticate, managers],
      schema: { tags, summary: 'Issue the card’s link, replacing an earlier one (which stops working)', headers: IdempotencyHeaders, params: IdParams, response: state },
    },
    async (request) => issueCard(app.db, request.user, request.params.id, originOf(request)),
  );
  app.delete(
    '/api/enterprises/:id/card',
    { onRequest: [app.authenticate, managers], schema: { tags, summary: 'Withdraw the card’s link: it answers NOT_FOUND from now on', params: IdParams, response: state } },
    async (request) => withdrawCard(app.db, request.user, request.params.id),
  );
  app.get(
    '/api/cards/:token',
    { schema: { tags, summary: 'An enterprise’s card, for anyone holding its link (no account needed)', params: CardTokenParams, response: { 200: EnterpriseCard, ...errorResponses } } },
    async (request, reply) => {
      const card = await publicCard(app.db, request.params.token, options.helpLine);
      // Always read fresh: a withdrawn link must stop showing the card at once, and the card is no search result.
      return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').send(card);
    },
  );
};

export default cardRoutes;
