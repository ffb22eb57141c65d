import fs from 'node:fs';
import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { UPLOAD_KINDS } from '../../../../types';
import { AppError } from '../../lib/app-error';
import { UploadView } from '../../schemas/api';
import { IdParams, StringEnum, errorResponses } from '../../schemas/common';
import { canSeeRequest } from '../requests/requests.service';
import { findUpload, storeUpload } from './uploads.service';
import { ALLOWED } from './file-types';

export interface UploadRouteOptions {
  /** outside the web root: files are only ever served through the access check below */
  dir: string;
}

const largestAllowed = Math.max(...Object.values(ALLOWED).map((a) => a.maxBytes));

const uploadRoutes: FastifyPluginAsyncTypebox<UploadRouteOptions> = async (app, options) => {
  await app.register(multipart, { limits: { fileSize: largestAllowed, files: 1, fields: 5, parts: 6 } });

  app.post(
    '/api/uploads',
    {
      onRequest: [app.authenticate],
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['uploads'],
        summary: 'Upload a photo, voice note or signature (multipart field "file"); checked by its bytes, metadata stripped',
        consumes: ['multipart/form-data'],
        querystring: Type.Object({ kind: StringEnum(UPLOAD_KINDS) }, { additionalProperties: false }),
        response: { 201: UploadView, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
      },
    },
    async (request, reply) => {
      let bytes: Buffer;
      try {
        const file = await request.file();
        if (!file) throw new AppError('VALIDATION_FAILED', 'send the file as multipart field "file"', 'file');
        bytes = await file.toBuffer();
      } catch (error) {
        // busboy's parse errors ("Unexpected end of multipart data") carry no status: the upload was cut off or malformed.
        if (error instanceof AppError || (error as { statusCode?: number }).statusCode) throw error;
        throw new AppError('VALIDATION_FAILED', 'the upload was cut off or is not valid multipart; send it again', 'file');
      }
      const view = await storeUpload(app.db, options.dir, request.user, request.query.kind, bytes);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/uploads/:id',
    {
      onRequest: [app.authenticate],
      schema: { tags: ['uploads'], summary: 'Fetch an upload: its owner and the people of its request only', params: IdParams },
    },
    async (request, reply) => {
      const row = await findUpload(app.db, request.params.id);
      const allowed =
        row && (row.owner_id === request.user.id || (row.request_id !== null && (await canSeeRequest(app.db, request.user, row.request_id))));
      if (!row || !allowed) {
        if (row) request.log.warn({ userId: request.user.id, uploadId: row.id }, 'upload access denied');
        throw new AppError('NOT_FOUND', 'no such file');
      }
      const file = path.join(options.dir, path.basename(row.storage_path));
      return reply
        .header('content-type', row.mime)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(fs.createReadStream(file));
    },
  );
};

export default uploadRoutes;
