// The mini-program's own font-size setting (WeChat 设置 > 字体大小). Taro's px->rpx follows screen width only, so the
// app scales its text by this factor itself. In H5 the browser's zoom and font settings already apply.
import Taro from '@tarojs/taro';

let cached: number | null = null;

export function systemFontScale(): number {
  if (cached !== null) return cached;
  cached = 1;
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number };
      if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0) cached = info.fontSizeScaleFactor;
      else if (typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 0) cached = info.fontSizeSetting / 17;
    } catch {
      cached = 1;
    }
  }
  return cached;
}
