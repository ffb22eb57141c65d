// Writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of the H5 build, once, at the highest levels:
// the server sends them as they are (@fastify/static preCompressed) instead of compressing on every request.
// On slow 4G the JavaScript is most of the time to first paint, and Brotli sends about a quarter of its bytes.
import zlib from 'node:zlib';
import type { Compiler } from 'webpack';

const NAME = 'PrecompressPlugin';
const TEXT_ASSET = /\.(js|css|html|svg|json)$/;
/** Below this, the compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

export class PrecompressPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // OPTIMIZE_TRANSFER runs after minification and after index.html is written (OPTIMIZE_INLINE).
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        for (const [file, source] of Object.entries(assets)) {
          if (!TEXT_ASSET.test(file)) continue;
          const bytes = source.buffer();
          if (bytes.length < MIN_BYTES) continue;
          const brotli = zlib.brotliCompressSync(bytes, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
          });
          compilation.emitAsset(`${file}.br`, new sources.RawSource(brotli));
          compilation.emitAsset(`${file}.gz`, new sources.RawSource(zlib.gzipSync(bytes, { level: 9 })));
        }
      });
    });
  }
}
