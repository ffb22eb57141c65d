// Taro's H5 router loads each page's code with import() only after the app's own bundle has downloaded and run: two
// trips over a slow network before anything shows. This writes, into index.html, a small script that reads the route
// from the address (hash router) and preloads that page's chunks at once, in parallel with the app bundle.
import type { Compilation, Compiler } from 'webpack';
import { rewriteIndexHtml } from './index-html';

const NAME = 'RoutePreloadPlugin';
/** The page Taro shows for an empty hash: the first entry of app.config's pages. */
const HOME_ROUTE = 'pages/index/index';

/** Route (as in app.config, e.g. "pages/case/index") to the files of its import() chunk group. */
function routeFiles(compilation: Compilation): Record<string, string[]> {
  const byRoute: Record<string, string[]> = {};
  for (const group of compilation.chunkGroups) {
    if (group.isInitial()) continue;
    for (const origin of group.origins) {
      // Taro's entry imports every page as "./<route>" (taro-loader h5.js genResource), every route holding "pages/";
      // other imports (the Mongolian catalogue's "./mn") are not pages.
      const route = /^\.\/((?:[\w-]+\/)*pages\/[\w/-]+)$/.exec(origin.request ?? '')?.[1];
      if (!route) continue;
      const files = group.chunks.flatMap((chunk) => [...chunk.files]).filter((file) => /\.(js|css)$/.test(file));
      byRoute[route] = [...new Set([...(byRoute[route] ?? []), ...files])];
    }
  }
  return byRoute;
}

function preloadScript(publicPath: string, files: Record<string, string[]>): string {
  // Runs before the app: plain ES5, no dependency. CSS is preloaded (the chunk loader inserts the stylesheet itself).
  return (
    `<script>(function(m,p){var r=location.hash.replace(/^#\\/?/,'').split('?')[0]||'${HOME_ROUTE}',f=m[r]||[];` +
    `for(var i=0;i<f.length;i++){var l=document.createElement('link');l.rel='preload';` +
    `l.as=/\\.css$/.test(f[i])?'style':'script';l.href=p+f[i];document.head.appendChild(l)}})(` +
    `${JSON.stringify(files)},${JSON.stringify(publicPath)})</script>`
  );
}

export class RoutePreloadPlugin {
  apply(compiler: Compiler): void {
    rewriteIndexHtml(compiler, NAME, (html, publicPath, compilation) => {
      const at = html.search(/<script|<\/head>/);
      if (at < 0) return null;
      return html.slice(0, at) + preloadScript(publicPath, routeFiles(compilation)) + html.slice(at);
    });
  }
}
