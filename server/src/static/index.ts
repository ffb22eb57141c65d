// Static files: the built H5 app (dist/h5) and the fonts phones lack, compressed and cached so that the first load is
// fast on a slow phone network.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import { registerFonts } from './fonts';

/** Build outputs carry an 8-hex content hash (config/index.ts); their .br/.gz copies are the same file. */
const HASHED_ASSET = /\.[0-9a-f]{8}\.(js|css)(\.br|\.gz)?$/;

function h5Headers(res: SetHeadersResponse, filePath: string): void {
  // Hashed bundles never change; index.html must always be revalidated to pick up a new build.
  res.setHeader('cache-control', HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache');
  // The same address answers in Brotli, gzip or plain depending on the request: caches must keep them apart.
  res.setHeader('vary', 'accept-encoding');
}

export async function registerStatic(app: FastifyInstance, h5Dir: string | null): Promise<void> {
  registerFonts(app, path.resolve(__dirname, '..', '..', 'assets', 'fonts'));

  if (h5Dir && fs.existsSync(path.join(h5Dir, 'index.html'))) {
    // Browsers ask for it on every first load; the app has no icon of its own (the mini-program's comes from WeChat).
    // An empty answer cached for a year spares a slow link the request and the log a 404.
    app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) => {
      void reply.code(204).header('cache-control', 'public, max-age=31536000').send();
    });
    await app.register(fastifyStatic, {
      root: h5Dir,
      prefix: '/',
      // The build writes .br and .gz beside each text asset (config/precompress-plugin.ts): sent when accepted.
      preCompressed: true,
      // Off, or its own "max-age=0", written after setHeaders, would replace ours.
      cacheControl: false,
      setHeaders: h5Headers,
    });
  }
}
