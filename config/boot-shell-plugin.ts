// Until the app's JavaScript has arrived and run (most of a second on slow 4G), index.html showed a blank screen. This
// writes a small static first screen into it instead: the app's name and "loading" in the reader's language, drawn from
// the HTML and CSS alone. It is fixed in place and the first page is drawn over it (Taro's pages are positioned, with
// their own background), so nothing moves when it goes; PageShell removes it once a page has mounted.
import fs from 'node:fs';
import path from 'node:path';
import type { Compiler } from 'webpack';
import { rewriteIndexHtml } from './index-html';

const NAME = 'BootShellPlugin';
/** The id src/services/boot-shell.ts removes. */
const BOOT_SHELL_ID = 'boot-shell';
/** The webpackChunkName of the Mongolian catalogue's import() in src/i18n/mn-catalogue.h5.ts. */
const MN_CATALOGUE_CHUNK = 'i18n-mn';

/**
 * One string of a message catalogue, read from its source: Taro loads this config with a compiler that covers config/
 * only, so the catalogues cannot be imported here.
 */
function message(file: 'zh-CN' | 'mn', key: 'app.title' | 'common.loading'): string {
  const source = fs.readFileSync(path.resolve(__dirname, '..', 'src', 'i18n', `${file}.ts`), 'utf8');
  const found = new RegExp(`'${key.replace('.', '\\.')}':\\s*'([^']+)'`).exec(source)?.[1];
  if (!found) throw new Error(`${NAME}: no '${key}' in src/i18n/${file}.ts`);
  return found;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The same sizes and colours as a page's title and body text (app.css), standard and elder mode.
const STYLE =
  `<style>#${BOOT_SHELL_ID}{position:fixed;top:0;left:0;right:0;z-index:-1;padding:16px;color:#1a1a1a;` +
  `font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei','Noto Sans Mongolian','Mongolian Baiti',sans-serif}` +
  `#${BOOT_SHELL_ID} p{margin:0;font-size:18px;line-height:1.5}` +
  `#${BOOT_SHELL_ID} .boot-shell__title{margin:8px 0 16px;font-size:26px;font-weight:700;line-height:1.4}` +
  `#${BOOT_SHELL_ID}.elder p{font-size:22px;line-height:1.6}#${BOOT_SHELL_ID}.elder .boot-shell__title{font-size:30px}` +
  // Traditional Mongolian runs top to bottom, columns left to right: the title's column, then the loading line's.
  `#${BOOT_SHELL_ID}.mn{display:flex;gap:16px}#${BOOT_SHELL_ID}.mn p{writing-mode:vertical-lr}</style>`;

/**
 * Chinese in the markup; a reader who chose Mongolian (the app's persisted settings, as Taro's storage writes them) gets
 * the Mongolian strings and the Mongolian font face before the first paint, and the app's Mongolian catalogue (a chunk
 * of its own, src/i18n/mn-catalogue.h5.ts) is fetched alongside the app's code. Plain ES5, runs before the app.
 */
function shellMarkup(mnCatalogueUrls: string[]): string {
  const text = { title: message('mn', 'app.title'), loading: message('mn', 'common.loading') };
  const font =
    "@font-face{font-family:'Noto Sans Mongolian';src:url('/fonts/NotoSansMongolian-Regular.ttf') format('truetype');" +
    'unicode-range:U+1800-18AF,U+202F;font-display:swap}';
  return (
    `<div id="${BOOT_SHELL_ID}" role="status"><p class="boot-shell__title">${escapeHtml(message('zh-CN', 'app.title'))}</p>` +
    `<p>${escapeHtml(message('zh-CN', 'common.loading'))}</p></div>` +
    `<script>(function(){try{var e=document.getElementById('${BOOT_SHELL_ID}'),` +
    `s=JSON.parse(JSON.parse(localStorage.getItem('bangban.settings')).data).state,m=${JSON.stringify(text)};` +
    `if(s.elderMode)e.className='elder';if(s.language!=='mn')return;e.className+=' mn';e.lang='mn-Mong';` +
    `e.children[0].textContent=m.title;e.children[1].textContent=m.loading;` +
    `var f=document.createElement('style');f.textContent=${JSON.stringify(font)};document.head.appendChild(f);` +
    `for(var u=${JSON.stringify(mnCatalogueUrls)},i=0;i<u.length;i++){var l=document.createElement('link');` +
    `l.rel='preload';l.as='script';l.href=u[i];document.head.appendChild(l)}}catch(x){}})()</script>`
  );
}

/**
 * The app's scripts (html-webpack-plugin writes them as `defer`) are still fetched from the start, at the same low
 * priority, but run once the first screen is on the glass: on a fast connection they would otherwise arrive with the
 * stylesheet and hold the first paint until the app had booted. (On slow 4G they arrive long after it anyway.) Without
 * paint timing, or if no paint comes (a tab opened in the background), they run after a moment regardless.
 */
function runScriptsAfterFirstPaint(html: string): string {
  const scripts: string[] = [];
  const preloaded = html.replace(/<script defer="defer" src="([^"]+)"><\/script>/g, (_tag, src: string) => {
    scripts.push(src);
    return `<link rel="preload" as="script" fetchpriority="low" href="${src}">`;
  });
  if (!scripts.length || !preloaded.includes('</body>')) return html;
  const start =
    `<script>(function(s){var d=0,P=window.PerformanceObserver;function go(){if(d)return;d=1;` +
    `for(var i=0;i<s.length;i++){var e=document.createElement('script');e.src=s[i];e.async=false;document.body.appendChild(e)}}` +
    `if(!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf('paint')<0)return go();` +
    `new P(function(l,o){var e=l.getEntries();for(var i=0;i<e.length;i++)if(e[i].name==='first-contentful-paint'){o.disconnect();setTimeout(go,0)}})` +
    `.observe({type:'paint',buffered:true});setTimeout(go,3000)})(${JSON.stringify(scripts)})</script>`;
  return preloaded.replace('</body>', `${start}</body>`);
}

export class BootShellPlugin {
  apply(compiler: Compiler): void {
    rewriteIndexHtml(compiler, NAME, (html, publicPath, compilation) => {
      const mount = '<div id="app"></div>';
      if (!html.includes(mount) || !html.includes('</head>')) return null;
      const mnChunks = compilation.namedChunkGroups.get(MN_CATALOGUE_CHUNK)?.chunks ?? [];
      const mnUrls = mnChunks.flatMap((chunk) => [...chunk.files]).filter((file) => file.endsWith('.js')).map((file) => publicPath + file);
      return runScriptsAfterFirstPaint(html.replace('</head>', `${STYLE}</head>`).replace(mount, shellMarkup(mnUrls) + mount));
    });
  }
}
