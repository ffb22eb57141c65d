// Read text aloud: the browser's speechSynthesis in H5. The mini-program has no built-in text-to-speech API (only a
// plugin that needs its own approval), so there the caller shows a plain fallback message instead.
export function canSpeak(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && 'speechSynthesis' in window;
}

export function speak(text: string, language: 'zh-CN' | 'mn'): boolean {
  if (!canSpeak()) return false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language === 'mn' ? 'mn-MN' : 'zh-CN';
  utterance.rate = 0.9; // a little slower than default: easier to follow for older listeners
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
  return true;
}
