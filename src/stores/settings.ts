// Per-device preferences: the language, remembered.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { taroStorage } from '../services/storage';
import type { Language } from '../i18n/messages';

interface SettingsState {
  language: Language;
  setLanguage(language: Language): void;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      language: 'zh-CN',
      setLanguage: (language) => set({ language }),
    }),
    { name: 'bangban.settings', storage: taroStorage },
  ),
);
