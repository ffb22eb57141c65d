// The build plugins that write into index.html share this: one rewrite of its text, after html-webpack-plugin has
// written it (OPTIMIZE_INLINE) and before the compressed copies are made (OPTIMIZE_TRANSFER).
import type { Compilation, Compiler } from 'webpack';

/** `rewrite` gets index.html and the compilation's public path; it returns the new text, or null to leave it. */
export function rewriteIndexHtml(
  compiler: Compiler,
  name: string,
  rewrite: (html: string, publicPath: string, compilation: Compilation) => string | null,
): void {
  const { Compilation, sources } = compiler.webpack;
  compiler.hooks.thisCompilation.tap(name, (compilation) => {
    compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
      const html = compilation.getAsset('index.html');
      if (!html) return;
      const next = rewrite(html.source.source().toString(), String(compilation.outputOptions.publicPath ?? '/'), compilation);
      if (next !== null) compilation.updateAsset('index.html', new sources.RawSource(next));
    });
  });
}
