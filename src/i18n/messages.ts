export const LANGUAGES = ['zh-CN', 'mn'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey } from './zh-CN';
