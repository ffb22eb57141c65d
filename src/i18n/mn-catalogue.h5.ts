// H5: the Mongolian catalogue (~75 KB, most of it three-byte script) is a chunk of its own, fetched when a reader
// chooses Mongolian; Chinese readers never download it. index.html preloads it for a returning Mongolian reader.
import type { MessageKey } from './messages';

export const bundledMongolian: Record<MessageKey, string> | undefined = undefined;

export function loadMongolian(): Promise<Record<MessageKey, string>> {
  return import(/* webpackChunkName: "i18n-mn" */ './mn').then((module) => module.mn);
}
