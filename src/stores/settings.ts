// Per-device preferences, remembered: language, elder mode (长辈模式) and its text size step.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { taroStorage } from '../services/storage';
import type { Language } from '../i18n/messages';

/** Text size steps in elder mode: 22 px body at step 0, ~31 px at the top step (MIIT asks for >= 30 available). */
export const FONT_STEPS = [1, 1.2, 1.4] as const;

interface SettingsState {
  language: Language;
  elderMode: boolean;
  fontStep: number;
  setLanguage(language: Language): void;
  setElderMode(on: boolean): void;
  setFontStep(step: number): void;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      language: 'zh-CN',
      elderMode: false,
      fontStep: 0,
      setLanguage: (language) => set({ language }),
      setElderMode: (elderMode) => set({ elderMode }),
      setFontStep: (step) => set({ fontStep: Math.max(0, Math.min(FONT_STEPS.length - 1, step)) }),
    }),
    { name: 'bangban.settings', storage: taroStorage },
  ),
);
