// The Mongolian catalogue, bundled: the mini-program (and the tests) have it at once. H5 fetches it only for a reader
// who chooses Mongolian (mn-catalogue.h5.ts, picked by Taro's platform file resolution).
import type { MessageKey } from './messages';
import { mn } from './mn';

export const bundledMongolian: Record<MessageKey, string> | undefined = mn;

export function loadMongolian(): Promise<Record<MessageKey, string>> {
  return Promise.resolve(mn);
}
