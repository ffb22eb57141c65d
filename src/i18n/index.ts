// One i18n layer for every string the user sees. Components call useT(); nothing is hard-coded in them.
import { create } from 'zustand';
import { useSettings } from '../stores/settings';
import type { ErrorCode } from '../../types';
import type { Language, MessageKey } from './messages';
import { zhCN } from './zh-CN';
import { bundledMongolian, loadMongolian } from './mn-catalogue';

type Catalogue = Record<MessageKey, string>;

/** Catalogues at hand: Chinese always; Mongolian once loaded (in H5 it is fetched on demand). */
const useCatalogues = create<Record<Language, Catalogue | undefined>>()(() => ({ 'zh-CN': zhCN, mn: bundledMongolian }));
let loading: Promise<void> | null = null;

export function hasCatalogue(language: Language): boolean {
  return useCatalogues.getState()[language] !== undefined;
}

/** Resolves once `language`'s catalogue is at hand; a failed fetch is forgotten, so the next call tries again. */
export function ensureCatalogue(language: Language): Promise<void> {
  if (hasCatalogue(language)) return Promise.resolve();
  loading ??= loadMongolian().then(
    (mn) => useCatalogues.setState({ mn }),
    () => {
      loading = null;
    },
  );
  return loading;
}

// The language in use is fetched as soon as it is known: at start (the persisted setting) and on every change.
void ensureCatalogue(useSettings.getState().language);
useSettings.subscribe((settings) => void ensureCatalogue(settings.language));

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

function translateWith(catalogue: Catalogue | undefined, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogue?.[key] ?? zhCN[key];
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : template;
}

export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  return translateWith(useCatalogues.getState()[language], key, params);
}

export function useT(): Translate {
  const language = useSettings((s) => s.language);
  const catalogue = useCatalogues((catalogues) => catalogues[language]);
  return (key, params) => translateWith(catalogue, key, params);
}

/** False while the chosen language's catalogue is still on its way (H5, Mongolian, first moments). */
export function useCatalogueReady(): boolean {
  const language = useSettings((s) => s.language);
  return useCatalogues((catalogues) => catalogues[language] !== undefined);
}

export function errorKey(code: ErrorCode | 'NETWORK'): MessageKey {
  return `error.${code}`;
}

/** H5: the page's lang attribute follows the chosen language (screen readers and fonts depend on it). */
export function applyDocumentLanguage(language: Language): void {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    document.documentElement.lang = language === 'mn' ? 'mn-Mong' : 'zh-CN';
  }
}
