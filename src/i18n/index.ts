// One i18n layer for every string the user sees. Components call useT(); nothing is hard-coded in them.
import { useSettings } from '../stores/settings';
import type { ErrorCode } from '../../types';
import type { Language, MessageKey } from './messages';
import { zhCN } from './zh-CN';
import { mn } from './mn';

const catalogues: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, mn };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogues[language][key] ?? zhCN[key];
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : template;
}

export function useT(): Translate {
  const language = useSettings((s) => s.language);
  return (key, params) => translate(language, key, params);
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
