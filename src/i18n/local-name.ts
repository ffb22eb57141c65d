// Data from the server (place names, the catalogue) comes in Chinese with an optional Mongolian beside it; a
// Mongolian reader gets the Mongolian where there is one, else the Chinese (a name is better than nothing).
import { useSettings } from '../stores/settings';
import type { Language } from './messages';

export type LocalName = (zh: string, mn: string | undefined) => string;

export function localName(language: Language, zh: string, mn: string | undefined): string {
  return language === 'mn' && mn ? mn : zh;
}

export function useLocalName(): LocalName {
  const language = useSettings((s) => s.language);
  return (zh, mn) => localName(language, zh, mn);
}
