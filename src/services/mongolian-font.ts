// Traditional Mongolian needs a font most phones lack. It is served by our server (Noto Sans Mongolian, SIL OFL,
// ~240 KB) and loaded only when Mongolian is on screen: far too big for the mini-program's main package.
import Taro from '@tarojs/taro';

const FONT_PATH = '/fonts/NotoSansMongolian-Regular.ttf';
const FAMILY = 'Noto Sans Mongolian';
let requested = false;

/**
 * H5: declare the face with a unicode-range at launch; the browser fetches the file only when a Mongolian glyph is
 * drawn. (Declared from script, not app.css, because the build would try to bundle the url.)
 */
export function declareMongolianFontFace(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  const style = document.createElement('style');
  style.textContent = `@font-face{font-family:'${FAMILY}';src:url('${FONT_PATH}') format('truetype');unicode-range:U+1800-18AF,U+202F;font-display:swap}`;
  document.head.appendChild(style);
}

/** Mini-program: load the face from our server when the user picks Mongolian. */
export function ensureMongolianFont(): void {
  if (requested || process.env.TARO_ENV !== 'weapp') return;
  requested = true;
  const base = process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:3000';
  void Taro.loadFontFace({ family: FAMILY, source: `url("${base}${FONT_PATH}")`, global: true }).catch(() => {
    requested = false;
  });
}
