// 一企一档 over HTTP. Supervisors see and keep every archive; an enterprise contact reads their own; a helper reads
// the archives where they hold a milestone and updates that milestone.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireRole } from '../../lib/roles';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { EnterpriseArchive, EnterpriseBody, EnterpriseListResponse, MilestoneFileParams, MilestoneUpdateBody, MyMilestoneListResponse, ProjectBody, SerialParams } from '../../schemas/quality';
import * as service from './enterprises.service';
import { archive, listEnterprises, myMilestones } from './enterprises.view';

export interface EnterpriseRouteOptions {
  /** where uploads are stored (the uploads module's directory): milestone documents are served from it */
  uploadsDir: string;
}

const enterpriseRoutes: FastifyPluginAsyncTypebox<EnterpriseRouteOptions> = async (app, options) => {
  const supervisorsOnly = requireRole('supervisor');
  const readers = requireRole('supervisor', 'enterprise', 'helper', 'grid_worker');
  const write = { config: { idempotency: 'optional' as const } };
  const one = { 200: EnterpriseArchive, ...errorResponses };
  const tags = ['enterprises'];

  app.get(
    '/api/enterprises',
    { onRequest: [app.authenticate, readers], schema: { tags, summary: 'Enterprises I may see, with milestone progress', response: { 200: EnterpriseListResponse, ...errorResponses } } },
    async (request) => ({ items: await listEnterprises(app.db, request.user) }),
  );
  app.post(
    '/api/enterprises',
    { ...write, onRequest: [app.authenticate, supervisorsOnly], schema: { tags, summary: 'Open an enterprise archive; the contact’s phone becomes their account', headers: IdempotencyHeaders, body: EnterpriseBody, response: { 201: EnterpriseArchive, ...errorResponses } } },
    async (request, reply) => {
      const id = await service.createEnterprise(app.db, request.body);
      return reply.code(201).send(await archive(app.db, request.user, id));
    },
  );
  app.get(
    '/api/enterprises/:id',
    { onRequest: [app.authenticate, readers], schema: { tags, summary: 'The archive: profile, contact, projects and their milestones', params: IdParams, response: one } },
    async (request) => archive(app.db, request.user, request.params.id),
  );
  app.put(
    '/api/enterprises/:id',
    { ...write, onRequest: [app.authenticate, supervisorsOnly], schema: { tags, summary: 'Update the profile and contact', headers: IdempotencyHeaders, params: IdParams, body: EnterpriseBody, response: one } },
    async (request) => {
      await service.updateEnterprise(app.db, request.user, request.params.id, request.body);
      return archive(app.db, request.user, request.params.id);
    },
  );
  app.post(
    '/api/enterprises/:id/projects',
    { ...write, onRequest: [app.authenticate, supervisorsOnly], schema: { tags, summary: 'Add a major project with its seven milestones (企业开办 … 投产)', headers: IdempotencyHeaders, params: IdParams, body: ProjectBody, response: { 201: EnterpriseArchive, ...errorResponses } } },
    async (request, reply) => {
      await service.addProject(app.db, request.user, request.params.id, request.body);
      return reply.code(201).send(await archive(app.db, request.user, request.params.id));
    },
  );
  // PATCH, and POST for the mini-program (wx.request has no PATCH): one handler, one schema, one idempotency rule.
  app.route({
    method: ['PATCH', 'POST'],
    url: '/api/enterprise-milestones/:id',
    ...write,
    onRequest: [app.authenticate, requireRole('supervisor', 'helper', 'grid_worker')],
    schema: {
      tags,
      summary: 'Update a milestone: status, dates, documents, note; a supervisor also assigns the helper',
      headers: IdempotencyHeaders,
      params: SerialParams,
      body: MilestoneUpdateBody,
      response: one,
    },
    handler: async (request) => {
      const enterpriseId = await service.updateMilestone(app.db, request.user, Number(request.params.id), request.body);
      return archive(app.db, request.user, enterpriseId);
    },
  });
  app.get(
    '/api/me/milestones',
    { onRequest: [app.authenticate, requireRole('helper', 'grid_worker')], schema: { tags, summary: 'The 一企一档 milestones assigned to me, with their enterprise and project', response: { 200: MyMilestoneListResponse, ...errorResponses } } },
    async (request) => ({ items: await myMilestones(app.db, request.user) }),
  );
  app.get(
    '/api/enterprise-milestones/:id/files/:fileId',
    { onRequest: [app.authenticate, readers], schema: { tags, summary: 'A milestone document’s scan or photo, for whoever may read the archive', params: MilestoneFileParams } },
    async (request, reply) => {
      const file = await service.milestoneFile(app.db, request.user, Number(request.params.id), request.params.fileId);
      return reply
        .header('content-type', file.mime)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(fs.createReadStream(path.join(options.uploadsDir, path.basename(file.storage_path))));
    },
  );
};

export default enterpriseRoutes;
